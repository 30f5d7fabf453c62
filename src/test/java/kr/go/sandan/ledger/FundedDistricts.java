package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.district.DesignatedDistricts;

/**
 * Test districts with confirmed budgets: a designated district (see
 * {@link DesignatedDistricts}) whose requested projects the round's final confirmation
 * funded, each for the given years with 800 national, 200 local and 100 private (KRW
 * million). Written straight to the database: the confirmation's own journey is tested in
 * the decision module.
 */
public final class FundedDistricts {

	private final JdbcTemplate jdbc;

	private final DesignatedDistricts districts;

	public FundedDistricts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.districts = new DesignatedDistricts(jdbc);
	}

	/**
	 * The plan's id; its projects are funded for {@code years} years from the round's.
	 */
	public long funded(int roundYear, String regionCode, String regionName, int projects, int years) {
		long plan = this.districts.designated(roundYear, regionCode, regionName, LocalDate.of(roundYear + 1, 1, 1),
				LocalDate.of(roundYear + 3, 12, 31), 0, 1);
		long task = this.districts.task(plan, 0);
		this.jdbc.update("""
				insert into committee_meeting (held_on, title, round_id, kind)
				select ?, '최종 확정 (테스트)', r.id, 'FINAL_CONFIRMATION' from program_round r where r.year = ?
				on conflict do nothing""", LocalDate.of(roundYear, 12, 1), roundYear);
		long meeting = this.jdbc.queryForObject("""
				select m.id from committee_meeting m join program_round r on r.id = m.round_id
				where r.year = ? and m.kind = 'FINAL_CONFIRMATION'""", Long.class, roundYear);
		for (int i = 0; i < projects; i++) {
			long project = this.jdbc.queryForObject("""
					insert into plan_requested_project (key_task_id, position, name, lead_ministry)
					values (?, ?, ?, 'MOTIE') returning id""", Long.class, task, i, "확정사업 " + (i + 1));
			long outcome = this.jdbc.queryForObject("""
					insert into project_outcome (meeting_id, plan_id, project_id, outcome, lead_ministry)
					values (?, ?, ?, 'APPROVED', 'MOTIE') returning id""", Long.class, meeting, plan, project);
			for (int y = 0; y < years; y++) {
				this.jdbc.update("""
						insert into project_outcome_budget (outcome_id, year, national, local, private_funds)
						values (?, ?, ?, ?, ?)""", outcome, roundYear + 1 + y, new BigDecimal("800"),
						new BigDecimal("200"), new BigDecimal("100"));
			}
		}
		// a project the committee did not fund has no ledger
		long rejected = this.jdbc.queryForObject("""
				insert into plan_requested_project (key_task_id, position, name, lead_ministry)
				values (?, ?, '미반영 사업', 'MOTIE') returning id""", Long.class, task, projects);
		this.jdbc.update("""
				insert into project_outcome (meeting_id, plan_id, project_id, outcome, lead_ministry)
				values (?, ?, ?, 'REJECTED', 'MOTIE')""", meeting, plan, rejected);
		return plan;
	}

	public long project(long plan, int position) {
		return this.jdbc.queryForObject("""
				select p.id from plan_requested_project p join plan_key_task k on k.id = p.key_task_id
				where k.plan_id = ? and p.position = ?""", Long.class, plan, position);
	}

	int entries(long plan) {
		return this.jdbc.queryForObject("select count(*) from budget_ledger_entry where plan_id = ?", Integer.class,
				plan);
	}

	long version(long plan, long project, int year, String source) {
		return this.jdbc.queryForObject("""
				select coalesce(max(id), 0) from budget_ledger_entry
				where plan_id = ? and project_id = ? and year = ? and source = ?""", Long.class, plan, project, year,
				source);
	}

}
