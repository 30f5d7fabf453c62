package kr.go.sandan.ledger;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The budget numbers add up to the same totals on every ledger page (the district's, the
 * lead ministries', the overview by ministry, district and source) and in the .xlsx
 * exports of the same filters; the overview and the ministry pages read a fixed number of
 * statements whatever the number of districts and lines.
 */
@Import(CountingDataSource.class)
class LedgerTotalsTest extends WorkflowTestSupport {

	/** Confirmed, then the six stages: the columns every roll-up shows. */
	record Sums(List<BigDecimal> values) {

		static Sums zero() {
			List<BigDecimal> values = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				values.add(BigDecimal.ZERO);
			}
			return new Sums(values);
		}

		Sums plus(Sums other) {
			List<BigDecimal> values = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				values.add(this.values.get(i).add(other.values.get(i)));
			}
			return new Sums(values);
		}

		/** Compared as numbers (800 and 800.0 are the same). */
		List<String> plain() {
			return this.values.stream().map((v) -> v.stripTrailingZeros().toPlainString()).toList();
		}

	}

	private static BigDecimal number(String text) {
		String plain = text.replace(",", "").replace("%", "").strip();
		return (plain.isEmpty() || plain.equals("–")) ? BigDecimal.ZERO : new BigDecimal(plain);
	}

	/** A roll-up table's row (by its heading) as sums. */
	private static Sums row(Element tr) {
		List<BigDecimal> values = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			values.add(number(tr.select("td").get(i).text()));
		}
		return new Sums(values);
	}

	private static Sums row(Document page, String table, String heading) {
		return row(page.select("#" + table + " tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals(heading))
			.findFirst()
			.orElseThrow(() -> new AssertionError(table + " has no row " + heading)));
	}

	/** Every row of a roll-up table summed. */
	private static Sums sum(Document page, String table) {
		Sums sums = Sums.zero();
		for (Element tr : page.select("#" + table + " tbody tr")) {
			sums = sums.plus(row(tr));
		}
		return sums;
	}

	private XSSFWorkbook workbook(String url, String who) throws Exception {
		byte[] bytes = this.mvc.perform(get(url).with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private static BigDecimal cell(Row row, int column) {
		Cell cell = row.getCell(column);
		return (cell == null || cell.getCellType() != CellType.NUMERIC) ? BigDecimal.ZERO
				: BigDecimal.valueOf(cell.getNumericCellValue());
	}

	/** The ledger sheet's lines summed: confirmed is column 6, the stages follow. */
	private static Sums lines(XSSFWorkbook workbook) {
		Sheet sheet = workbook.getSheetAt(0);
		Sums sums = Sums.zero();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			List<BigDecimal> values = new ArrayList<>();
			for (int c = 6; c < 13; c++) {
				values.add(cell(sheet.getRow(r), c));
			}
			sums = sums.plus(new Sums(values));
		}
		return sums;
	}

	/** The totals sheet's first row (the total): confirmed is column 2. */
	private static Sums total(XSSFWorkbook workbook) {
		Row row = workbook.getSheetAt(1).getRow(1);
		List<BigDecimal> values = new ArrayList<>();
		for (int c = 2; c < 9; c++) {
			values.add(cell(row, c));
		}
		return new Sums(values);
	}

	private void enter(long plan, long project, int year, String source, String... figures) throws Exception {
		MockHttpServletRequestBuilder request = post(
				"/districts/" + plan + "/ledger/" + project + "/" + year + "/" + source)
			.with(csrf())
			.with(this.accounts.as("ministry"))
			.param("version", "0")
			.param("enteredOn", "2026-04-01")
			.param("reason", "테스트");
		for (int i = 0; i < figures.length; i += 2) {
			request = request.param(figures[i], figures[i + 1]);
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	@Test
	void everyPageAndEveryExportAddsUpToTheSameTotals() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long busan = funded.funded(2544, "BUSAN", "부산광역시", 2, 2);
		long daegu = funded.funded(2544, "DAEGU", "대구광역시", 1, 2);
		long mss = funded.project(busan, 1);
		this.jdbc.update("update project_outcome set lead_ministry = 'MSS' where project_id = ?", mss);
		enter(busan, funded.project(busan, 0), 2545, "national", "secured", "800", "allocated", "700", "executed",
				"350.5", "settled", "300");
		enter(busan, mss, 2545, "national", "allocated", "900", "executed", "100", "carriedOver", "50");
		enter(busan, mss, 2545, "local", "allocated", "200", "executed", "180", "returned", "20");
		enter(daegu, funded.project(daegu, 0), 2545, "national", "allocated", "500", "executed", "500");
		enter(daegu, funded.project(daegu, 0), 2545, "private", "allocated", "100", "executed", "40");
		enter(daegu, funded.project(daegu, 0), 2546, "national", "allocated", "800", "executed", "10");

		// the districts' own pages, the year 2545
		Document busanPage = pageAs("/districts/" + busan + "/ledger", "ministry");
		Document daeguPage = pageAs("/districts/" + daegu + "/ledger", "ministry");
		Sums districts = row(busanPage, "rollup-year", "2545년").plus(row(daeguPage, "rollup-year", "2545년"));
		// 3 projects × 1,100 confirmed; 350.5 + 100 + 180 + 500 + 40 executed
		assertThat(districts.plain()).containsExactly("3300", "800", "2400", "1170.5", "300", "50", "20");

		// the overview of the year, by ministry, by district and by source
		Document overview = pageAs("/ministry/ledger?year=2545", "ministry");
		assertThat(sum(overview, "rollup-ministry").plain()).isEqualTo(districts.plain());
		assertThat(sum(overview, "rollup-district").plain()).isEqualTo(districts.plain());
		assertThat(sum(overview, "rollup-source").plain()).isEqualTo(districts.plain());
		assertThat(sum(overview, "rollup-year").plain()).isEqualTo(districts.plain());
		assertThat(row(overview, "rollup-district", "부산광역시 (2544)").plain())
			.isEqualTo(row(busanPage, "rollup-year", "2545년").plain());

		// its export, line by line and as its total
		try (XSSFWorkbook export = workbook("/ministry/ledger.xlsx?year=2545", "ministry")) {
			assertThat(lines(export).plain()).isEqualTo(districts.plain());
			assertThat(total(export).plain()).isEqualTo(districts.plain());
		}

		// the lead ministries' pages add up to the overview's national subsidy
		Document national = pageAs("/ministry/ledger?year=2545&source=national", "ministry");
		Sums ministries = sum(pageAs("/ledger/ministries/MOTIE?year=2545", "ministry"), "rollup-district")
			.plus(sum(pageAs("/ledger/ministries/MSS?year=2545", "ministry"), "rollup-district"));
		assertThat(ministries.plain()).isEqualTo(sum(national, "rollup-source").plain())
			.isEqualTo(row(overview, "rollup-source", "국비").plain());
		try (XSSFWorkbook export = workbook("/ledger/ministries/MSS/ledger.xlsx?year=2545", "ministry")) {
			assertThat(total(export).plain())
				.isEqualTo(sum(pageAs("/ledger/ministries/MSS?year=2545", "ministry"), "rollup-district").plain());
		}

		// a district's export adds up to its page, every year
		try (XSSFWorkbook export = workbook("/districts/" + busan + "/ledger.xlsx", "region-busan")) {
			assertThat(total(export).plain()).isEqualTo(sum(busanPage, "rollup-source").plain());
			assertThat(lines(export).plain()).isEqualTo(sum(busanPage, "rollup-year").plain());
		}
	}

	private long count(String url) throws Exception {
		this.mvc.perform(get(url).with(this.accounts.as("ministry"))).andExpect(status().isOk());
		CountingDataSource.reset();
		this.mvc.perform(get(url).with(this.accounts.as("ministry"))).andExpect(status().isOk());
		return CountingDataSource.STATEMENTS.get();
	}

	@Test
	void theOverviewAndTheMinistryPagesReadAFixedNumberOfStatements() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		funded.funded(2548, "GWANGJU", "광주광역시", 1, 1);
		for (String region : List.of("BUSAN", "DAEGU", "ULSAN")) {
			long plan = funded.funded(2550, region, region, 4, 3);
			for (int p = 0; p < 4; p++) {
				for (int y = 2551; y <= 2553; y++) {
					enter(plan, funded.project(plan, p), y, "national", "allocated", "700", "executed",
							String.valueOf(100 * (p + 1)));
				}
			}
		}
		// one of them the annual evaluation's adjusted references (#21)
		assertThat(count("/ministry/ledger?year=2551")).isEqualTo(count("/ministry/ledger?year=2549"))
			.isLessThanOrEqualTo(10);
		assertThat(count("/ledger/ministries/MOTIE?year=2551")).isEqualTo(count("/ledger/ministries/MOTIE?year=2549"))
			.isLessThanOrEqualTo(9);
	}

}
