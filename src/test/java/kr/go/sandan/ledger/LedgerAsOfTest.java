package kr.go.sandan.ledger;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview, the ministry pages and their exports as of a date: the figures as they
 * stood that day (each stage's latest entry dated that day or before), and what was
 * behind schedule then judged on those figures, not on today's.
 */
class LedgerAsOfTest extends WorkflowTestSupport {

	/**
	 * An entry dated as the figure holds (the form refuses dates to come: written here).
	 */
	private void entry(long plan, long project, int year, String stage, String amount, LocalDate on) {
		this.jdbc.update("""
				insert into budget_ledger_entry (plan_id, project_id, year, source, stage, amount, entered_on, reason,
				    entered_by) values (?, ?, ?, 'NATIONAL', ?, ?, ?, '테스트', 'ministry')""", plan, project, year, stage,
				new BigDecimal(amount), on);
	}

	/** The district's row of the overview's roll-up, as text. */
	private String district(String url) throws Exception {
		Document page = pageAs(url, "ministry");
		return page.select("#rollup-district tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals("제주특별자치도 (2720)"))
			.findFirst()
			.map((tr) -> tr.text())
			.orElse("");
	}

	@Test
	void theFiguresAndWhatIsBehindAreThoseOfTheDateAskedFor() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2720, "JEJU", "제주특별자치도", 1, 1);
		long project = funded.project(plan, 0);
		entry(plan, project, 2721, "ALLOCATED", "800", LocalDate.of(2721, 2, 1));
		entry(plan, project, 2721, "EXECUTED", "100", LocalDate.of(2721, 3, 31));
		entry(plan, project, 2721, "EXECUTED", "700", LocalDate.of(2721, 9, 30));

		// today (every entry): 700 of 800
		assertThat(district("/ministry/ledger?year=2721")).contains("800", "700", "87.5%");
		// at the end of June: 100 of 800, and behind an even schedule (50% by June)
		String june = "/ministry/ledger?year=2721&asOf=2721-06-30";
		assertThat(district(june)).contains("800", "100", "12.5%").doesNotContain("700");
		Document page = pageAs(june, "ministry");
		assertThat(page.select("#ledger-behind tbody tr").text()).contains("제주특별자치도", "12.5%", "50%");
		// at the end of October: 700 of 800, ahead of 83.3%
		assertThat(district("/ministry/ledger?year=2721&asOf=2721-10-31")).contains("700", "87.5%");
		assertThat(pageAs("/ministry/ledger?year=2721&asOf=2721-10-31&ministry=MOTIE", "ministry")
			.select("#ledger-behind tbody tr")
			.text()).doesNotContain("제주특별자치도");
		// before anything was allocated: nothing allocated nor executed
		assertThat(district("/ministry/ledger?year=2721&asOf=2721-01-31")).contains("교부 전");
		// the lead ministry's page reads the same date
		assertThat(pageAs("/ledger/ministries/MOTIE?year=2721&asOf=2721-06-30", "ministry")
			.select("#rollup-district tbody tr")
			.text()).contains("12.5%");

		// the export of the same filter holds the June figures
		byte[] bytes = this.mvc
			.perform(get("/ministry/ledger.xlsx?year=2721&asOf=2721-06-30&ministry=MOTIE")
				.with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheetAt(0);
			BigDecimal executed = BigDecimal.ZERO;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				if (row.getCell(0) != null && row.getCell(0).toString().contains("제주특별자치도")) {
					executed = executed.add(BigDecimal.valueOf(row.getCell(9).getNumericCellValue()));
				}
			}
			assertThat(executed).isEqualByComparingTo("100");
		}
	}

}
