package kr.go.sandan.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
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
 * The ledger through a file: the template holds a row per project, year, source and
 * stage; an upload is checked cell by cell and by the ledger's rules for the person,
 * shown before anything is saved, saved only when confirmed; the same file twice changes
 * nothing; only the district's readers import.
 */
class LedgerImportTest extends WorkflowTestSupport {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Document upload(long plan, String who, String name, byte[] content, SessionCookie session)
			throws Exception {
		var response = this.mvc
			.perform(multipart("/districts/" + plan + "/ledger/import")
				.file(new MockMultipartFile("file", name, name.endsWith(".csv") ? "text/csv" : XLSX, content))
				.with(session)
				.with(csrf())
				.with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		return Jsoup.parse(session.kept(response).getContentAsString());
	}

	/** The template with amounts typed into the rows of a source and stage. */
	private byte[] filled(byte[] template, String source, String... stagesAndAmounts) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() == 0 || !row.getCell(3).getStringCellValue().equals(source)) {
					continue;
				}
				for (int i = 0; i < stagesAndAmounts.length; i += 2) {
					if (row.getCell(4).getStringCellValue().equals(stagesAndAmounts[i])) {
						row.getCell(5).setCellValue(Double.parseDouble(stagesAndAmounts[i + 1]));
						row.getCell(6).setCellValue("2026-03-01");
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aFilledTemplateIsPreviewedSavedWhenConfirmedAndTheSameFileTwiceChangesNothing() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2552, "INCHEON", "인천광역시", 1, 1);
		byte[] template = this.mvc
			.perform(get("/districts/" + plan + "/ledger/template.xlsx").with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			// one project, one year, three sources, six stages
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(18);
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("사업번호");
		}
		byte[] file = filled(template, "국비", "예산 확보", "800", "교부", "600", "집행", "300");
		SessionCookie session = new SessionCookie();
		Document preview = upload(plan, "ministry", "ledger.xlsx", file, session);
		assertThat(preview.select("#import-changes tbody tr")).hasSize(3);
		assertThat(preview.getElementById("import-changes").text()).contains("교부", "600", "집행", "300");
		assertThat(funded.entries(plan)).isZero();
		String version = preview.select("#import-confirm input[name=version]").val();
		this.mvc
			.perform(post("/districts/" + plan + "/ledger/import/confirm").with(session)
				.with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", version))
			.andExpect(redirectedUrl("/districts/" + plan + "/ledger"));
		assertThat(funded.entries(plan)).isEqualTo(3);
		assertThat(pageAs("/districts/" + plan + "/ledger", "ministry").getElementById("ledger-total").text())
			.contains("50%");
		// confirmed once: a second confirmation finds nothing waiting
		this.mvc
			.perform(post("/districts/" + plan + "/ledger/import/confirm").with(session)
				.with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", version))
			.andExpect(status().isConflict());

		// the same file again: nothing to save
		preview = upload(plan, "ministry", "ledger.xlsx", file, new SessionCookie());
		assertThat(preview.getElementById("import-nothing")).isNotNull();
		assertThat(preview.getElementById("import-confirm")).isNull();
		assertThat(funded.entries(plan)).isEqualTo(3);

		// a preview whose ledger changed before it was confirmed: 409, nothing saved
		SessionCookie stale = new SessionCookie();
		preview = upload(plan, "ministry", "ledger.xlsx",
				filled(template, "국비", "예산 확보", "800", "교부", "600", "집행", "400"), stale);
		String staleVersion = preview.select("#import-confirm input[name=version]").val();
		this.mvc
			.perform(post("/districts/" + plan + "/ledger/" + funded.project(plan, 0) + "/2553/local").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", "0")
				.param("enteredOn", "2026-03-02")
				.param("allocated", "100"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/districts/" + plan + "/ledger/import/confirm").with(stale)
				.with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", staleVersion))
			.andExpect(status().isConflict());
		assertThat(funded.entries(plan)).isEqualTo(4);
	}

	@Test
	void everyRefusedCellIsNamedAndTheLedgersRulesHoldForThePerson() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2556, "INCHEON", "인천광역시", 1, 1);
		long project = funded.project(plan, 0);
		String header = "사업번호,사업명,연도,재원,단계,금액,기준일,사유\n";
		String bad = header + "abc,사업,2557,국비,교부,100,,\n" + project + ",사업,20x7,국고,배정,-5,2026-13-01,\n" + project
				+ ",사업,2557,국비,교부,\"1,000.55\",,\n";
		Document preview = upload(plan, "ministry", "ledger.csv", bad.getBytes(StandardCharsets.UTF_8),
				new SessionCookie());
		String problems = preview.getElementById("import-problems").text();
		assertThat(problems).contains("2행 A열 (사업번호)", "3행 C열 (연도)", "3행 D열 (재원)", "3행 E열 (단계)", "3행 F열 (금액 (백만원))",
				"3행 G열 (기준일)", "4행 F열 (금액 (백만원))", "국고", "-5");
		assertThat(preview.getElementById("error-summary")).isNotNull();
		assertThat(preview.getElementById("import-confirm")).isNull();
		// a line the district does not have
		preview = upload(plan, "ministry", "ledger.csv",
				(header + project + ",사업,2599,국비,교부,100,,\n").getBytes(StandardCharsets.UTF_8), new SessionCookie());
		assertThat(preview.getElementById("import-problems").text()).contains("원장에 없는");

		// the region: not the national allocation; never execution beyond allocation
		preview = upload(plan, "region-incheon", "ledger.csv",
				(header + project + ",사업,2557,NATIONAL,ALLOCATED,800,,\n").getBytes(StandardCharsets.UTF_8),
				new SessionCookie());
		assertThat(preview.getElementById("import-problems").text()).contains("국토교통부 또는 사업을 주관하는 협업부처만");
		preview = upload(plan, "region-incheon", "ledger.csv",
				(header + project + ",사업,2557,지방비,교부,100,,\n" + project + ",사업,2557,지방비,집행,150,,\n")
					.getBytes(StandardCharsets.UTF_8),
				new SessionCookie());
		assertThat(preview.getElementById("import-problems").text()).contains("교부액을 넘을 수 없습니다");
		// its own figures, from a CSV with a BOM
		SessionCookie session = new SessionCookie();
		preview = upload(plan, "region-incheon", "ledger.csv",
				("\uFEFF" + header + project + ",사업,2557,지방비,예산 확보,200,2026-02-01,\n" + project
						+ ",사업,2557,지방비,교부,200,2026-02-01,\n" + project + ",사업,2557,지방비,집행,50,2026-02-01,\n")
					.getBytes(StandardCharsets.UTF_8),
				session);
		assertThat(preview.select("#import-changes tbody tr")).hasSize(3);
		this.mvc
			.perform(post("/districts/" + plan + "/ledger/import/confirm").with(session)
				.with(csrf())
				.with(this.accounts.as("region-incheon"))
				.param("version", preview.select("#import-confirm input[name=version]").val()))
			.andExpect(status().is3xxRedirection());
		assertThat(funded.entries(plan)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'BUDGET_LEDGER_ENTERED' and object_id = ?",
				Integer.class, String.valueOf(plan)))
			.isEqualTo(1);

		// another region, an evaluator: nothing of this district
		for (String who : new String[] { "region-gwangju", "evaluator" }) {
			this.mvc.perform(get("/districts/" + plan + "/ledger/template.xlsx").with(this.accounts.as(who)))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(multipart("/districts/" + plan + "/ledger/import")
					.file(new MockMultipartFile("file", "x.csv", "text/csv", header.getBytes(StandardCharsets.UTF_8)))
					.with(csrf())
					.with(this.accounts.as(who)))
				.andExpect(status().isNotFound());
		}
		// not a file the portal reads
		preview = upload(plan, "ministry", "ledger.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
				new SessionCookie());
		assertThat(preview.getElementById("import-problems").text()).contains("파일이 아닙니다");
		assertThat(funded.entries(plan)).isEqualTo(3);
	}

}
