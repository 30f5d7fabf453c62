package kr.go.sandan.ledger;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import kr.go.sandan.support.SessionCookie;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A co-funding ministry's officers import their ministry's national figures across every
 * district in one file: the template holds the national lines of the projects it leads,
 * the upload is previewed and saved only when confirmed, the same file twice changes
 * nothing, a row of another source or of another ministry's project is refused in its
 * cell, a stale preview is a 409, and nobody else imports for that ministry.
 */
class LedgerNationalImportTest extends WorkflowTestSupport {

	private static final String HEADER = "사업번호,사업명,연도,재원,단계,금액,기준일,사유\n";

	private Document upload(String who, String csv, SessionCookie session) throws Exception {
		var response = this.mvc
			.perform(multipart("/ledger/ministries/MOTIE/import")
				.file(new MockMultipartFile("file", "national.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(session)
				.with(csrf())
				.with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		return Jsoup.parse(session.kept(response).getContentAsString());
	}

	private void confirm(String who, SessionCookie session, Document preview, int status) throws Exception {
		this.mvc
			.perform(post("/ledger/ministries/MOTIE/import/confirm").with(session)
				.with(csrf())
				.with(this.accounts.as(who))
				.param("version", preview.select("#import-confirm input[name=version]").val()))
			.andExpect((status == 302) ? redirectedUrl("/ledger/ministries/MOTIE") : status().is(status));
	}

	@Test
	void anOfficerImportsItsMinistrysNationalFiguresAcrossDistricts() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long busan = funded.funded(2730, "BUSAN", "부산광역시", 1, 1);
		long daegu = funded.funded(2730, "DAEGU", "대구광역시", 2, 1);
		long mss = funded.project(daegu, 1);
		this.jdbc.update("update project_outcome set lead_ministry = 'MSS' where project_id = ?", mss);
		String officer = CoFundingLedgerTest.officer(this.jdbc, "p20-motie-import", "MOTIE");

		// the template: the national lines MOTIE leads, in both districts, and no other
		byte[] template = this.mvc
			.perform(get("/ledger/ministries/MOTIE/template.xlsx").with(this.accounts.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			StringBuilder names = new StringBuilder();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("국비");
				if (sheet.getRow(r).getCell(2).getNumericCellValue() == 2731) {
					names.append(sheet.getRow(r).getCell(1).getStringCellValue()).append('\n');
				}
			}
			assertThat(names.toString()).contains("부산광역시 (2730) · 확정사업 1", "대구광역시 (2730) · 확정사업 1")
				.doesNotContain("확정사업 2");
		}

		// a file of both districts: previewed, nothing saved until confirmed
		String file = HEADER + funded.project(busan, 0) + ",부산,2731,국비,교부,700,2026-03-01,\n" + funded.project(busan, 0)
				+ ",부산,2731,NATIONAL,EXECUTED,210,2026-03-01,\n" + funded.project(daegu, 0)
				+ ",대구,2731,국비,교부,500,2026-03-01,\n";
		SessionCookie session = new SessionCookie();
		Document preview = upload(officer, file, session);
		assertThat(preview.select("#import-changes tbody tr")).hasSize(3);
		assertThat(preview.getElementById("import-changes").text()).contains("부산광역시 (2730)", "대구광역시 (2730)", "700",
				"210", "500");
		assertThat(funded.entries(busan) + funded.entries(daegu)).isZero();
		confirm(officer, session, preview, 302);
		assertThat(funded.entries(busan)).isEqualTo(2);
		assertThat(funded.entries(daegu)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'BUDGET_LEDGER_ENTERED' and object_id in (?, ?)""",
				Integer.class, String.valueOf(busan), String.valueOf(daegu)))
			.isEqualTo(2);
		assertThat(pageAs("/ledger/ministries/MOTIE?year=2731", officer).select("#rollup-district").text())
			.contains("부산광역시 (2730)", "30%");

		// the same file twice: nothing to save
		preview = upload(officer, file, new SessionCookie());
		assertThat(preview.getElementById("import-nothing")).isNotNull();
		assertThat(preview.getElementById("import-confirm")).isNull();

		// another source, another ministry's project: refused in their cells, nothing
		// saved
		preview = upload(officer, HEADER + funded.project(busan, 0) + ",부산,2731,지방비,교부,100,,\n" + mss
				+ ",대구,2731,국비,교부,100,,\n" + funded.project(daegu, 0) + ",대구,2731,국비,집행,100,,\n", new SessionCookie());
		String problems = preview.getElementById("import-problems").text();
		assertThat(problems).contains("2행 D열 (재원)", "국비가 아닌 재원", "3행 A열 (사업번호)", "이 부처가 주관하는 사업의 국비 줄이 아닙니다");
		assertThat(preview.getElementById("import-confirm")).isNull();
		assertThat(funded.entries(busan) + funded.entries(daegu)).isEqualTo(3);

		// a preview whose lines changed before it was confirmed: 409, nothing saved
		SessionCookie stale = new SessionCookie();
		preview = upload(officer, HEADER + funded.project(daegu, 0) + ",대구,2731,국비,집행,200,2026-03-02,\n", stale);
		this.mvc
			.perform(post("/districts/" + busan + "/ledger/" + funded.project(busan, 0) + "/2731/national").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", String.valueOf(funded.version(busan, funded.project(busan, 0), 2731, "NATIONAL")))
				.param("enteredOn", "2026-03-03")
				.param("allocated", "700")
				.param("executed", "400")
				.param("reason", "정정"))
			.andExpect(status().is3xxRedirection());
		confirm(officer, stale, preview, 409);
		assertThat(funded.entries(daegu)).isEqualTo(1);

		// another ministry's officer, a region, an evaluator: not this ministry's import
		String other = CoFundingLedgerTest.officer(this.jdbc, "p20-mss-import", "MSS");
		for (String who : new String[] { other, "region-busan", "evaluator" }) {
			this.mvc.perform(get("/ledger/ministries/MOTIE/import").with(this.accounts.as(who)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/ledger/ministries/MOTIE/template.xlsx").with(this.accounts.as(who)))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(multipart("/ledger/ministries/MOTIE/import")
					.file(new MockMultipartFile("file", "x.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
					.with(csrf())
					.with(this.accounts.as(who)))
				.andExpect(status().isNotFound());
		}
		assertThat(funded.entries(busan)).isEqualTo(3);
	}

}
