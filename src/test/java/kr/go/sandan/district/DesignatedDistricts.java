package kr.go.sandan.district;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test districts: a plan of a round of the test's own year, designated and published with
 * a district period, numeric targets (metric, value, unit) and key tasks. Written
 * straight to the database, since the designation's own journey is tested in the decision
 * module.
 */
public final class DesignatedDistricts {

	private final JdbcTemplate jdbc;

	public DesignatedDistricts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A designated district of the region in the round of {@code year}; its plan's id.
	 */
	public long designated(int year, String regionCode, String regionName, LocalDate start, LocalDate end, int targets,
			int tasks) {
		this.jdbc.update("""
				insert into program_round (year, ordinal, planned_designations) values (?, ?, 5)
				on conflict do nothing""", year, year - 2000);
		long plan = this.jdbc.queryForObject("""
				insert into innovation_plan (round_id, region_id, region_name, status, public_status, vision,
				    district_start, district_end)
				select r.id, g.id, ?, 'DESIGNATED', 'DESIGNATED', '지구 비전 (테스트)', ?, ?
				from program_round r, region g where r.year = ? and g.code = ? returning id""", Long.class, regionName,
				start, end, year, regionCode);
		String[][] metrics = { { "JOBS_CREATED", "1000", "명", "일자리 창출 1,000명" },
				{ "FIRMS_ATTRACTED", "40", "개", "기업 유치 40개" }, { "STARTUPS", "12", "개", "신규창업 12개" } };
		for (int i = 0; i < targets; i++) {
			this.jdbc.update("""
					insert into plan_target (plan_id, source, position, metric, value, unit, target_year, as_written)
					values (?, 'PLAN', ?, ?, ?, ?, ?, ?)""", plan, i, metrics[i][0],
					new java.math.BigDecimal(metrics[i][1]), metrics[i][2], end.getYear(), metrics[i][3]);
		}
		for (int i = 0; i < tasks; i++) {
			this.jdbc.update("insert into plan_key_task (plan_id, position, name) values (?, ?, ?)", plan, i,
					"핵심과제 " + (i + 1));
		}
		return plan;
	}

	/**
	 * Publishes the district's plan, as the committee's published decision would: the
	 * public then reads its page (with a copy of another published plan's content, which
	 * tests of the district's figures do not read).
	 */
	public void published(long plan) {
		long milestone = this.jdbc.queryForObject("""
				insert into plan_milestone (plan_id, kind, taken_at, content)
				select ?, 'CONFIRMED', now(), m.content from plan_milestone m
				join innovation_plan p on p.public_milestone_id = m.id order by m.id limit 1 returning id""",
				Long.class, plan);
		this.jdbc.update("update innovation_plan set published_on = current_date, public_milestone_id = ? where id = ?",
				milestone, plan);
	}

	/**
	 * The district year's report as submitted once (its version: narrative, the first
	 * target's actual, the first task's progress) and accepted, the actual verified; its
	 * id.
	 */
	public long acceptedReport(long plan, int districtYear, java.time.LocalDate dueOn, String narrative) {
		long report = this.jdbc.queryForObject("""
				insert into annual_report (plan_id, district_year, due_on, status, narrative, submitted_at, accepted_at)
				values (?, ?, ?, 'ACCEPTED', ?, now(), now()) returning id""", Long.class, plan, districtYear, dueOn,
				narrative);
		this.jdbc.update("""
				insert into annual_report_version (report_id, number, content, submitted_at, submitted_by)
				values (?, 1, cast(? as jsonb), now(), 'region')""", report, """
				{"narrative": "%s", "actuals": [{"target": "일자리 창출 1,000명", "value": "320", "unit": "명",
				 "source": "고용보험 DB"}], "tasks": [{"task": "핵심과제 1", "status": "ON_TRACK", "progress": "착공"}]}"""
			.formatted(narrative));
		this.jdbc.update("""
				insert into annual_report_actual (report_id, target_id, value, source, verification)
				values (?, ?, 320, '고용보험 DB', 'VERIFIED')""", report, target(plan, 0));
		return report;
	}

	/**
	 * The district's targets confirmed with a path (0 at baseline, then 400, 700 and the
	 * plan's target value in years one to three).
	 */
	public void confirmedTargetPaths(long plan) {
		this.jdbc.update("insert into district_target_set (plan_id, confirmed_at, confirmed_by) values (?, now(), 'm')",
				plan);
		this.jdbc.update("""
				insert into district_target_path (target_id, plan_id, baseline_value, baseline_year, year1_value,
				    year2_value, year3_value) select id, plan_id, 0, 2090, 400, 700, value
				from plan_target where plan_id = ?""", plan);
	}

	/**
	 * Requested projects under the plan's first key task, confirmed at the round's final
	 * confirmation ("확정사업 1", ...), and one more the committee rejected ("미반영 사업"); the
	 * confirmed projects' ids in order.
	 */
	public java.util.List<Long> confirmedProjects(long plan, int roundYear, int count) {
		this.jdbc.update("""
				insert into committee_meeting (held_on, title, round_id, kind)
				select ?, '최종 확정 (테스트)', r.id, 'FINAL_CONFIRMATION' from program_round r where r.year = ?
				on conflict do nothing""", LocalDate.of(roundYear, 12, 1), roundYear);
		long meeting = this.jdbc.queryForObject("""
				select m.id from committee_meeting m join program_round r on r.id = m.round_id
				where r.year = ? and m.kind = 'FINAL_CONFIRMATION'""", Long.class, roundYear);
		long task = task(plan, 0);
		java.util.List<Long> projects = new java.util.ArrayList<>();
		for (int i = 0; i <= count; i++) {
			long project = this.jdbc.queryForObject("""
					insert into plan_requested_project (key_task_id, position, name) values (?, ?, ?) returning id""",
					Long.class, task, 100 + i, (i < count) ? "확정사업 " + (i + 1) : "미반영 사업");
			this.jdbc.update("""
					insert into project_outcome (meeting_id, plan_id, project_id, outcome) values (?, ?, ?, ?)""",
					meeting, plan, project, (i < count) ? "APPROVED" : "REJECTED");
			if (i < count) {
				projects.add(project);
			}
		}
		return projects;
	}

	public long target(long plan, int position) {
		return this.jdbc.queryForObject("select id from plan_target where plan_id = ? and position = ?", Long.class,
				plan, position);
	}

	public long task(long plan, int position) {
		return this.jdbc.queryForObject("select id from plan_key_task where plan_id = ? and position = ?", Long.class,
				plan, position);
	}

	public long reportVersion(long plan, int year) {
		return this.jdbc.queryForObject("select version from annual_report where plan_id = ? and district_year = ?",
				Long.class, plan, year);
	}

	public String reportStatus(long plan, int year) {
		return this.jdbc.queryForObject("select status from annual_report where plan_id = ? and district_year = ?",
				String.class, plan, year);
	}

	public long actual(long plan, int year, long target) {
		return this.jdbc.queryForObject("""
				select a.id from annual_report_actual a join annual_report r on r.id = a.report_id
				where r.plan_id = ? and r.district_year = ? and a.target_id = ?""", Long.class, plan, year, target);
	}

}
