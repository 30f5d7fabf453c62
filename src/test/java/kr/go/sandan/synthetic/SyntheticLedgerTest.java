package kr.go.sandan.synthetic;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic program's budget ledger: every funded project's years have their
 * allocation, execution and settlement with realistic lags (secured before the year,
 * allocated in spring, executed through the year, settled the next February) and
 * shortfalls (less secured or allocated than confirmed, execution behind), never more
 * executed than allocated; the districts' last year is still running.
 */
@PortalTest
@Transactional
class SyntheticLedgerTest {

	@Autowired
	private SyntheticProgram program;

	@Autowired
	private JdbcTemplate jdbc;

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	@Test
	void fundedProjectsHaveTheirMoneysHistoryWithLagsAndShortfalls() {
		SyntheticProgram.Summary summary = this.program.generate(new SyntheticSpec(11, 2555, 2, 10, 2, 3, 5));
		assertThat(summary.rows().get("budget_ledger_entry")).isPositive();
		String mine = " from budget_ledger_entry e join innovation_plan p on p.id = e.plan_id"
				+ " join program_round r on r.id = p.round_id where r.year between 2555 and 2556";
		assertThat(count("select count(*)" + mine)).isEqualTo(summary.rows().get("budget_ledger_entry"));
		// only designated districts' funded projects, each year of their confirmed budget
		assertThat(count("select count(*)" + mine + " and p.public_status not in ('DESIGNATED', 'COMPLETED')"))
			.isZero();
		assertThat(count("""
				select count(*) from project_outcome o join project_outcome_budget b on b.outcome_id = o.id
				join innovation_plan p on p.id = o.plan_id join program_round r on r.id = p.round_id
				where r.year between 2555 and 2556 and o.outcome <> 'REJECTED' and b.national > 0
				  and not exists (select 1 from budget_ledger_entry e where e.plan_id = o.plan_id
				      and e.project_id = o.project_id and e.year = b.year and e.source = 'NATIONAL')""")).isZero();
		assertThat(count("select count(*)" + mine + " and e.project_id in (select project_id from project_outcome"
				+ " where outcome = 'REJECTED')"))
			.isZero();

		// the current figure of each stage per line
		List<Map<String, Object>> lines = this.jdbc.queryForList("""
				select e.plan_id, e.project_id, e.year, e.source,
				       max(e.amount) filter (where e.stage = 'SECURED') as secured,
				       (array_agg(e.amount order by e.id desc) filter (where e.stage = 'ALLOCATED'))[1] as allocated,
				       (array_agg(e.amount order by e.id desc) filter (where e.stage = 'EXECUTED'))[1] as executed,
				       count(*) filter (where e.stage = 'SETTLED') as settled,
				       min(e.entered_on) filter (where e.stage = 'SECURED') as secured_on,
				       min(e.entered_on) filter (where e.stage = 'ALLOCATED') as allocated_on,
				       max(e.entered_on) filter (where e.stage = 'EXECUTED') as executed_on,
				       min(e.entered_on) filter (where e.stage = 'SETTLED') as settled_on,
				       r.year as round_year
				from budget_ledger_entry e join innovation_plan p on p.id = e.plan_id
				join program_round r on r.id = p.round_id where r.year between 2555 and 2556
				group by e.plan_id, e.project_id, e.year, e.source, r.year""");
		assertThat(lines).isNotEmpty().allSatisfy((line) -> {
			assertThat((java.math.BigDecimal) line.get("executed"))
				.isLessThanOrEqualTo((java.math.BigDecimal) line.get("allocated"));
			assertThat((java.math.BigDecimal) line.get("allocated"))
				.isLessThanOrEqualTo((java.math.BigDecimal) line.get("secured"));
			assertThat(line.get("secured_on").toString()).isLessThan(line.get("allocated_on").toString());
			assertThat(line.get("allocated_on").toString()).isLessThan(line.get("executed_on").toString());
			int year = (Integer) line.get("year");
			boolean running = year >= (Integer) line.get("round_year") + 2;
			assertThat((Long) line.get("settled")).isEqualTo(running ? 0L : 1L);
			if (!running) {
				assertThat(line.get("settled_on").toString()).startsWith((year + 1) + "-02");
			}
		});
		// shortfalls: some lines secured less than confirmed, some executed well behind
		assertThat(count("""
				select count(*) from (select e.plan_id, e.project_id, e.year, e.source,
				    (array_agg(e.amount order by e.id desc) filter (where e.stage = 'ALLOCATED'))[1] as allocated,
				    (array_agg(e.amount order by e.id desc) filter (where e.stage = 'EXECUTED'))[1] as executed
				  from budget_ledger_entry e join innovation_plan p on p.id = e.plan_id
				  join program_round r on r.id = p.round_id where r.year between 2555 and 2556
				  group by e.plan_id, e.project_id, e.year, e.source) l
				where l.executed < l.allocated * 0.6""")).isPositive();
		assertThat(count("select count(*) from budget_ledger_entry e join innovation_plan p on p.id = e.plan_id"
				+ " join program_round r on r.id = p.round_id join project_outcome o on o.plan_id = e.plan_id"
				+ " and o.project_id = e.project_id join project_outcome_budget b on b.outcome_id = o.id"
				+ " and b.year = e.year where r.year between 2555 and 2556 and e.stage = 'SECURED'"
				+ " and e.source = 'NATIONAL' and e.amount < b.national"))
			.isPositive();
	}

}
