package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ministry dashboard's execution roll-up ({@link LedgerViews#execution(Integer)}):
 * each line's latest allocated and executed figures, under the project's lead ministry as
 * its latest outcome that is not a rejection says, under "other" when there is none,
 * summed over one year or every year (issue 18 rewrote its statement; this holds what it
 * answers).
 */
@Transactional
class LedgerExecutionTest extends WorkflowTestSupport {

	@Autowired
	private LedgerViews views;

	private void entry(long plan, long project, String stage, int amount, String on) {
		entry(plan, project, 2952, stage, amount, on);
	}

	private void entry(long plan, long project, int year, String stage, int amount, String on) {
		this.jdbc.update(
				"""
						insert into budget_ledger_entry (plan_id, project_id, year, source, stage, amount, entered_on, entered_by)
						values (?, ?, ?, 'NATIONAL', ?, ?, ?::date, 'ministry')""",
				plan, project, year, stage, amount, on);
	}

	private List<LedgerViews.ExecutionSum> of(long plan, Integer year) {
		return this.views.execution(year).stream().filter((line) -> line.planId() == plan).toList();
	}

	private static LedgerViews.ExecutionSum ministry(List<LedgerViews.ExecutionSum> lines, String ministry) {
		return lines.stream().filter((line) -> line.ministry().equals(ministry)).findFirst().orElseThrow();
	}

	@Test
	void linesAreRolledUpUnderTheLatestNonRejectedOutcomesMinistry() {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2951, "GANGWON", "강원특별자치도", 2, 2);
		long first = funded.project(plan, 0);
		long second = funded.project(plan, 1);
		// the project the committee did not fund (position 2): its only outcome is a
		// rejection
		long rejected = funded.project(plan, 2);
		this.jdbc.update("update project_outcome set lead_ministry = null where project_id = ?", second);
		entry(plan, first, "ALLOCATED", 900, "2952-02-01");
		entry(plan, first, "ALLOCATED", 800, "2952-03-01");
		entry(plan, first, "EXECUTED", 600, "2952-06-01");
		entry(plan, second, "ALLOCATED", 300, "2952-02-01");
		entry(plan, rejected, "ALLOCATED", 50, "2952-02-01");
		entry(plan, rejected, "EXECUTED", 20, "2952-04-01");

		// the year before, its own figures
		entry(plan, first, 2951, "ALLOCATED", 100, "2951-02-01");
		entry(plan, first, 2951, "EXECUTED", 50, "2951-06-01");

		List<LedgerViews.ExecutionSum> lines = of(plan, 2952);
		assertThat(lines).extracting(LedgerViews.ExecutionSum::ministry).containsExactlyInAnyOrder("MOTIE", "OTHER");
		// the latest allocation counts, not the sum of every entry
		assertThat(ministry(lines, "MOTIE").allocated()).isEqualByComparingTo(new BigDecimal("800"));
		assertThat(ministry(lines, "MOTIE").executed()).isEqualByComparingTo(new BigDecimal("600"));
		// no lead ministry on its outcome (300) and only a rejection (50, executed 20)
		assertThat(ministry(lines, "OTHER").allocated()).isEqualByComparingTo(new BigDecimal("350"));
		assertThat(ministry(lines, "OTHER").executed()).isEqualByComparingTo(new BigDecimal("20"));
		// every year: each year's latest figures added up
		List<LedgerViews.ExecutionSum> all = of(plan, null);
		assertThat(all).hasSize(2);
		assertThat(ministry(all, "MOTIE").allocated()).isEqualByComparingTo(new BigDecimal("900"));
		assertThat(ministry(all, "MOTIE").executed()).isEqualByComparingTo(new BigDecimal("650"));
		assertThat(ministry(all, "OTHER").allocated()).isEqualByComparingTo(new BigDecimal("350"));
		assertThat(of(plan, 2951)).singleElement().satisfies((line) -> {
			assertThat(line.ministry()).isEqualTo("MOTIE");
			assertThat(line.allocated()).isEqualByComparingTo(new BigDecimal("100"));
		});
		assertThat(of(plan, 2953)).isEmpty();
	}

	@Test
	void districtsComeByRoundThenRegionNameWhateverTheOrderTheyWereWritten() {
		// the statement no longer sorts (issue 18): the districts' order is worked out
		// here, as the dashboard's tables list them
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long later = funded.funded(2963, "DAEGU", "대구광역시", 1, 1);
		long busan = funded.funded(2951, "BUSAN", "부산광역시", 1, 1);
		long gangwon = funded.funded(2951, "GANGWON", "강원특별자치도", 1, 1);
		for (long plan : List.of(later, busan, gangwon)) {
			long project = funded.project(plan, 0);
			entry(plan, project, "EXECUTED", 100, "2952-06-01");
			entry(plan, project, "ALLOCATED", 200, "2952-02-01");
		}

		assertThat(this.views.execution(null)
			.stream()
			.map(LedgerViews.ExecutionSum::planId)
			.filter(List.of(later, busan, gangwon)::contains)
			.distinct()).containsExactly(gangwon, busan, later);
	}

}
