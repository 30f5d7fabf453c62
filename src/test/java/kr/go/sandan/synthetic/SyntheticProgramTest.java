package kr.go.sandan.synthetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The generator on the shared test database: the same seed gives the same program in
 * other years, another seed another one, and every table holds what the spec asks for.
 * Each test rolls back, so other tests never see the synthetic rounds or complexes.
 */
@PortalTest
@Transactional
class SyntheticProgramTest {

	@Autowired
	private SyntheticProgram program;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theSameSeedGivesTheSameProgramInOtherYearsAndAnotherSeedAnother() {
		SyntheticProgram.Summary first = this.program.generate(new SyntheticSpec(42, 2301, 2, 8, 3, 2, 8));
		SyntheticProgram.Summary again = this.program.generate(new SyntheticSpec(42, 2311, 2, 8, 3, 2, 8));
		SyntheticProgram.Summary other = this.program.generate(new SyntheticSpec(43, 2321, 2, 8, 3, 2, 8));
		List<String> dump = dump(first.roundIds());
		assertThat(dump).hasSizeGreaterThan(1000);
		assertThat(dump(again.roundIds())).isEqualTo(dump);
		assertThat(dump(other.roundIds())).isNotEqualTo(dump);
		// the second run found the first run's complexes and used them
		assertThat(again.rows()).containsEntry("industrial_complex", 0);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from account a join account_role r on r.account_id = a.id and r.role = 'EVALUATOR'
				where a.username like 'synthetic-eval-%' and not a.enabled and a.password_hash like '{bcrypt}%'""",
				Integer.class))
			.isEqualTo(3);
	}

	@Test
	void everyTableHoldsWhatTheSpecAsksFor() {
		SyntheticSpec spec = new SyntheticSpec(7, 2331, 4, 12, 9, 5, 20);
		SyntheticProgram.Summary summary = this.program.generate(spec);
		assertThat(summary.roundIds()).hasSize(4);
		assertThat(summary.callIds()).hasSize(4);
		assertThat(summary.planIds()).hasSize(4 * 17);
		assertThat(this.program.isGenerated(spec)).isTrue();
		for (long round : summary.roundIds()) {
			assertThat(count("select count(*) from innovation_plan where round_id = ?", round)).isEqualTo(17);
			assertThat(this.jdbc.queryForObject("select sum(weight) from evaluation_indicator where round_id = ?",
					BigDecimal.class, round))
				.isEqualByComparingTo("100");
			assertThat(this.jdbc.queryForList("""
					select count(*) from plan_requested_project pr join plan_key_task t on t.id = pr.key_task_id
					join innovation_plan p on p.id = t.plan_id where p.round_id = ? group by p.id""", Integer.class,
					round))
				.hasSize(17)
				.containsOnly(12);
			assertThat(this.jdbc.queryForList("""
					select count(*) from plan_project_budget b join plan_requested_project pr on pr.id = b.project_id
					join plan_key_task t on t.id = pr.key_task_id join innovation_plan p on p.id = t.plan_id
					where p.round_id = ? group by p.id""", Integer.class, round)).containsOnly(36);
			assertThat(this.jdbc.queryForList("""
					select count(distinct s.id) || ':' || count(*) from evaluation_sheet s
					join evaluation_score sc on sc.sheet_id = s.id join innovation_plan p on p.id = s.plan_id
					where p.round_id = ? and s.status = 'SUBMITTED' group by p.id""", String.class, round)).hasSize(17)
				.containsOnly("9:36");
			assertThat(this.jdbc.queryForList("""
					select m.kind || ':' || count(d.id) from committee_meeting m
					left join committee_decision d on d.meeting_id = m.id
					where m.round_id = ? and m.published_at is not null group by m.kind order by m.kind""",
					String.class, round))
				.containsExactly("DESIGNATION:5", "FINAL_CONFIRMATION:5", "PRELIMINARY_SELECTION:17");
			assertThat(count("select count(*) from project_outcome o join innovation_plan p on p.id = o.plan_id "
					+ "where p.round_id = ?", round))
				.isEqualTo(5 * 12);
			assertThat(count("""
					select count(*) from plan_version v join innovation_plan p on p.id = v.plan_id
					where p.round_id = ? and (select sum(jsonb_array_length(t -> 'projects'))
					                          from jsonb_array_elements(v.content #> '{content,keyTasks}') t) = 12""",
					round))
				.isEqualTo(17);
			assertThat(this.jdbc.queryForObject("""
					select e.completed_at is not null and e.results_published_at is not null
					from evaluation_panel e join proposal_call c on c.id = e.call_id where c.round_id = ?""",
					Boolean.class, round))
				.isTrue();
		}
		// the first round's districts ended before the last round: completed; the others
		// are designated
		assertThat(statuses(summary.roundIds().get(0))).containsExactly("COMPLETED:COMPLETED:5", "NOT_SELECTED::12");
		assertThat(statuses(summary.roundIds().get(3))).containsExactly("DESIGNATED:DESIGNATED:5", "NOT_SELECTED::12");
		assertThat(this.jdbc.queryForList("""
				select distinct district_start || '..' || district_end from innovation_plan
				where round_id = ? and district_start is not null""", String.class, summary.roundIds().get(1)))
			.containsExactly("2332-01-01..2334-12-31");
		// what the summary counts is what the tables hold
		assertThat(summary.rows()).containsEntry("innovation_plan", 4 * 17)
			.containsEntry("evaluation_sheet", 4 * 17 * 9)
			.containsEntry("evaluation_score", 4 * 17 * 9 * 4)
			.containsEntry("plan_requested_project", 4 * 17 * 12)
			.containsEntry("plan_project_budget", 4 * 17 * 12 * 3)
			.containsEntry("committee_meeting", 4 * 3)
			.containsEntry("plan_milestone", 4 * (17 + 5 + 5));
		// after designation (issue #19): every district's path, confirmed; a report for
		// each district year due by the end of the last round's year (3 + 2 + 1 per
		// district of the first three rounds), but some never submitted; some late, some
		// actuals questioned with their reason
		assertThat(summary.rows()).containsEntry("district_target_set", 4 * 5);
		long first = summary.roundIds().get(0);
		long last = summary.roundIds().get(3);
		String ofTheseRounds = " join innovation_plan p on p.id = r.plan_id where p.round_id between ? and ?";
		assertThat(count("select count(*) from annual_report r" + ofTheseRounds, first, last)).isBetween(20, 5 * 6 - 1);
		assertThat(count("select count(*) from annual_report r" + ofTheseRounds
				+ " and r.submitted_at is not null and (r.submitted_at at time zone 'Asia/Seoul')::date > r.due_on",
				first, last))
			.isPositive();
		assertThat(count("select count(*) from annual_report_actual a join annual_report r on r.id = a.report_id"
				+ ofTheseRounds + " and a.verification = 'QUESTIONED' and a.question_reason is not null", first, last))
			.isPositive();
		assertThat(count("select count(*) from annual_report r" + ofTheseRounds
				+ " and r.status <> 'DRAFT' and not exists (select 1 from annual_report_version v where v.report_id = r.id)",
				first, last))
			.isZero();
		assertThat(count("select count(*) from annual_report r" + ofTheseRounds + " and p.round_id = ?", first, last,
				last))
			.isZero();
	}

	@Test
	void yearsThatAlreadyHaveACallAreRefusedAndNothingIsWritten() {
		SyntheticSpec spec = new SyntheticSpec(1, 2351, 1, 3, 2, 1, 5);
		this.program.generate(spec);
		int rounds = count("select count(*) from program_round where year >= ?", 2351);
		assertThatIllegalStateException().isThrownBy(() -> this.program.generate(new SyntheticSpec(1, 2350, 3)))
			.withMessageContaining("2351");
		assertThat(count("select count(*) from program_round where year >= ?", 2350)).isEqualTo(rounds);
	}

	@Test
	void aBareRoundOfTheYearIsUsed() {
		this.jdbc.update("insert into program_round (year, ordinal, planned_designations) values (2361, 361, 3)");
		SyntheticProgram.Summary summary = this.program.generate(new SyntheticSpec(5, 2361, 1, 4, 3, 2, 6));
		assertThat(
				this.jdbc.queryForMap("select id, ordinal, planned_designations from program_round where year = 2361"))
			.containsEntry("id", summary.roundIds().get(0))
			.containsEntry("ordinal", 361)
			.containsEntry("planned_designations", 2);
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	private List<String> statuses(long round) {
		return this.jdbc.queryForList("""
				select status || ':' || coalesce(public_status, '') || ':' || count(*) from innovation_plan
				where round_id = ? group by status, public_status order by status""", String.class, round);
	}

	/**
	 * The content of the rounds without ids or years, in a fixed order: plans with their
	 * parts, projects with budgets by budget year, scores per evaluator, decisions.
	 */
	private List<String> dump(List<Long> rounds) {
		List<String> lines = new ArrayList<>();
		for (long round : rounds) {
			lines.addAll(
					query("""
							select g.code || '|' || p.region_name || '|' || c.name || '|' || c.type || '|' || p.vision || '|'
							       || p.governance || '|' || p.status || '|' || coalesce(p.public_status, '-') || '|'
							       || p.hub_weight_label || '|' || to_char(p.submitted_at at time zone 'Asia/Seoul', 'MM-DD HH24:MI:SS')
							from innovation_plan p join region g on g.id = p.region_id join industrial_complex c on c.id = p.hub_complex_id
							where p.round_id = ? order by g.position""",
							round));
			lines.addAll(query("""
					select g.code || '|' || m.position || '|' || m.name from plan_main_industry m
					join innovation_plan p on p.id = m.plan_id join region g on g.id = p.region_id
					where p.round_id = ? order by g.position, m.position""", round));
			lines.addAll(
					query("""
							select g.code || '|' || w.measure || '|' || w.amount || w.unit || '|' || w.share_percent || '|' || w.as_written
							from plan_hub_weight w join innovation_plan p on p.id = w.plan_id join region g on g.id = p.region_id
							where p.round_id = ? order by g.position, w.position""",
							round));
			lines.addAll(
					query("""
							select g.code || '|' || coalesce(c.name, a.name) || '|' || s.linkage_function from plan_linked_site s
							left join industrial_complex c on c.id = s.complex_id left join linked_area a on a.id = s.area_id
							join innovation_plan p on p.id = s.plan_id join region g on g.id = p.region_id
							where p.round_id = ? order by g.position, s.position""",
							round));
			lines.addAll(
					query("""
							select g.code || '|' || t.metric || '|' || t.value || t.unit || '|' || (t.target_year - r.year) || '|' || t.as_written
							from plan_target t join innovation_plan p on p.id = t.plan_id join region g on g.id = p.region_id
							join program_round r on r.id = p.round_id
							where p.round_id = ? order by g.position, t.position""",
							round));
			lines.addAll(query("""
					select g.code || '|' || d.description from plan_diagnosis d
					join innovation_plan p on p.id = d.plan_id join region g on g.id = p.region_id
					where p.round_id = ? order by g.position, d.position""", round));
			lines.addAll(
					query("""
							select g.code || '|' || t.name || '|' || pr.name || '|' || pr.lead_ministry || '|' || pr.newly_proposed
							       || '|' || pr.description || '|' || string_agg((b.year - r.year) || ':' || b.national || '/'
							       || b.local || '/' || b.private_funds, ',' order by b.year)
							from plan_requested_project pr join plan_key_task t on t.id = pr.key_task_id
							join plan_project_budget b on b.project_id = pr.id
							join innovation_plan p on p.id = t.plan_id join region g on g.id = p.region_id
							join program_round r on r.id = p.round_id
							where p.round_id = ? group by g.position, g.code, t.position, t.name, pr.position, pr.name,
							      pr.lead_ministry, pr.newly_proposed, pr.description
							order by g.position, t.position, pr.position""",
							round));
			lines.addAll(
					query("""
							select g.code || '|' || a.username || '|' || i.code || '|' || sc.score || '|' || sc.comment || '|' || s.opinion
							from evaluation_score sc join evaluation_sheet s on s.id = sc.sheet_id
							join evaluation_indicator i on i.id = sc.indicator_id join account a on a.id = s.account_id
							join innovation_plan p on p.id = s.plan_id join region g on g.id = p.region_id
							where p.round_id = ? order by g.position, a.username, i.position""",
							round));
			lines.addAll(query("""
					select g.code || '|' || m.kind || '|' || d.outcome || '|' || m.chair || '|'
					       || case when m.kind = 'DESIGNATION' then '' else d.rationale end
					from committee_decision d join committee_meeting m on m.id = d.meeting_id
					join innovation_plan p on p.id = d.plan_id join region g on g.id = p.region_id
					where m.round_id = ? order by m.kind, g.position""", round));
			lines.addAll(
					query("""
							select g.code || '|' || pr.name || '|' || o.outcome || '|' || coalesce(o.note, '') || '|'
							       || coalesce(string_agg(b.national || '/' || b.local || '/' || b.private_funds, ',' order by b.year), '')
							from project_outcome o join plan_requested_project pr on pr.id = o.project_id
							join plan_key_task t on t.id = pr.key_task_id left join project_outcome_budget b on b.outcome_id = o.id
							join innovation_plan p on p.id = o.plan_id join region g on g.id = p.region_id
							where p.round_id = ? group by g.position, g.code, t.position, pr.position, pr.name, o.outcome, o.note
							order by g.position, t.position, pr.position""",
							round));
		}
		return lines;
	}

	private List<String> query(String sql, long round) {
		return this.jdbc.queryForList(sql, String.class, round);
	}

}
