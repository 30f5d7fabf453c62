package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ministry dashboard's execution roll-up ({@link LedgerViews#execution()}): each
 * line's latest allocated and executed figures, under the project's lead ministry as its
 * latest outcome that is not a rejection says, under "other" when there is none (issue 18
 * rewrote its statement; this holds what it answers).
 */
@Transactional
class LedgerExecutionTest extends WorkflowTestSupport {

	@Autowired
	private LedgerViews views;

	private void entry(long plan, long project, String stage, int amount, String on) {
		this.jdbc.update(
				"""
						insert into budget_ledger_entry (plan_id, project_id, year, source, stage, amount, entered_on, entered_by)
						values (?, ?, 2952, 'NATIONAL', ?, ?, ?::date, 'ministry')""",
				plan, project, stage, amount, on);
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

		List<LedgerViews.Execution> lines = this.views.execution()
			.stream()
			.filter((line) -> line.planId() == plan)
			.toList();
		assertThat(lines).extracting(LedgerViews.Execution::ministry).containsExactlyInAnyOrder("MOTIE", "OTHER");
		LedgerViews.Execution motie = lines.stream()
			.filter((line) -> line.ministry().equals("MOTIE"))
			.findFirst()
			.get();
		// the latest allocation counts, not the sum of every entry
		assertThat(motie.allocated()).isEqualByComparingTo(new BigDecimal("800"));
		assertThat(motie.executed()).isEqualByComparingTo(new BigDecimal("600"));
		LedgerViews.Execution other = lines.stream()
			.filter((line) -> line.ministry().equals("OTHER"))
			.findFirst()
			.get();
		// no lead ministry on its outcome (300) and only a rejection (50, executed 20)
		assertThat(other.allocated()).isEqualByComparingTo(new BigDecimal("350"));
		assertThat(other.executed()).isEqualByComparingTo(new BigDecimal("20"));
		assertThat(other.year()).isEqualTo(2952);
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

		assertThat(this.views.execution()
			.stream()
			.map(LedgerViews.Execution::planId)
			.filter(List.of(later, busan, gangwon)::contains)
			.distinct()).containsExactly(gangwon, busan, later);
	}

}
