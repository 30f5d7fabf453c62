package kr.go.sandan.district;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;
import kr.go.sandan.database.CodePointOrder;
import kr.go.sandan.web.NotFoundException;

/**
 * What the district pages read, each in a fixed number of statements whatever the number
 * of districts, targets or reports: districts whose designation is published, their
 * targets with the path, their reports, actuals and tasks. A district is the ministry's
 * and its own region's to read; anyone else is told it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class DistrictViews {

	private final JdbcClient jdbc;

	private final RecommendationsToAnswer recommendations;

	DistrictViews(JdbcClient jdbc, RecommendationsToAnswer recommendations) {
		this.jdbc = jdbc;
		this.recommendations = recommendations;
	}

	/** A district: a plan whose designation is published, with its period. */
	public record District(long planId, long regionId, String regionName, int roundYear, LocalDate start, LocalDate end,
			String status, RoundRules rules) {

		public List<DistrictYear> years() {
			return DistrictYear.of(this.start, this.end);
		}

		/**
		 * When the year's report is due by its round's rule (unless its report holds a
		 * date).
		 */
		public LocalDate dueOf(DistrictYear year) {
			return this.rules.due(year);
		}

		/** District year {@code number}, or 404. */
		public DistrictYear year(int number) {
			return years().stream()
				.filter((y) -> y.number() == number)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("district year", number));
		}

	}

	/**
	 * A numeric target of a district with its path (empty values until the region sets
	 * it).
	 */
	public record Target(long id, String metric, String asWritten, @Nullable String unit,
			@Nullable BigDecimal planValue, @Nullable Integer targetYear, @Nullable BigDecimal baselineValue,
			@Nullable Integer baselineYear, @Nullable BigDecimal year1, @Nullable BigDecimal year2,
			@Nullable BigDecimal year3) {

		/** The target of district year {@code number}. */
		public @Nullable BigDecimal yearTarget(int number) {
			return switch (number) {
				case 1 -> this.year1;
				case 2 -> this.year2;
				default -> this.year3;
			};
		}

	}

	/** The path's confirmation state. */
	public record TargetSet(long version, @Nullable Instant confirmedAt, @Nullable String confirmedBy) {

		public boolean confirmed() {
			return this.confirmedAt != null;
		}

	}

	/** One report, without its rows. */
	public record Report(long id, long planId, int year, LocalDate dueOn, ReportStatus status,
			@Nullable String narrative, @Nullable String revisionComment, @Nullable Instant submittedAt,
			@Nullable Instant acceptedAt, long version) {
	}

	/** One actual of a report. */
	public record Actual(long id, long reportId, int year, long targetId, @Nullable BigDecimal value,
			@Nullable String source, @Nullable String verification, @Nullable String questionReason) {

		public boolean verified() {
			return "VERIFIED".equals(this.verification);
		}

	}

	/**
	 * A key task of the plan with its progress in one report (empty when not yet told).
	 */
	public record Task(long id, String name, @Nullable String status, @Nullable String progress) {
	}

	/**
	 * A requested project the plan's confirmation kept, with its progress in one report
	 * (empty when not yet told).
	 */
	public record Project(long id, String name, @Nullable String status, @Nullable String progress) {
	}

	/**
	 * A recommendation of an earlier annual evaluation the report answers, with the
	 * answer saved in the report (empty when not yet told).
	 */
	public record Answer(long recommendationId, int evaluationYear, String text, LocalDate dueOn,
			@Nullable String status, @Nullable String explanation) {

		public boolean answered() {
			return this.status != null;
		}

	}

	/** A version of a report as submitted. */
	public record Version(int number, Instant submittedAt, String submittedBy, String content) {
	}

	/** A district year whose report is past its due date and was never submitted. */
	public record Overdue(long planId, String regionName, int year, LocalDate dueOn, int roundYear, long regionId) {
	}

	/** What {@link #district(java.sql.ResultSet)} reads, and where from. */
	private static final String DISTRICT_COLUMNS = """
			select p.id, p.region_id, p.region_name, r.year as round_year, p.district_start, p.district_end, p.public_status,
			       s.due_days, s.green_percent, s.amber_percent""";

	private static final String DISTRICT_TABLES = """
			from innovation_plan p join program_round r on r.id = p.round_id
			left join district_round_rules s on s.round_id = r.id""";

	private static final String PUBLISHED_DISTRICTS = """
			where p.public_status in ('DESIGNATED', 'COMPLETED') and p.district_start is not null
			""";

	private static final String DISTRICTS = DISTRICT_COLUMNS + "\n" + DISTRICT_TABLES + "\n" + PUBLISHED_DISTRICTS;

	private static District district(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new District(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_name"),
				rs.getInt("round_year"), rs.getObject("district_start", LocalDate.class),
				rs.getObject("district_end", LocalDate.class), rs.getString("public_status"), rules(rs));
	}

	/** The round's rules of a row that left-joined {@code district_round_rules}. */
	static RoundRules rules(java.sql.ResultSet rs) throws java.sql.SQLException {
		BigDecimal green = rs.getBigDecimal("green_percent");
		return (green != null)
				? new RoundRules(rs.getInt("due_days"), plain(green), plain(rs.getBigDecimal("amber_percent")))
				: RoundRules.DEFAULT;
	}

	/** 90.0 as 90, 72.5 as 72.5 (never 9E+1). */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/** The district for this reader, or 404: the ministry reads all, a region its own. */
	public District readable(long planId, PortalUser user) {
		District district = published(planId);
		if (!mayRead(district, user)) {
			throw new NotFoundException("district", planId);
		}
		return district;
	}

	/**
	 * The district for its own region to change: 404 for anyone else's, 403 for others.
	 */
	District own(long planId, PortalUser user) {
		District district = readable(planId, user);
		if (!isOwnRegion(district, user)) {
			throw new org.springframework.security.access.AccessDeniedException("not the district's region");
		}
		return district;
	}

	/**
	 * The district whoever reads it, or 404; for a module that checks its own readers
	 * (the budget ledger's lines are read by co-funding ministries across districts).
	 */
	public District published(long planId) {
		return this.jdbc.sql(DISTRICTS + " and p.id = :plan")
			.param("plan", planId)
			.query((rs, n) -> district(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("district", planId));
	}

	static boolean mayRead(District district, PortalUser user) {
		return user.has(Role.MINISTRY) || isOwnRegion(district, user);
	}

	static boolean isOwnRegion(District district, PortalUser user) {
		return user.has(Role.REGION) && user.getRegionId() != null && user.getRegionId() == district.regionId();
	}

	/**
	 * Every district, or the region's own when {@code regionId} is given, oldest first.
	 */
	public List<District> districts(@Nullable Long regionId) {
		String sql = DISTRICTS + ((regionId != null) ? " and p.region_id = :region" : "")
				+ " order by r.year, p.region_name";
		var statement = this.jdbc.sql(sql);
		if (regionId != null) {
			statement = statement.param("region", regionId);
		}
		return statement.query((rs, n) -> district(rs)).list();
	}

	/** The numeric targets of the plans, with their paths, in the plans' order. */
	public Map<Long, List<Target>> targets(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Target>> byPlan = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.plan_id, t.id, t.metric, t.as_written, t.unit, t.value, t.target_year, d.baseline_value,
				       d.baseline_year, d.year1_value, d.year2_value, d.year3_value
				from plan_target t left join district_target_path d on d.target_id = t.id
				where t.plan_id in (:plans) and t.value is not null and t.source = (
				    select case when exists (select 1 from plan_target s
				        where s.plan_id = t.plan_id and s.value is not null and s.source = 'PLAN')
				    then 'PLAN' else 'RELEASE_BODY' end)
				order by t.plan_id, t.position""").param("plans", planIds).query((rs, n) -> {
			Target target = target(rs, rs.getLong("id"));
			byPlan.computeIfAbsent(rs.getLong("plan_id"), (k) -> new ArrayList<>()).add(target);
			return target;
		}).list();
		return byPlan;
	}

	/** A target of a row that left-joined {@code district_target_path}. */
	private static Target target(java.sql.ResultSet rs, long id) throws java.sql.SQLException {
		return new Target(id, rs.getString("metric"), rs.getString("as_written"), rs.getString("unit"),
				rs.getBigDecimal("value"), (Integer) rs.getObject("target_year"), rs.getBigDecimal("baseline_value"),
				(Integer) rs.getObject("baseline_year"), rs.getBigDecimal("year1_value"),
				rs.getBigDecimal("year2_value"), rs.getBigDecimal("year3_value"));
	}

	public List<Target> targets(long planId) {
		return targets(List.of(planId)).getOrDefault(planId, List.of());
	}

	/** The path's state, or version 0 and unconfirmed when nobody saved it yet. */
	public TargetSet targetSet(long planId) {
		return this.jdbc.sql("select version, confirmed_at, confirmed_by from district_target_set where plan_id = ?")
			.param(planId)
			.query((rs, n) -> new TargetSet(rs.getLong("version"), instant(rs, "confirmed_at"),
					rs.getString("confirmed_by")))
			.optional()
			.orElse(new TargetSet(0, null, null));
	}

	private static @Nullable Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.sql.Timestamp time = rs.getTimestamp(column);
		return (time != null) ? time.toInstant() : null;
	}

	private static Report report(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Report(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("district_year"),
				rs.getObject("due_on", LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
				rs.getString("narrative"), rs.getString("revision_comment"), instant(rs, "submitted_at"),
				instant(rs, "accepted_at"), rs.getLong("version"));
	}

	/** The reports of the plans. */
	public List<Report> reports(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from annual_report where plan_id in (:plans) order by plan_id, district_year")
			.param("plans", planIds)
			.query((rs, n) -> report(rs))
			.list();
	}

	public Optional<Report> report(long planId, int year) {
		return this.jdbc.sql("select * from annual_report where plan_id = ? and district_year = ?")
			.params(planId, year)
			.query((rs, n) -> report(rs))
			.optional();
	}

	/** The actuals of the plans' reports. */
	public List<Actual> actuals(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.*, r.district_year from annual_report_actual a join annual_report r on r.id = a.report_id
				where r.plan_id in (:plans)""")
			.param("plans", planIds)
			.query((rs, n) -> new Actual(rs.getLong("id"), rs.getLong("report_id"), rs.getInt("district_year"),
					rs.getLong("target_id"), rs.getBigDecimal("value"), rs.getString("source"),
					rs.getString("verification"), rs.getString("question_reason")))
			.list();
	}

	/**
	 * The plan's confirmed requested projects (an outcome other than REJECTED, as the
	 * ledger reads them) with their progress in the report (if any), in one statement.
	 */
	public List<Project> projects(long planId, @Nullable Long reportId) {
		return this.jdbc.sql("""
				select p.id, p.name, r.status, r.progress from plan_requested_project p
				join plan_key_task k on k.id = p.key_task_id
				left join annual_report_project r on r.project_id = p.id and r.report_id = ?
				where k.plan_id = ? and exists (select 1 from project_outcome o
				    where o.plan_id = k.plan_id and o.project_id = p.id and o.outcome <> 'REJECTED')
				order by k.position, p.position""")
			.params((reportId != null) ? reportId : -1L, planId)
			.query((rs, n) -> new Project(rs.getLong("id"), rs.getString("name"), rs.getString("status"),
					rs.getString("progress")))
			.list();
	}

	/**
	 * The recommendations the district's report of the year answers
	 * ({@link RecommendationsToAnswer}) with the report's answers (if any); one the
	 * district reported implemented in an accepted report of an earlier year is not asked
	 * again (two statements).
	 */
	public List<Answer> answers(long planId, DistrictYear year, @Nullable Long reportId) {
		List<RecommendationsToAnswer.Recommendation> due = this.recommendations.of(planId, year);
		if (due.isEmpty()) {
			return List.of();
		}
		Map<Long, String[]> own = new java.util.HashMap<>();
		java.util.Set<Long> implementedBefore = new java.util.HashSet<>();
		this.jdbc.sql("""
				select a.recommendation_id, a.status, a.explanation, r.id = :report as own
				from annual_report_recommendation a join annual_report r on r.id = a.report_id
				where r.plan_id = :plan and (r.id = :report
				    or (r.status = 'ACCEPTED' and r.district_year < :year and a.status = 'IMPLEMENTED'))""")
			.param("report", (reportId != null) ? reportId : -1L)
			.param("plan", planId)
			.param("year", year.number())
			.query((rs) -> {
				if (rs.getBoolean("own")) {
					own.put(rs.getLong("recommendation_id"),
							new String[] { rs.getString("status"), rs.getString("explanation") });
				}
				else {
					implementedBefore.add(rs.getLong("recommendation_id"));
				}
			});
		return due.stream().filter((r) -> own.containsKey(r.id()) || !implementedBefore.contains(r.id())).map((r) -> {
			String[] answer = own.getOrDefault(r.id(), new String[2]);
			return new Answer(r.id(), r.evaluationYear(), r.text(), r.dueOn(), answer[0], answer[1]);
		}).toList();
	}

	/** The plan's key tasks with their progress in the report (if any). */
	public List<Task> tasks(long planId, @Nullable Long reportId) {
		return this.jdbc.sql("""
				select k.id, k.name, t.status, t.progress from plan_key_task k
				left join annual_report_task t on t.key_task_id = k.id and t.report_id = ?
				where k.plan_id = ? order by k.position""")
			.params((reportId != null) ? reportId : -1L, planId)
			.query((rs, n) -> new Task(rs.getLong("id"), rs.getString("name"), rs.getString("status"),
					rs.getString("progress")))
			.list();
	}

	/** The report's submitted versions, newest first. */
	public List<Version> versions(long reportId) {
		return this.jdbc.sql("""
				select number, submitted_at, submitted_by, content::text as content from annual_report_version
				where report_id = ? order by number desc""")
			.param(reportId)
			.query((rs, n) -> new Version(rs.getInt("number"), rs.getTimestamp("submitted_at").toInstant(),
					rs.getString("submitted_by"), rs.getString("content")))
			.list();
	}

	/**
	 * The ministry's comments per section ({@link ReviewForm.Section} name) on the
	 * report's latest submitted version, as it sent the report back (one query).
	 */
	public Map<String, String> sectionComments(long reportId) {
		Map<String, String> comments = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select section, comment from annual_report_section_comment where report_id = :report
					and version_number = (select coalesce(max(number), 0) from annual_report_version where report_id = :report)
					order by id""")
			.param("report", reportId)
			.query((rs, n) -> comments.put(rs.getString(1), rs.getString(2)))
			.list();
		return comments;
	}

	/** A district's figures as the public reads them. */
	public record PublicFigures(District district, List<TargetProgress> progress) {
	}

	/**
	 * What anyone may read of a district's results: its target path and the actuals the
	 * ministry verified in reports it accepted, nothing else (no report before
	 * acceptance, no questioned or unchecked actual, no source, no reason). Empty when
	 * the plan is no published district. One statement.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<PublicFigures> publicFigures(long planId) {
		// one statement (issue 18: three had been a seventh of a fresh plan page): the
		// district, each target of its path (the plan's own figures, or the release's
		// when the plan gave none) and each target's verified actuals of accepted reports
		List<District> district = new ArrayList<>(1);
		Map<Long, Target> targets = new LinkedHashMap<>();
		List<Actual> verified = new ArrayList<>();
		this.jdbc.sql("""
				select p.id, p.region_id, p.region_name, r.year as round_year, p.district_start, p.district_end,
				       p.public_status, s.due_days, s.green_percent, s.amber_percent,
				       t.id as target_id, t.metric, t.as_written, t.unit, t.value, t.target_year, d.baseline_value,
				       d.baseline_year, d.year1_value, d.year2_value, d.year3_value,
				       a.id as actual_id, a.report_id, rep.district_year, a.value as actual_value
				from innovation_plan p join program_round r on r.id = p.round_id
				left join district_round_rules s on s.round_id = r.id
				left join plan_target t on t.plan_id = p.id and t.value is not null and t.source = (
				    select case when exists (select 1 from plan_target o
				        where o.plan_id = p.id and o.value is not null and o.source = 'PLAN')
				    then 'PLAN' else 'RELEASE_BODY' end)
				left join district_target_path d on d.target_id = t.id
				left join (annual_report_actual a join annual_report rep on rep.id = a.report_id
				           and rep.status = 'ACCEPTED')
				    on a.target_id = t.id and rep.plan_id = p.id and a.verification = 'VERIFIED'
				where p.public_status in ('DESIGNATED', 'COMPLETED') and p.district_start is not null and p.id = ?
				order by t.position, rep.district_year""").param(planId).query((java.sql.ResultSet rs) -> {
			if (district.isEmpty()) {
				// the district's columns, the same on every row
				district.add(district(rs));
			}
			long targetId = rs.getLong("target_id");
			if (rs.wasNull()) {
				return;
			}
			if (!targets.containsKey(targetId)) {
				targets.put(targetId, target(rs, targetId));
			}
			long actualId = rs.getLong("actual_id");
			if (!rs.wasNull()) {
				verified.add(new Actual(actualId, rs.getLong("report_id"), rs.getInt("district_year"), targetId,
						rs.getBigDecimal("actual_value"), null, "VERIFIED", null));
			}
		});
		return district.stream()
			.findFirst()
			.map((d) -> new PublicFigures(d,
					TargetProgress.of(List.copyOf(targets.values()), d.years(), verified, d.rules())));
	}

	/**
	 * District years past their report's due date whose report was never submitted, of
	 * every district or of one region's, in the districts' order: one statement, the
	 * districts with their reports' due dates only (the ministry's dashboard and work
	 * list had read every report whole; issue 18).
	 */
	public List<Overdue> overdue(@Nullable Long regionId, LocalDate today) {
		// the districts' own statement with their reports' dates joined
		String sql = DISTRICT_COLUMNS + ", a.district_year, a.due_on, a.submitted_at is not null as submitted\n"
				+ DISTRICT_TABLES + "\nleft join annual_report a on a.plan_id = p.id\n" + PUBLISHED_DISTRICTS
				+ ((regionId != null) ? " and p.region_id = :region" : "") + " order by r.year, p.region_name, p.id";
		var statement = this.jdbc.sql(sql);
		if (regionId != null) {
			statement = statement.param("region", regionId);
		}
		Map<Long, District> districts = new LinkedHashMap<>();
		Map<String, Due> dues = new HashMap<>();
		statement.query((rs) -> {
			long plan = rs.getLong("id");
			if (!districts.containsKey(plan)) {
				districts.put(plan, district(rs));
			}
			int year = rs.getInt("district_year");
			if (!rs.wasNull()) {
				dues.put(plan + "/" + year,
						new Due(rs.getObject("due_on", LocalDate.class), rs.getBoolean("submitted")));
			}
		});
		return overdue(districts.values(), dues, today);
	}

	/**
	 * The years of the districts past their report's due date (the report's own, else the
	 * district's rule) whose report was never submitted, in the districts' order.
	 */
	public static List<Overdue> overdue(List<District> districts, Collection<Report> reports, LocalDate today) {
		Map<String, Due> dues = reports.stream()
			.collect(Collectors.toMap((r) -> r.planId() + "/" + r.year(),
					(r) -> new Due(r.dueOn(), r.submittedAt() != null)));
		return overdue(districts, dues, today);
	}

	/** A report's due date and whether it was ever submitted. */
	private record Due(LocalDate dueOn, boolean submitted) {
	}

	private static List<Overdue> overdue(Collection<District> districts, Map<String, Due> dues, LocalDate today) {
		List<Overdue> overdue = new ArrayList<>();
		for (District district : districts) {
			for (DistrictYear year : district.years()) {
				Due report = dues.get(district.planId() + "/" + year.number());
				LocalDate due = (report != null) ? report.dueOn() : district.dueOf(year);
				boolean neverSubmitted = report == null || !report.submitted();
				if (neverSubmitted && today.isAfter(due)) {
					overdue.add(new Overdue(district.planId(), district.regionName(), year.number(), due,
							district.roundYear(), district.regionId()));
				}
			}
		}
		return overdue;
	}

	/**
	 * A verified actual of a district whose designation is published, against its year's
	 * target, with the attainment by its round's rule.
	 *
	 * @param calendarYear the calendar year the district year falls in (its label)
	 * @param accepted whether its report was accepted: only then is it public
	 */
	public record VerifiedActual(long planId, int roundYear, long regionId, String regionName, String metric,
			@Nullable String unit, int districtYear, int calendarYear, @Nullable BigDecimal target, BigDecimal actual,
			Attainment attainment, boolean accepted) {
	}

	/** Where {@link #verifiedActuals()} keeps a district's first calendar year. */
	private static final int FIRST_CALENDAR_YEAR = Integer.MIN_VALUE;

	/**
	 * Every verified actual of every district whose designation is published (two
	 * statements: the rows, the rounds' rules): what the ministry's dashboard counts
	 * attainment from, and takes the public's from ({@link VerifiedActual#accepted()},
	 * read once for both). The public may read those of accepted reports only
	 * ({@link #acceptedVerifiedActuals()}). The database keeps these rows joined
	 * ({@code verified_actual}, V107), written by the changes of actuals, reports, plans,
	 * targets and target paths themselves.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<VerifiedActual> verifiedActuals() {
		return verifiedActuals("");
	}

	/**
	 * The verified actuals of accepted reports only (two statements): what the public may
	 * read, the others not read at all.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<VerifiedActual> acceptedVerifiedActuals() {
		return verifiedActuals("where accepted");
	}

	/**
	 * How many verified actuals of accepted reports there are (one statement): as many as
	 * {@link #acceptedVerifiedActuals()} lists.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long acceptedVerifiedActualCount() {
		return this.jdbc.sql("select count(*) from verified_actual where accepted").query(Long.class).single();
	}

	/** A kept row of {@code verified_actual}, before its round is known. */
	private record KeptActual(long planId, long roundId, long regionId, String regionName, LocalDate districtStart,
			@Nullable LocalDate districtEnd, String metric, @Nullable String unit, int position, int districtYear,
			boolean accepted, BigDecimal value, @Nullable BigDecimal yearTarget) {
	}

	/** A verified actual with its target's place in the plan, to list it by. */
	private record Listed(VerifiedActual actual, int position) {
	}

	/**
	 * The order the dashboard lists them in: by round, region's name (by code point, as
	 * the database's C collation sorted them), target and year. Sorted here: PostgreSQL's
	 * sort, and its joins to the rounds and their rules, were nine tenths of the
	 * statement's time (issue 18). Written out rather than chained, as
	 * {@code LedgerViews.EXECUTION_ORDER} is, for the compiler to inline.
	 */
	private static int inVerifiedOrder(Listed one, Listed other) {
		int order = Integer.compare(one.actual().roundYear(), other.actual().roundYear());
		if (order == 0) {
			order = CodePointOrder.compare(one.actual().regionName(), other.actual().regionName());
		}
		if (order == 0) {
			order = Integer.compare(one.position(), other.position());
		}
		return (order != 0) ? order : Integer.compare(one.actual().districtYear(), other.actual().districtYear());
	}

	private List<VerifiedActual> verifiedActuals(String condition) {
		List<KeptActual> kept = this.jdbc.sql("""
				select plan_id, round_id, region_id, region_name, district_start, district_end, metric, unit, position,
				       district_year, accepted, value, year_target
				from verified_actual %s""".formatted(condition))
			.query((rs, n) -> new KeptActual(rs.getLong("plan_id"), rs.getLong("round_id"), rs.getLong("region_id"),
					rs.getString("region_name"), rs.getObject("district_start", LocalDate.class),
					rs.getObject("district_end", LocalDate.class), rs.getString("metric"), rs.getString("unit"),
					rs.getInt("position"), rs.getInt("district_year"), rs.getBoolean("accepted"),
					rs.getBigDecimal("value"), rs.getBigDecimal("year_target")))
			.list();
		if (kept.isEmpty()) {
			return List.of();
		}
		// read after the rows: a round is never removed, so every row's round is here
		Map<Long, RoundSetting> rounds = this.jdbc.sql(ROUND_SETTINGS)
			.query(DistrictViews::roundSetting)
			.list()
			.stream()
			.collect(Collectors.toMap(RoundSetting::roundId, Function.identity()));
		// the district's years worked out once per district, not per figure
		Map<Long, Map<Integer, Integer>> calendarYears = new HashMap<>();
		List<Listed> actuals = new ArrayList<>(kept.size());
		for (KeptActual row : kept) {
			Map<Integer, Integer> years = calendarYears.computeIfAbsent(row.planId(), (plan) -> {
				Map<Integer, Integer> labels = new HashMap<>();
				for (DistrictYear year : DistrictYear.of(row.districtStart(), row.districtEnd())) {
					labels.put(year.number(), year.label());
				}
				labels.put(FIRST_CALENDAR_YEAR, row.districtStart().getYear());
				return labels;
			});
			int calendarYear = years.getOrDefault(row.districtYear(),
					years.get(FIRST_CALENDAR_YEAR) + row.districtYear() - 1);
			RoundSetting round = rounds.get(row.roundId());
			actuals.add(new Listed(new VerifiedActual(row.planId(), round.year(), row.regionId(), row.regionName(),
					row.metric(), row.unit(), row.districtYear(), calendarYear, row.yearTarget(), row.value(),
					round.rules().attainment(row.yearTarget(), row.value()), row.accepted()), row.position()));
		}
		actuals.sort(DistrictViews::inVerifiedOrder);
		return actuals.stream().map(Listed::actual).toList();
	}

	/**
	 * A round's district rules as the ministry set them (defaults before), with its
	 * version.
	 */
	public record RoundSetting(long roundId, int year, RoundRules rules, long version) {
	}

	/** The rules of the round of {@code year}, or empty when there is no such round. */
	public Optional<RoundSetting> roundSetting(int year) {
		return this.jdbc.sql(ROUND_SETTINGS + " where r.year = ?")
			.param(year)
			.query(DistrictViews::roundSetting)
			.optional();
	}

	private static final String ROUND_SETTINGS = """
			select r.id, r.year, s.due_days, s.green_percent, s.amber_percent, coalesce(s.version, 0) as version
			from program_round r left join district_round_rules s on s.round_id = r.id""";

	private static RoundSetting roundSetting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new RoundSetting(rs.getLong("id"), rs.getInt("year"), rules(rs), rs.getLong("version"));
	}

}
