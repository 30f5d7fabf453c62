package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.support.Interleaved;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The current figure of each ledger line's stage, kept by the database with each entry
 * (V106): the latest entry by id, whatever order the entries' transactions commit in, and
 * the same as working it out from every entry, which is what the readers did before
 * (issue 18).
 */
class LedgerFiguresTest extends WorkflowTestSupport {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private LedgerViews views;

	private long entry(JdbcTemplate jdbc, long plan, long project, String stage, int amount) {
		return jdbc.queryForObject(
				"""
						insert into budget_ledger_entry (plan_id, project_id, year, source, stage, amount, entered_on, entered_by)
						values (?, ?, 2954, 'NATIONAL', ?, ?, date '2954-03-01', 'ministry') returning id""",
				Long.class, plan, project, stage, amount);
	}

	private BigDecimal figure(long plan, long project, String stage) {
		return this.jdbc.queryForObject("""
				select amount from budget_ledger_figure
				where plan_id = ? and project_id = ? and year = 2954 and source = 'NATIONAL' and stage = ?""",
				BigDecimal.class, plan, project, stage);
	}

	@Test
	void theFigureIsTheLatestEntryWhateverTheCommitOrder() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2953, "CHUNGBUK", "충청북도", 1, 2);
		long project = funded.project(plan, 0);
		entry(this.jdbc, plan, project, "ALLOCATED", 900);
		assertThat(figure(plan, project, "ALLOCATED")).isEqualByComparingTo("900");
		long correction = entry(this.jdbc, plan, project, "ALLOCATED", 800);
		assertThat(figure(plan, project, "ALLOCATED")).isEqualByComparingTo("800");
		assertThat(this.jdbc.queryForObject(
				"""
						select entry_id from budget_ledger_figure where plan_id = ? and project_id = ? and stage = 'ALLOCATED'""",
				Long.class, plan, project))
			.isEqualTo(correction);

		// an entry whose id was taken before the figure's (its transaction committed
		// later) does not replace it
		this.jdbc.update("""
				insert into budget_ledger_entry (id, plan_id, project_id, year, source, stage, amount, entered_on,
				    entered_by) overriding system value
				values (?, ?, ?, 2954, 'NATIONAL', 'ALLOCATED', 1, date '2954-03-01', 'ministry')""", -correction, plan,
				project);
		assertThat(figure(plan, project, "ALLOCATED")).isEqualByComparingTo("800");

		// two people entering the same line at once: the second waits for the first's
		// transaction and its later entry becomes the figure
		Interleaved<Long, Long> entries = Interleaved.run(this.dataSource,
				(jdbc) -> entry(jdbc, plan, project, "EXECUTED", 100),
				(jdbc) -> entry(jdbc, plan, project, "EXECUTED", 200));
		assertThat(entries.second()).isGreaterThan(entries.first());
		assertThat(figure(plan, project, "EXECUTED")).isEqualByComparingTo("200");
		assertThat(this.views.lines(plan)
			.stream()
			.filter((line) -> line.year() == 2954 && line.source() == Source.NATIONAL)
			.findFirst()
			.orElseThrow()
			.amount(Stage.EXECUTED)).isEqualByComparingTo("200");
	}

	@Test
	void theFiguresAreTheLatestEntriesOfEveryLineInTheDatabase() {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2955, "JEONBUK", "전북특별자치도", 2, 1);
		for (int i = 0; i < 2; i++) {
			long project = funded.project(plan, i);
			this.jdbc.update(
					"""
							insert into budget_ledger_entry (plan_id, project_id, year, source, stage, amount, entered_on, entered_by)
							select ?, ?, 2956, s, st, a, date '2956-01-01', 'ministry'
							from unnest(array['NATIONAL', 'LOCAL']) s, unnest(array['SECURED', 'ALLOCATED', 'EXECUTED']) st,
							     generate_series(1, 3) a""",
					plan, project);
		}
		// every line and stage of every district, the figure kept against the latest of
		// every entry
		assertThat(this.jdbc.queryForObject(
				"""
						with latest as (
						  select distinct on (plan_id, project_id, year, source, stage) plan_id, project_id, year, source, stage,
						         amount, id
						  from budget_ledger_entry
						  order by plan_id, project_id, year, source, stage, id desc
						)
						select count(*) from latest l
						full join budget_ledger_figure f using (plan_id, project_id, year, source, stage)
						where l.id is distinct from f.entry_id or l.amount is distinct from f.amount""",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from budget_ledger_figure where plan_id = ?", Long.class,
				plan))
			.isEqualTo(12);

		// the first project's lead ministry changes after its figures were entered: its
		// sums move with it
		this.jdbc.update("update project_outcome set lead_ministry = 'MOLIT' where project_id = ?",
				funded.project(plan, 0));
		assertThat(this.jdbc.queryForList("""
				select ministry || ' ' || allocated || ' ' || executed from budget_ledger_execution
				where plan_id = ? order by 1""", String.class, plan)).containsExactly("MOLIT 6.0 6.0", "MOTIE 6.0 6.0");

		// every district's sums kept against the sums of its current figures under each
		// project's lead ministry (its latest outcome that is not a rejection)
		assertThat(this.jdbc.queryForObject("""
				with lead as (
				  select distinct on (plan_id, project_id) plan_id, project_id, lead_ministry
				  from project_outcome where outcome <> 'REJECTED'
				  order by plan_id, project_id, id desc
				), sums as (
				  select f.plan_id, coalesce(l.lead_ministry, 'OTHER') as ministry, f.year,
				         sum(case when f.stage = 'ALLOCATED' then f.amount else 0 end) as allocated,
				         sum(case when f.stage = 'EXECUTED' then f.amount else 0 end) as executed
				  from budget_ledger_figure f
				  left join lead l on l.plan_id = f.plan_id and l.project_id = f.project_id
				  where f.stage in ('ALLOCATED', 'EXECUTED')
				  group by 1, 2, 3
				)
				select count(*) from sums s full join budget_ledger_execution x using (plan_id, ministry, year)
				where s.allocated is distinct from x.allocated or s.executed is distinct from x.executed""",
				Long.class))
			.isZero();
		assertThat(totalsApart()).isZero();
		assertThat(totals(plan)).containsExactly("MOLIT 6.0 6.0 1", "MOTIE 6.0 6.0 1");

		// another year: its sums join the totals
		this.jdbc.update(
				"""
						insert into budget_ledger_entry (plan_id, project_id, year, source, stage, amount, entered_on, entered_by)
						values (?, ?, 2957, 'NATIONAL', 'ALLOCATED', 40.5, date '2957-01-01', 'ministry'),
						       (?, ?, 2957, 'NATIONAL', 'EXECUTED', 0.5, date '2957-01-01', 'ministry')""",
				plan, funded.project(plan, 1), plan, funded.project(plan, 1));
		assertThat(totals(plan)).containsExactly("MOLIT 6.0 6.0 1", "MOTIE 46.5 6.5 2");
		// the second project's lead ministry changes too: every year of MOTIE moves to
		// MOLIT, and MOTIE's total goes (as its district's row on the dashboard)
		this.jdbc.update("update project_outcome set lead_ministry = 'MOLIT' where project_id = ?",
				funded.project(plan, 1));
		assertThat(totals(plan)).containsExactly("MOLIT 52.5 12.5 2");
		assertThat(totalsApart()).isZero();
	}

	/**
	 * A district's totals over every year (V108): ministry, allocated, executed, years.
	 */
	private List<String> totals(long plan) {
		return this.jdbc.queryForList("""
				select ministry || ' ' || allocated || ' ' || executed || ' ' || years
				from budget_ledger_execution_total where plan_id = ? order by 1""", String.class, plan);
	}

	/**
	 * The districts and ministries whose totals differ from their per-year sums added up,
	 * in the whole database: a total missing, one too many, or another figure.
	 */
	private long totalsApart() {
		return this.jdbc.queryForObject("""
				with sums as (
				  select plan_id, ministry, sum(allocated) as allocated, sum(executed) as executed, count(*) as years
				  from budget_ledger_execution group by plan_id, ministry
				)
				select count(*) from sums s full join budget_ledger_execution_total t using (plan_id, ministry)
				where s.allocated is distinct from t.allocated or s.executed is distinct from t.executed
				   or s.years is distinct from t.years""", Long.class);
	}

	@Test
	void thePortalOnlyReadsTheFigures() {
		// the portal connects as a role of its own (least privilege, as in every test):
		// it
		// reads the figures and may not write them; only an entry's insert does
		for (String change : new String[] { "update budget_ledger_figure set amount = 1",
				"delete from budget_ledger_figure", "update budget_ledger_execution_total set allocated = 1",
				"delete from budget_ledger_execution_total", """
						insert into budget_ledger_execution_total (plan_id, ministry, allocated, executed, years)
						select id, 'MOLIT', 1, 1, 1 from innovation_plan limit 1""",
				"""
						insert into budget_ledger_figure (plan_id, project_id, year, source, stage, amount, entry_id)
						select plan_id, project_id, year, source, 'RETURNED', 1, id from budget_ledger_entry limit 1""" }) {
			assertThatThrownBy(() -> this.jdbc.update(change))
				.hasStackTraceContaining("permission denied for table budget_ledger_");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from budget_ledger_figure", Long.class)).isNotNull();
		// nor have a district's sums worked out again (V108: the owner's triggers only)
		assertThatThrownBy(() -> this.jdbc.queryForList("select budget_ledger_execution_of(0)"))
			.hasStackTraceContaining("permission denied for function budget_ledger_execution_of");
	}

}
