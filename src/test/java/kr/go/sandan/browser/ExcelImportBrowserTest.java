package kr.go.sandan.browser;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.account.AccountUserDetailsService;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.PlanJourneys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #16: the project editor's budget grid fits an office screen without sideways
 * scrolling; a region downloads its projects as .xlsx, fills it in Excel's way, uploads
 * it, reads the preview and saves it.
 */
class ExcelImportBrowserTest extends BrowserTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountUserDetailsService users;

	/** The call of 2088, shared with ProjectImportTest when both run in one JVM. */
	static long call2088(PlanJourneys journeys, JdbcTemplate jdbc) throws Exception {
		return jdbc
			.queryForList("""
					select c.id from proposal_call c join program_round r on r.id = c.round_id where r.year = 2088""",
					Long.class)
			.stream()
			.findFirst()
			.orElseGet(() -> {
				try {
					return journeys.openCall(2088);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
	}

	@Test
	void theGridFitsAndAFilledWorkbookIsPreviewedThenSaved() throws Exception {
		PlanJourneys journeys = new PlanJourneys(this.mvc, this.jdbc, new Accounts(this.users));
		long plan = journeys.start(call2088(journeys, this.jdbc), "region-gwangju");
		journeys.save(plan, "region-gwangju", "tasks", "rows[0].name", "미래차 부품 전환");
		this.mvc
			.perform(journeys.project(plan, "region-gwangju", 1, "name", "전장부품 시험장 구축", "leadMinistry", "MOTIE",
					"amounts[0]", "1,234,567.5", "amounts[1]", "1,234,567.5", "amounts[2]", "1,234,567.5"))
			.andExpect(status().is3xxRedirection());
		long project = this.jdbc.queryForObject("""
				select p.id from plan_requested_project p join plan_key_task t on t.id = p.key_task_id
				where t.plan_id = ?""", Long.class, plan);

		signIn("region-gwangju");
		this.page.setViewportSize(1280, 900);
		for (String lang : new String[] { "en", "ko" }) {
			this.page.navigate(url("/plans/" + plan + "/edit/projects/" + project + "?lang=" + lang));
			Object overflow = this.page
				.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(((Number) overflow).intValue()).as("sideways scroll at 1280 px (" + lang + ")")
				.isLessThanOrEqualTo(0);
			// the total column is inside the page, not clipped
			Object right = this.page
				.evaluate("() => document.querySelector('.budget-grid th.num').getBoundingClientRect().right");
			assertThat(((Number) right).doubleValue()).isLessThanOrEqualTo(1280);
			snap("j16-budget-grid-" + lang);
		}

		this.page.navigate(url("/plans/" + plan + "/edit/projects"));
		Download download = this.page.waitForDownload(() -> this.page.locator("#import-template").click());
		byte[] filled;
		try (InputStream in = download.createReadStream(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			sheet.getRow(1).getCell(7).setCellValue("0");
			XSSFRow added = sheet.createRow(2);
			added.createCell(0).setCellValue("미래차 부품 전환");
			added.createCell(1).setCellValue("재직자 전환 교육");
			added.createCell(2).setCellValue("고용노동부");
			added.createCell(3).setCellValue("신규");
			added.createCell(4).setCellValue(2089);
			added.createCell(5).setCellValue("1,000");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			filled = out.toByteArray();
		}
		Path file = Files.createTempFile("j16-import", ".xlsx");
		Files.write(file, filled);
		this.page.locator("#import-file").setInputFiles(file);
		button("올리고 미리보기");
		assertThat(this.page.locator("#import-changes tbody tr")).hasCount(2);
		assertThat(this.page.locator("#import-changes")).containsText("재직자 전환 교육");
		assertThat(this.page.locator("tr.import-changed")).containsText("2,469,135");
		assertAccessible();
		snap("j16-import-preview-ko");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from plan_requested_project p join plan_key_task t on t.id = p.key_task_id
				where t.plan_id = ?""", Integer.class, plan)).isEqualTo(1);
		button("이대로 저장");
		assertThat(this.page.locator(".portal-alert.success")).containsText("엑셀 파일의 사업을 저장했습니다");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from plan_requested_project p join plan_key_task t on t.id = p.key_task_id
				where t.plan_id = ?""", Integer.class, plan)).isEqualTo(2);

		// the same file again: nothing to save, told in English too
		this.page.navigate(url("/plans/" + plan + "/edit/projects?lang=en"));
		this.page.locator("#import-file").setInputFiles(file);
		button("Upload and preview");
		assertThat(this.page.locator("#import-nothing")).containsText("nothing changes");
		assertAccessible();
		snap("j16-import-nothing-en");
		this.page.navigate(url("/plans/" + plan + "/edit/projects?lang=ko"));
	}

}
