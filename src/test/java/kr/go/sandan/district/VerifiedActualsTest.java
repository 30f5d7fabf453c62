package kr.go.sandan.district;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import kr.go.sandan.support.Interleaved;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The verified actuals of published districts, kept by the database with every change to
 * what they show (V107): after each kind of change the same as working them out from the
 * actuals, reports, plans, targets and paths, which is what the readers did before (issue
 * 18), whatever order two writers' transactions commit in.
 */
class VerifiedActualsTest extends WorkflowTestSupport {

	/** Every verified actual worked out from scratch, as the readers did before V107. */
	private static final String FROM_SCRATCH = """
			select a.id as actual_id, p.id as plan_id, p.round_id, p.region_id, p.region_name, p.district_start,
			       p.district_end, t.metric, t.unit, t.position, rep.district_year, rep.status = 'ACCEPTED' as accepted,
			       a.value,
			       case rep.district_year when 1 then d.year1_value when 2 then d.year2_value else d.year3_value end
			           as year_target
			from annual_report_actual a
			join annual_report rep on rep.id = a.report_id
			join innovation_plan p on p.id = rep.plan_id
			join plan_target t on t.id = a.target_id
			left join district_target_path d on d.target_id = t.id
			where p.public_status in ('DESIGNATED', 'COMPLETED') and p.district_start is not null
			  and a.verification = 'VERIFIED' and a.value is not null""";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private DistrictViews views;

	/** The rows kept that differ from the rows worked out from scratch, either way. */
	private long differences() {
		return this.jdbc.queryForObject("""
				select count(*) from (%s) s full join verified_actual v using (actual_id)
				where (s.plan_id, s.round_id, s.region_id, s.region_name, s.district_start, s.district_end, s.metric,
				       s.unit, s.position, s.district_year, s.accepted, s.value, s.year_target)
				      is distinct from
				      (v.plan_id, v.round_id, v.region_id, v.region_name, v.district_start, v.district_end, v.metric,
				       v.unit, v.position, v.district_year, v.accepted, v.value, v.year_target)"""
			.formatted(FROM_SCRATCH), Long.class);
	}

	/** The district's verified actuals as the dashboard reads them, one line each. */
	private List<String> shown(long plan) {
		return this.views.verifiedActuals()
			.stream()
			.filter((a) -> a.planId() == plan)
			.map((a) -> a.regionName() + " " + a.metric() + " " + a.districtYear() + "년차(" + a.calendarYear() + ") "
					+ ((a.target() != null) ? a.target().stripTrailingZeros().toPlainString() : "-") + "/"
					+ a.actual().stripTrailingZeros().toPlainString() + (a.accepted() ? " 수용" : " 미수용"))
			.toList();
	}

	/** The district's attainments, by its round's rules, in the same order. */
	private List<String> attainments(long plan) {
		return this.views.verifiedActuals()
			.stream()
			.filter((a) -> a.planId() == plan)
			.map((a) -> a.attainment().status().name())
			.toList();
	}

	private void keptAsFromScratch() {
		assertThat(differences()).isZero();
	}

