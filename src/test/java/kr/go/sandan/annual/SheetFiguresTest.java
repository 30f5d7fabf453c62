package kr.go.sandan.annual;

import java.math.BigDecimal;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An evaluator reads, beside the accepted report, the district's ledger of the evaluated
 * year (confirmed, allocated, executed per source and the execution rate, the same as the
 * district's ledger page) and the verified actuals against the year's targets with their
 * attainment; only on a sheet they may read (assigned, pledge signed, not excluded), and
 * in the same number of statements whatever the size of the district.
 */
@Import(CountingDataSource.class)
class SheetFiguresTest extends WorkflowTestSupport {

	private static final int YEAR = 2801;

	private static BigDecimal number(String text) {
		String plain = text.replace(",", "").replace("%", "").strip();
		return new BigDecimal(plain);
	}

	private static List<String> cells(Element row) {
		return row.select("td").eachText();
	}

	private static Element row(Document page, String source) {
		return page.selectFirst("#figures-ledger tr[data-source=" + source + "]");
	}

	@Test
	void theEvaluatorReadsTheLedgerAndTheAttainmentOfTheYear() throws Exception {
		AnnualFixtures fixtures = new AnnualFixtures(this.jdbc);
		long plan = fixtures.district(YEAR, "JEONNAM", "전라남도", 1);
		long project = fixtures.projects(plan).get(0);
		fixtures.entry(plan, project, YEAR, "NATIONAL", "ALLOCATED", "700");
		fixtures.entry(plan, project, YEAR, "NATIONAL", "EXECUTED", "300");
		// a correction: the latest figure counts, as on the ledger's pages
		fixtures.entry(plan, project, YEAR, "NATIONAL", "EXECUTED", "350");
		fixtures.entry(plan, project, YEAR, "LOCAL", "ALLOCATED", "200");
		fixtures.entry(plan, project, YEAR, "LOCAL", "EXECUTED", "200");
		// next year's money is not this year's
		fixtures.entry(plan, project, YEAR + 1, "NATIONAL", "ALLOCATED", "800");
		long evaluation = fixtures.evaluation(YEAR);
		long subject = fixtures.subject(evaluation, plan);
		long reader = this.evaluations.evaluator("figures-eval-a", "수치 평가위원", "SEOUL", "연구원");
		long sheet = fixtures.sheet(evaluation, subject, reader, true);

		Document page = pageAs("/evaluations/annual/sheets/" + sheet, "figures-eval-a");
		assertThat(page.select("#figures-ledger-heading").text()).isEqualTo(YEAR + "년 예산 집행 (백만원)");
		assertThat(cells(row(page, "NATIONAL"))).containsExactly("800", "700", "350", "50%");
		assertThat(cells(row(page, "LOCAL"))).containsExactly("200", "200", "200", "100%");
		assertThat(cells(row(page, "PRIVATE"))).containsExactly("100", "0", "0", "교부 전");
		assertThat(cells(row(page, "total"))).containsExactly("1,100", "900", "550", "61.1%");
		// the same figures as the district's own ledger page of the year
		Document ledger = pageAs("/districts/" + plan + "/ledger", "ministry");
		Element year = ledger.select("#rollup-year tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals(YEAR + "년"))
			.findFirst()
			.orElseThrow();
		List<String> rollup = cells(year);
		List<String> total = cells(row(page, "total"));
		assertThat(number(total.get(0))).isEqualByComparingTo(number(rollup.get(0)));
		assertThat(number(total.get(1))).isEqualByComparingTo(number(rollup.get(2)));
		assertThat(number(total.get(2))).isEqualByComparingTo(number(rollup.get(3)));
		assertThat(number(total.get(3))).isEqualByComparingTo(number(rollup.get(7)));

		// the first district year's target against the verified actual, with its
		// attainment
		assertThat(page.select("#figures-targets tbody tr").eachText())
			.containsExactly("일자리 창출 1,000명 400 명 320 명 80% (근접)", "기업 유치 40개 없음 없음 자료 없음");
		// read-only: nothing of it is a field
		assertThat(page.select("#sheet-figures input, #sheet-figures textarea, #sheet-figures form")).isEmpty();

		// in English too
		Document english = pageAs("/evaluations/annual/sheets/" + sheet + "?lang=en", "figures-eval-a");
		assertThat(english.select("#figures-ledger-heading").text())
			.isEqualTo("Budget execution in " + YEAR + " (KRW million)");
		assertThat(english.select("#figures-ledger tr[data-source=NATIONAL] th").text()).isEqualTo("National");
	}

	@Test
	void onlyAnAssignedEvaluatorWhoSignedAndIsNotExcludedReadsThem() throws Exception {
		AnnualFixtures fixtures = new AnnualFixtures(this.jdbc);
		long plan = fixtures.district(YEAR + 10, "JEONBUK", "전북특별자치도", 1);
		fixtures.entry(plan, fixtures.projects(plan).get(0), YEAR + 10, "NATIONAL", "ALLOCATED", "555");
		long evaluation = fixtures.evaluation(YEAR + 10);
		long subject = fixtures.subject(evaluation, plan);
		long unsigned = fixtures.sheet(evaluation, subject,
				this.evaluations.evaluator("figures-eval-unsigned", "서명 전 평가위원", "SEOUL", "연구원"), false);
		long excludedAccount = this.evaluations.evaluator("figures-eval-excluded", "제외된 평가위원", "SEOUL", "연구원");
		long excluded = fixtures.sheet(evaluation, subject, excludedAccount, true);
		fixtures.conflict(evaluation, subject, excludedAccount);
		this.evaluations.evaluator("figures-eval-other", "다른 평가위원", "SEOUL", "연구원");

		this.mvc.perform(get("/evaluations/annual/sheets/" + unsigned).with(this.accounts.as("figures-eval-unsigned")))
			.andExpect(redirectedUrl("/evaluations/annual/" + evaluation + "/pledge"));
		for (String who : List.of("figures-eval-excluded", "figures-eval-other")) {
			String body = this.mvc.perform(get("/evaluations/annual/sheets/" + excluded).with(this.accounts.as(who)))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).doesNotContain("555");
		}
		for (String who : List.of("region-busan", "ministry")) {
			int answer = this.mvc.perform(get("/evaluations/annual/sheets/" + excluded).with(this.accounts.as(who)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(answer).isIn(403, 404);
		}
	}

	private long count(String url, String who) throws Exception {
		this.mvc.perform(get(url).with(this.accounts.as(who))).andExpect(status().isOk());
		CountingDataSource.reset();
		this.mvc.perform(get(url).with(this.accounts.as(who))).andExpect(status().isOk());
		return CountingDataSource.STATEMENTS.get();
	}

	@Test
	void theSheetReadsAFixedNumberOfStatements() throws Exception {
		AnnualFixtures fixtures = new AnnualFixtures(this.jdbc);
		int year = YEAR + 20;
		long small = fixtures.district(year, "GANGWON", "강원특별자치도", 1);
		long large = fixtures.district(year, "CHUNGNAM", "충청남도", 4);
		for (long project : fixtures.projects(large)) {
			for (String source : List.of("NATIONAL", "LOCAL", "PRIVATE")) {
				fixtures.entry(large, project, year, source, "ALLOCATED", "100");
				fixtures.entry(large, project, year, source, "EXECUTED", "50");
			}
		}
		long evaluation = fixtures.evaluation(year);
		long account = this.evaluations.evaluator("figures-eval-count", "평가위원", "SEOUL", "연구원");
		long smallSheet = fixtures.sheet(evaluation, fixtures.subject(evaluation, small), account, true);
		long largeSheet = fixtures.sheet(evaluation, fixtures.subject(evaluation, large), account, true);
		assertThat(count("/evaluations/annual/sheets/" + largeSheet, "figures-eval-count"))
			.isEqualTo(count("/evaluations/annual/sheets/" + smallSheet, "figures-eval-count"))
			.isLessThanOrEqualTo(24);
	}

}
