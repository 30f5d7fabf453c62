package kr.go.sandan.annual;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import kr.go.sandan.ledger.BudgetAdjustment;
import kr.go.sandan.ledger.BudgetAdjustments;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The budget adjustment of a published annual evaluation becomes the next year's adjusted
 * national budget reference in the ledger: not before publication; then the same on the
 * district's ledger, the ministry's overview and both exports, computed from the
 * confirmed national budget (a percentage, an amount); with the reason and the published
 * result; audited once, and publishing the same again changes nothing.
 */
class BudgetAdjustmentFeedTest extends WorkflowTestSupport {

	private static final int YEAR = 2831;

	private static final int NEXT = YEAR + 1;

	@Autowired
	private BudgetAdjustments adjustments;

	/** One row of the adjustments table as the page shows it. */
	record Shown(String confirmed, String adjustment, String adjusted, String reason, String link) {

		static Shown of(Element tr) {
			return new Shown(tr.selectFirst("td.confirmed").text(), tr.selectFirst("td.adjustment").text(),
					tr.selectFirst("td.adjusted").text(), tr.selectFirst("td.keep-lines").text(),
					tr.selectFirst("a").attr("href"));
		}

	}

	private static Shown shown(Document page, long plan) {
		Element tr = page.selectFirst("#adjustments tr[data-plan=" + plan + "][data-year=" + NEXT + "]");
		assertThat(tr).as("adjustment of plan " + plan).isNotNull();
		return Shown.of(tr);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static BigDecimal number(String text) {
		return new BigDecimal(text.replace(",", "").strip());
	}

	private XSSFWorkbook workbook(String url) throws Exception {
		byte[] bytes = this.mvc.perform(get(url).with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	/** The adjustments sheet's row of the district: confirmed, adjusted. */
	private static List<String> exported(XSSFWorkbook workbook, String district) {
		Sheet sheet = workbook.getSheet("조정 국비");
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row.getCell(0).getStringCellValue().equals(district)
					&& (int) row.getCell(2).getNumericCellValue() == NEXT) {
				return List.of(plain(BigDecimal.valueOf(row.getCell(3).getNumericCellValue())),
						plain(BigDecimal.valueOf(row.getCell(6).getNumericCellValue())),
						row.getCell(7).getStringCellValue());
			}
		}
		throw new AssertionError("no adjustment of " + district);
	}

	/**
	 * The national lines of the district and year in the ledger sheet: confirmed summed.
	 */
	private static String confirmedNational(XSSFWorkbook workbook, String district) {
		Sheet sheet = workbook.getSheetAt(0);
		BigDecimal sum = BigDecimal.ZERO;
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row.getCell(0).getStringCellValue().equals(district)
					&& (int) row.getCell(4).getNumericCellValue() == NEXT
					&& row.getCell(5).getStringCellValue().equals("국비")) {
				sum = sum.add(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()));
			}
		}
		return plain(sum);
	}

	private int audited(long plan) {
		return this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'BUDGET_ADJUSTMENT_PUBLISHED'
				and object_type = 'plan' and object_id = ?""", Integer.class, String.valueOf(plan));
	}

	private void decide(long subject, String kind, String value, String reason) {
		this.jdbc.update("""
				update annual_subject set rating = '보통', budget_kind = ?, budget_value = ?, budget_reason = ?,
				    decided_at = now(), decided_by = 'ministry' where id = ?""", kind,
				(value != null) ? new BigDecimal(value) : null, reason, subject);
	}

	@Test
	void thePublishedAdjustmentIsNextYearsAdjustedReferenceEverywhere() throws Exception {
		AnnualFixtures fixtures = new AnnualFixtures(this.jdbc);
		long jeonnam = fixtures.district(YEAR, "JEONNAM", "전라남도", 2);
		long gyeongbuk = fixtures.district(YEAR, "GYEONGBUK", "경상북도", 1);
		long quiet = fixtures.district(YEAR, "CHUNGBUK", "충청북도", 1);
		long evaluation = fixtures.evaluation(YEAR);
		decide(fixtures.subject(evaluation, jeonnam), "PERCENT", "-12.5", "집행 부진");
		decide(fixtures.subject(evaluation, gyeongbuk), "AMOUNT", "150", "우수 사례 확산");
		decide(fixtures.subject(evaluation, quiet), null, null, null);
		this.jdbc.update("update annual_evaluation set completed_at = now(), completed_by = 'ministry' where id = ?",
				evaluation);

		// nothing before publication
		assertThat(pageAs("/districts/" + jeonnam + "/ledger", "ministry").select("#adjustments")).isEmpty();
		assertThat(pageAs("/ministry/ledger?year=" + NEXT, "ministry").select("#adjustments")).isEmpty();
		assertThat(audited(jeonnam)).isZero();

		long version = this.jdbc.queryForObject("select version from annual_evaluation where id = ?", Long.class,
				evaluation);
		this.mvc
			.perform(post("/ministry/annual-evaluations/" + YEAR + "/publish").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/ministry/annual-evaluations/" + YEAR));

		// 2 projects × 800 national confirmed for the next year, less 12.5 %; 800 + 150
		Document jeonnamPage = pageAs("/districts/" + jeonnam + "/ledger", "ministry");
		Shown percent = shown(jeonnamPage, jeonnam);
		assertThat(percent).isEqualTo(new Shown("1,600", "-12.5%", "1,400", "집행 부진", "/annual-evaluations/" + YEAR));
		Shown amount = shown(pageAs("/districts/" + gyeongbuk + "/ledger", "ministry"), gyeongbuk);
		assertThat(amount).isEqualTo(new Shown("800", "+150 백만원", "950", "우수 사례 확산", "/annual-evaluations/" + YEAR));
		// a district published without an adjustment has none
		assertThat(pageAs("/districts/" + quiet + "/ledger", "ministry").select("#adjustments")).isEmpty();
		// the district's region reads it on its ledger; the published result it links to
		// is
		// public
		assertThat(shown(pageAs("/districts/" + jeonnam + "/ledger", "region-jeonnam"), jeonnam)).isEqualTo(percent);
		this.mvc.perform(get("/annual-evaluations/" + YEAR)).andExpect(status().isOk());

		// the overview of the next year and the exports agree with the district pages
		Document overview = pageAs("/ministry/ledger?year=" + NEXT, "ministry");
		assertThat(shown(overview, jeonnam)).isEqualTo(percent);
		assertThat(shown(overview, gyeongbuk)).isEqualTo(amount);
		assertThat(overview.select("#adjustments tr[data-plan=" + quiet + "]")).isEmpty();
		// a co-funding ministry's part or another source is not the district's national
		// budget: no reference there
		assertThat(pageAs("/ministry/ledger?year=" + NEXT + "&source=local", "ministry").select("#adjustments"))
			.isEmpty();
		try (XSSFWorkbook export = workbook("/ministry/ledger.xlsx?year=" + NEXT)) {
			assertThat(exported(export, "전라남도")).containsExactly(plain(number(percent.confirmed())),
					plain(number(percent.adjusted())), "집행 부진");
			assertThat(exported(export, "경상북도")).containsExactly(plain(number(amount.confirmed())),
					plain(number(amount.adjusted())), "우수 사례 확산");
			// the confirmed reference is the ledger's own national lines of the year
			assertThat(confirmedNational(export, "전라남도")).isEqualTo(plain(number(percent.confirmed())));
			assertThat(confirmedNational(export, "경상북도")).isEqualTo(plain(number(amount.confirmed())));
		}
		try (XSSFWorkbook export = workbook("/districts/" + jeonnam + "/ledger.xlsx")) {
			assertThat(exported(export, "전라남도")).containsExactly("1600", "1400", "집행 부진");
		}
		// in English, the district by its English name
		assertThat(pageAs("/ministry/ledger?year=" + NEXT + "&lang=en", "ministry")
			.selectFirst("#adjustments tr[data-plan=" + jeonnam + "] th")
			.text()).isEqualTo("Jeollanam-do (" + (YEAR - 1) + ")");

		// audited once per district with an adjustment
		assertThat(audited(jeonnam)).isOne();
		assertThat(audited(gyeongbuk)).isOne();
		assertThat(audited(quiet)).isZero();

		// publishing again: refused by the evaluation, and the ledger's record of the
		// same
		// decisions changes nothing
		this.mvc
			.perform(post("/ministry/annual-evaluations/" + YEAR + "/publish").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", String.valueOf(version + 1)))
			.andExpect(status().isOk());
		List<BudgetAdjustments.Published> same = new ArrayList<>(List.of(
				new BudgetAdjustments.Published(jeonnam,
						new BudgetAdjustment(BudgetAdjustment.Kind.PERCENT, new BigDecimal("-12.50")), "집행 부진"),
				new BudgetAdjustments.Published(gyeongbuk,
						new BudgetAdjustment(BudgetAdjustment.Kind.AMOUNT, new BigDecimal("150")), "우수 사례 확산"),
				new BudgetAdjustments.Published(quiet, null, null)));
		assertThat(this.adjustments.publish(YEAR, same, Instant.now(), "ministry")).isZero();
		assertThat(audited(jeonnam)).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from budget_adjustment where evaluation_year = ?",
				Integer.class, YEAR))
			.isEqualTo(2);
		// a changed decision replaces the reference, audited with what it was
		same.set(0, new BudgetAdjustments.Published(jeonnam,
				new BudgetAdjustment(BudgetAdjustment.Kind.PERCENT, new BigDecimal("5")), "재평가"));
		assertThat(this.adjustments.publish(YEAR, same, Instant.now(), "ministry")).isOne();
		assertThat(audited(jeonnam)).isEqualTo(2);
		assertThat(shown(pageAs("/districts/" + jeonnam + "/ledger", "ministry"), jeonnam).adjusted())
			.isEqualTo("1,680");
	}

}
