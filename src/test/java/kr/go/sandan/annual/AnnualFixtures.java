package kr.go.sandan.annual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.district.DesignatedDistricts;

/**
 * An annual evaluation under way, written straight to the database (its own journey is
 * tested in {@link AnnualEvaluationTest}): a district of the round {@code year - 1} whose
 * first district year is {@code year}, with a target path, an accepted report (320 jobs
 * against 400, verified), confirmed projects funded in {@code year} and {@code year + 1}
 * (800 national, 200 local, 100 private each) and a committee of the year in progress.
 */
final class AnnualFixtures {

	private final JdbcTemplate jdbc;

	private final DesignatedDistricts districts;

	AnnualFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.districts = new DesignatedDistricts(jdbc);
	}

	/** A district year 1 with the given number of funded projects; the plan's id. */
	long district(int year, String code, String name, int projects) {
		long plan = this.districts.designated(year - 1, code, name, LocalDate.of(year, 1, 1),
				LocalDate.of(year + 2, 12, 31), 2, 1);
		this.jdbc.update("""
				insert into district_target_set (plan_id, version) values (?, 1) on conflict do nothing""", plan);
		this.jdbc.update("""
				insert into district_target_path (target_id, plan_id, year1_value, year2_value, year3_value)
				values (?, ?, 400, 700, 1000)""", this.districts.target(plan, 0), plan);
		this.districts.acceptedReport(plan, 1, LocalDate.of(year + 1, 3, 1), name + " 서술");
		List<Long> funded = this.districts.confirmedProjects(plan, year - 1, projects);
		for (long project : funded) {
			for (int y = year; y <= year + 1; y++) {
				this.jdbc
					.update("""
							insert into project_outcome_budget (outcome_id, year, national, local, private_funds)
							select o.id, ?, 800, 200, 100 from project_outcome o where o.plan_id = ? and o.project_id = ?""",
							y, plan, project);
			}
		}
		return plan;
	}

	/** The plan's confirmed projects, in order. */
	List<Long> projects(long plan) {
		return this.jdbc.queryForList("""
				select o.project_id from project_outcome o where o.plan_id = ? and o.outcome <> 'REJECTED'
				order by o.project_id""", Long.class, plan);
	}

	void entry(long plan, long project, int year, String source, String stage, String amount) {
		this.jdbc.update(
				"""
						insert into budget_ledger_entry (plan_id, project_id, year, source, stage, amount, entered_on, entered_by)
						values (?, ?, ?, ?, ?, ?, ?, 'ministry')""",
				plan, project, year, source, stage, new BigDecimal(amount), LocalDate.of(year, 6, 1));
	}

	/** The year's committee, started, with one indicator; its id. */
	long evaluation(int year) {
		long evaluation = this.jdbc.queryForObject("""
				insert into annual_evaluation (year, aggregation, divergence_threshold, outlier_threshold,
				    minimum_evaluators, formed_at, formed_by, started_at, started_by)
				values (?, 'MEAN', 10, 10, 1, now(), 'ministry', now(), 'ministry') returning id""", Long.class, year);
		this.jdbc.update("""
				insert into annual_indicator (evaluation_id, position, name, weight) values (?, 0, '종합', 1)""",
				evaluation);
		this.jdbc.update("""
				insert into annual_rating_band (evaluation_id, position, label, min_score)
				values (?, 0, '우수', 80), (?, 1, '보통', 60), (?, 2, '미흡', 0)""", evaluation, evaluation, evaluation);
		return evaluation;
	}

	/** The plan's accepted report of district year 1 as a subject of the evaluation. */
	long subject(long evaluation, long plan) {
		return this.jdbc.queryForObject("""
				insert into annual_subject (evaluation_id, plan_id, district_year, report_id, report_version)
				select ?, ?, 1, r.id, 1 from annual_report r where r.plan_id = ? and r.district_year = 1
				returning id""", Long.class, evaluation, plan, plan);
	}

	/** The evaluator as a member (pledge signed or not) with a sheet of the subject. */
	long sheet(long evaluation, long subject, long account, boolean signed) {
		this.jdbc.update("""
				insert into annual_member (evaluation_id, account_id, added_at, pledge_signed_at)
				values (?, ?, now(), case when ? then now() end) on conflict do nothing""", evaluation, account,
				signed);
		return this.jdbc.queryForObject("""
				insert into annual_sheet (evaluation_id, account_id, subject_id, status) values (?, ?, ?, 'ASSIGNED')
				returning id""", Long.class, evaluation, account, subject);
	}

	void conflict(long evaluation, long subject, long account) {
		this.jdbc.update("""
				insert into annual_conflict (evaluation_id, account_id, subject_id, reason, detail, recorded_at)
				values (?, ?, ?, 'DECLARED', '자문', now())""", evaluation, account, subject);
	}

}