	@Test
	void theKeptActualsFollowEveryChangeToWhatTheyShow() {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(2964, "ULSAN", "울산광역시", LocalDate.of(2965, 1, 1), LocalDate.of(2967, 12, 31),
				3, 1);
		long jobs = districts.target(plan, 0);
		long firms = districts.target(plan, 1);

		// an accepted report's verified actual, before any yearly target
		districts.acceptedReport(plan, 1, LocalDate.of(2966, 2, 28), "1차년도");
		assertThat(shown(plan)).containsExactly("울산광역시 JOBS_CREATED 1년차(2965) -/320 수용");
		keptAsFromScratch();

		// the yearly targets set
		this.jdbc.update("insert into district_target_set (plan_id, version) values (?, 1)", plan);
		this.jdbc.update("""
				insert into district_target_path (target_id, plan_id, year1_value, year2_value, year3_value)
				values (?, ?, 300, 600, 1000), (?, ?, 10, 25, 40)""", jobs, plan, firms, plan);
		assertThat(shown(plan)).containsExactly("울산광역시 JOBS_CREATED 1년차(2965) 300/320 수용");
		keptAsFromScratch();

		// the second year's report: a region's figure is not shown until verified, nor
		// public until accepted
		long second = this.jdbc.queryForObject("""
				insert into annual_report (plan_id, district_year, due_on, status, submitted_at)
				values (?, 2, date '2967-02-28', 'SUBMITTED', now()) returning id""", Long.class, plan);
		this.jdbc.update(
				"insert into annual_report_actual (report_id, target_id, value, source) values (?, ?, 18, '통계')",
				second, firms);
		assertThat(shown(plan)).hasSize(1);
		this.jdbc.update("update annual_report_actual set verification = 'VERIFIED' where report_id = ?", second);
		assertThat(shown(plan)).containsExactly("울산광역시 JOBS_CREATED 1년차(2965) 300/320 수용",
				"울산광역시 FIRMS_ATTRACTED 2년차(2966) 25/18 미수용");
		this.jdbc.update("update annual_report set status = 'ACCEPTED', accepted_at = now() where id = ?", second);
		assertThat(shown(plan)).endsWith("울산광역시 FIRMS_ATTRACTED 2년차(2966) 25/18 수용");
		keptAsFromScratch();

		// attainment by the round's rules (read beside the kept rows): 106.7 % and 72 %
		assertThat(attainments(plan)).containsExactly("GREEN", "AMBER");
		this.jdbc.update("""
				insert into district_round_rules (round_id, due_days, green_percent, amber_percent)
				select id, 60, 110, 75 from program_round where year = 2964""");
		assertThat(attainments(plan)).containsExactly("AMBER", "RED");

		// a figure corrected, a target renamed and moved before the other, a year's
		// target
		// changed and another's removed
		this.jdbc.update("update annual_report_actual set value = 21 where report_id = ?", second);
		this.jdbc.update("update plan_target set metric = 'FIRMS_RELOCATED', position = 7 where id = ?", firms);
		this.jdbc.update("update plan_target set position = 9 where id = ?", jobs);
		this.jdbc.update("update district_target_path set year2_value = 30 where target_id = ?", firms);
		this.jdbc.update("delete from district_target_path where target_id = ?", jobs);
		assertThat(shown(plan)).containsExactly("울산광역시 FIRMS_RELOCATED 2년차(2966) 30/21 수용",
				"울산광역시 JOBS_CREATED 1년차(2965) -/320 수용");
		keptAsFromScratch();

		// a revision requested of the accepted report, a figure questioned
		this.jdbc.update("update annual_report set status = 'REVISION_REQUESTED' where id = ?", second);
		assertThat(shown(plan)).containsExactly("울산광역시 FIRMS_RELOCATED 2년차(2966) 30/21 미수용",
				"울산광역시 JOBS_CREATED 1년차(2965) -/320 수용");
		this.jdbc.update("""
				update annual_report_actual set verification = 'QUESTIONED', question_reason = '근거 부족'
				where report_id = ?""", second);
		assertThat(shown(plan)).containsExactly("울산광역시 JOBS_CREATED 1년차(2965) -/320 수용");
		keptAsFromScratch();

		// the district's period and region's name changed, then the designation withdrawn
		// and restored, and its figure removed
		this.jdbc.update(
				"update innovation_plan set district_start = date '2966-01-01', region_name = '울산' where id = ?", plan);
		assertThat(shown(plan)).containsExactly("울산 JOBS_CREATED 1년차(2966) -/320 수용");
		this.jdbc.update("update innovation_plan set public_status = 'WITHDRAWN' where id = ?", plan);
		assertThat(shown(plan)).isEmpty();
		keptAsFromScratch();
		this.jdbc.update("update innovation_plan set public_status = 'COMPLETED' where id = ?", plan);
		assertThat(shown(plan)).hasSize(1);
		this.jdbc.update("""
				delete from annual_report_actual where report_id in (select id from annual_report where plan_id = ?)
				  and verification = 'VERIFIED'""", plan);
		assertThat(shown(plan)).isEmpty();
		keptAsFromScratch();
	}

	@Test
	void twoOfficersVerifyingOneDistrictAtOnceKeepBothFigures() throws Exception {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(2964, "JEJU", "제주특별자치도", LocalDate.of(2965, 1, 1), LocalDate.of(2967, 12, 31),
				3, 1);
		long report = this.jdbc.queryForObject("""
				insert into annual_report (plan_id, district_year, due_on, status, submitted_at)
				values (?, 1, date '2966-02-28', 'SUBMITTED', now()) returning id""", Long.class, plan);
		for (int i = 0; i < 3; i++) {
			this.jdbc.update("""
					insert into annual_report_actual (report_id, target_id, value, source) values (?, ?, ?, '통계')""",
					report, districts.target(plan, i), 100 + i);
		}
		// a figure verified before: both transactions work out its row again
		this.jdbc.update(
				"update annual_report_actual set verification = 'VERIFIED' where report_id = ? and target_id = ?",
				report, districts.target(plan, 2));

		// the second transaction works the district out while the first, which verified
		// the
		// other figure, has not committed: it waits, then keeps the first's row as well
		String verify = "update annual_report_actual set verification = 'VERIFIED' where report_id = ? and target_id = ?";
		Interleaved<Integer, Integer> updated = Interleaved.run(this.dataSource,
				(jdbc) -> jdbc.update(verify, report, districts.target(plan, 0)),
				(jdbc) -> jdbc.update(verify, report, districts.target(plan, 1)));
		assertThat(updated).isEqualTo(new Interleaved<>(1, 1));
		assertThat(shown(plan)).containsExactly("제주특별자치도 JOBS_CREATED 1년차(2965) -/100 미수용",
				"제주특별자치도 FIRMS_ATTRACTED 1년차(2965) -/101 미수용", "제주특별자치도 STARTUPS 1년차(2965) -/102 미수용");
		keptAsFromScratch();
	}

	@Test
	void thePortalOnlyReadsTheKeptActuals() {
		// the portal connects as a role of its own (least privilege, as in every test):
		// it
		// reads the kept rows and may not write them; only the changes of their sources
		// do
		for (String change : new String[] { "update verified_actual set value = 1", "delete from verified_actual", """
				insert into verified_actual (actual_id, plan_id, round_id, region_id, region_name, district_start,
				    metric, position, district_year, accepted, value)
				select a.id, r.plan_id, 1, 1, '-', date '2965-01-01', '-', 0, 1, true, 1
				from annual_report_actual a join annual_report r on r.id = a.report_id limit 1""" }) {
			assertThatThrownBy(() -> this.jdbc.update(change))
				.hasStackTraceContaining("permission denied for table verified_actual");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from verified_actual", Long.class)).isNotNull();
		// nor have a district's rows worked out again (V109: the owner's triggers only)
		assertThatThrownBy(() -> this.jdbc.queryForList("select verified_actuals_of(0)"))
			.hasStackTraceContaining("permission denied for function verified_actuals_of");
	}

}
