package kr.go.sandan.annual;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.district.DistrictYear;
import kr.go.sandan.district.ReportStatus;
import kr.go.sandan.evaluation.Aggregation;
import kr.go.sandan.evaluation.Scoring;
import kr.go.sandan.evaluation.SheetStatus;

/**
 * What the annual evaluation reads, each in one statement whatever the number of
 * districts, evaluators or sheets.
 */
@Component
class AnnualViews {

	private final JdbcClient jdbc;

	private final DistrictViews districts;

	private final JsonMapper json;

	AnnualViews(JdbcClient jdbc, DistrictViews districts, JsonMapper json) {
		this.jdbc = jdbc;
		this.districts = districts;
		this.json = json;
	}

	/**
	 * How the district says, in the report version its evaluators read, it followed
	 * earlier recommendations (one statement).
	 */
	@SuppressWarnings("unchecked")
	List<FollowUp> followUps(Subject subject) {
		return this.jdbc.sql("select content::text from annual_report_version where report_id = ? and number = ?")
			.params(subject.reportId(), subject.reportVersion())
			.query(String.class)
			.optional()
			.map((content) -> FollowUp.of(this.json.readValue(content, LinkedHashMap.class)))
			.orElse(List.of());
	}

	/** A year's committee and its rules. */
	public record Evaluation(long id, int year, Aggregation aggregation, BigDecimal divergenceThreshold,
			BigDecimal outlierThreshold, int minimumEvaluators, Instant formedAt, @Nullable Instant startedAt,
			@Nullable Instant completedAt, @Nullable Instant publishedAt, long version) {

		public AnnualStage stage() {
			if (this.publishedAt != null) {
				return AnnualStage.PUBLISHED;
			}
			if (this.completedAt != null) {
				return AnnualStage.COMPLETED;
			}
			return (this.startedAt != null) ? AnnualStage.IN_PROGRESS : AnnualStage.FORMING;
		}

		public Scoring.Rules rules() {
			return new Scoring.Rules(this.aggregation, this.divergenceThreshold, this.outlierThreshold,
					this.minimumEvaluators);
		}

	}

	public record Member(long accountId, Instant addedAt, @Nullable Instant pledgeSignedAt) {

		public boolean signed() {
			return this.pledgeSignedAt != null;
		}

	}

	/** A district year under evaluation, with the ministry's decision once recorded. */
	public record Subject(long id, long evaluationId, long planId, int districtYear, long reportId, int reportVersion,
			long regionId, String regionName, @Nullable String rating, @Nullable String budgetKind,
			@Nullable BigDecimal budgetValue, @Nullable String budgetReason, @Nullable Instant decidedAt,
			@Nullable String notice, @Nullable LocalDate noticeOn, @Nullable String noticeReason, long version) {

		public boolean decided() {
			return this.decidedAt != null;
		}

	}

	public record Recommendation(long id, long subjectId, int position, String text, LocalDate dueOn) {
	}

	public record Conflict(long accountId, long subjectId, String reason, @Nullable String detail) {
	}

	public record Sheet(long id, long accountId, long subjectId, SheetStatus status, @Nullable String opinion,
			@Nullable Instant submittedAt, long version, Map<Long, BigDecimal> scores, Map<Long, String> comments,
			@Nullable String reopenedReason) {

		public boolean submitted() {
			return this.status == SheetStatus.SUBMITTED;
		}

	}

	/** A district year of the calendar year whose report is accepted. */
	public record Candidate(DistrictViews.District district, DistrictYear year, DistrictViews.Report report) {
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Evaluation evaluation(ResultSet rs) throws SQLException {
		return new Evaluation(rs.getLong("id"), rs.getInt("year"), Aggregation.valueOf(rs.getString("aggregation")),
				rs.getBigDecimal("divergence_threshold"), rs.getBigDecimal("outlier_threshold"),
				rs.getInt("minimum_evaluators"), instant(rs, "formed_at"), instant(rs, "started_at"),
				instant(rs, "completed_at"), instant(rs, "published_at"), rs.getLong("version"));
	}

	Optional<Evaluation> ofYear(int year) {
		return this.jdbc.sql("select * from annual_evaluation where year = ?")
			.param(year)
			.query((rs, n) -> evaluation(rs))
			.optional();
	}

	Optional<Evaluation> byId(long id) {
		return this.jdbc.sql("select * from annual_evaluation where id = ?")
			.param(id)
			.query((rs, n) -> evaluation(rs))
			.optional();
	}

	List<Scoring.Indicator> indicators(long evaluationId) {
		return this.jdbc.sql("select * from annual_indicator where evaluation_id = ? order by position")
			.param(evaluationId)
			.query((rs, n) -> new Scoring.Indicator(rs.getLong("id"), rs.getString("name"), rs.getBigDecimal("weight"),
					rs.getInt("position")))
			.list();
	}

	RatingScale scale(long evaluationId) {
		return new RatingScale(this.jdbc
			.sql("select label, min_score from annual_rating_band where evaluation_id = ? order by position")
			.param(evaluationId)
			.query((rs, n) -> new RatingScale.Band(rs.getString("label"), rs.getBigDecimal("min_score")))
			.list());
	}

	List<Member> members(long evaluationId) {
		return this.jdbc.sql("select * from annual_member where evaluation_id = ? order by added_at, id")
			.param(evaluationId)
			.query((rs, n) -> new Member(rs.getLong("account_id"), instant(rs, "added_at"),
					instant(rs, "pledge_signed_at")))
			.list();
	}

	private static final String SUBJECTS = """
			select s.*, p.region_id, p.region_name from annual_subject s join innovation_plan p on p.id = s.plan_id
			""";

	private static Subject subject(ResultSet rs) throws SQLException {
		return new Subject(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getLong("plan_id"),
				rs.getInt("district_year"), rs.getLong("report_id"), rs.getInt("report_version"),
				rs.getLong("region_id"), rs.getString("region_name"), rs.getString("rating"),
				rs.getString("budget_kind"), rs.getBigDecimal("budget_value"), rs.getString("budget_reason"),
				instant(rs, "decided_at"), rs.getString("notice"), rs.getObject("notice_on", LocalDate.class),
				rs.getString("notice_reason"), rs.getLong("version"));
	}

	List<Subject> subjects(long evaluationId) {
		return this.jdbc.sql(SUBJECTS + " where s.evaluation_id = ? order by p.region_name, s.id")
			.param(evaluationId)
			.query((rs, n) -> subject(rs))
			.list();
	}

	/**
	 * How often the district was rated the lowest of its committee's scale in published
	 * evaluations before the given year (one statement).
	 */
	int lowestRatingsBefore(long planId, int year) {
		return this.jdbc.sql("""
				select count(*) from annual_subject s join annual_evaluation e on e.id = s.evaluation_id
				where s.plan_id = ? and e.year < ? and e.published_at is not null
				  and s.rating = (select b.label from annual_rating_band b where b.evaluation_id = e.id
				                  order by b.min_score limit 1)""").params(planId, year).query(Integer.class).single();
	}

	/** The district's subjects in published evaluations, oldest year first. */
	List<Subject> publishedSubjectsOf(long planId) {
		return this.jdbc.sql(SUBJECTS + """
				join annual_evaluation e on e.id = s.evaluation_id
				where s.plan_id = ? and e.published_at is not null order by e.year""")
			.param(planId)
			.query((rs, n) -> subject(rs))
			.list();
	}

	Optional<Subject> subject(long evaluationId, long subjectId) {
		return this.jdbc.sql(SUBJECTS + " where s.evaluation_id = ? and s.id = ?")
			.params(evaluationId, subjectId)
			.query((rs, n) -> subject(rs))
			.optional();
	}

	List<Recommendation> recommendations(long evaluationId) {
		return this.jdbc.sql("""
				select r.* from annual_recommendation r join annual_subject s on s.id = r.subject_id
				where s.evaluation_id = ? order by r.subject_id, r.position""")
			.param(evaluationId)
			.query((rs, n) -> new Recommendation(rs.getLong("id"), rs.getLong("subject_id"), rs.getInt("position"),
					rs.getString("text"), rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	List<Conflict> conflicts(long evaluationId) {
		return this.jdbc.sql("select * from annual_conflict where evaluation_id = ? order by recorded_at, id")
			.param(evaluationId)
			.query((rs, n) -> new Conflict(rs.getLong("account_id"), rs.getLong("subject_id"), rs.getString("reason"),
					rs.getString("detail")))
			.list();
	}

	/** The sheets of the evaluation (or of one evaluator in it), with their scores. */
	List<Sheet> sheets(long evaluationId, @Nullable Long accountId) {
		Map<Long, Map<Long, BigDecimal>> scores = new HashMap<>();
		Map<Long, Map<Long, String>> comments = new HashMap<>();
		this.jdbc
			.sql("""
					select c.* from annual_score c join annual_sheet s on s.id = c.sheet_id
					where s.evaluation_id = :evaluation and (cast(:account as bigint) is null or s.account_id = :account)""")
			.param("evaluation", evaluationId)
			.param("account", accountId)
			.query((rs) -> {
				long sheet = rs.getLong("sheet_id");
				scores.computeIfAbsent(sheet, (k) -> new LinkedHashMap<>())
					.put(rs.getLong("indicator_id"), rs.getBigDecimal("score"));
				if (rs.getString("comment") != null) {
					comments.computeIfAbsent(sheet, (k) -> new LinkedHashMap<>())
						.put(rs.getLong("indicator_id"), rs.getString("comment"));
				}
			});
		return this.jdbc.sql("""
				select * from annual_sheet
				where evaluation_id = :evaluation and (cast(:account as bigint) is null or account_id = :account)
				order by subject_id, account_id""")
			.param("evaluation", evaluationId)
			.param("account", accountId)
			.query((rs, n) -> new Sheet(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("subject_id"),
					SheetStatus.valueOf(rs.getString("status")), rs.getString("opinion"), instant(rs, "submitted_at"),
					rs.getLong("version"), scores.getOrDefault(rs.getLong("id"), Map.of()),
					comments.getOrDefault(rs.getLong("id"), Map.of()), rs.getString("reopened_reason")))
			.list();
	}

	/** The evaluations the account is a member of, newest year first. */
	List<Evaluation> ofMember(long accountId) {
		return this.jdbc.sql("""
				select e.* from annual_evaluation e join annual_member m on m.evaluation_id = e.id
				where m.account_id = ? order by e.year desc""")
			.param(accountId)
			.query((rs, n) -> evaluation(rs))
			.list();
	}

	/** The published evaluations, newest year first. */
	List<Evaluation> published() {
		return this.jdbc.sql("select * from annual_evaluation where published_at is not null order by year desc")
			.query((rs, n) -> evaluation(rs))
			.list();
	}

	/**
	 * Every year with an annual evaluation or an accepted report to evaluate, newest
	 * first (three statements).
	 */
	List<Integer> years() {
		java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
		years.addAll(this.jdbc.sql("select year from annual_evaluation").query(Integer.class).list());
		List<DistrictViews.District> all = this.districts.districts(null);
		Map<String, DistrictViews.Report> reports = new HashMap<>();
		this.districts.reports(all.stream().map(DistrictViews.District::planId).toList())
			.forEach((report) -> reports.put(report.planId() + "/" + report.year(), report));
		for (DistrictViews.District district : all) {
			for (DistrictYear districtYear : district.years()) {
				DistrictViews.Report report = reports.get(district.planId() + "/" + districtYear.number());
				if (report != null && report.status() == ReportStatus.ACCEPTED) {
					years.add(districtYear.label());
				}
			}
		}
		return List.copyOf(years);
	}

	/**
	 * The district years of the calendar year (the year most of a district year falls in)
	 * whose report is accepted, by region name (two statements).
	 */
	List<Candidate> candidates(int year) {
		List<DistrictViews.District> all = this.districts.districts(null);
		Map<String, DistrictViews.Report> reports = new HashMap<>();
		this.districts.reports(all.stream().map(DistrictViews.District::planId).toList())
			.forEach((report) -> reports.put(report.planId() + "/" + report.year(), report));
		List<Candidate> candidates = new ArrayList<>();
		for (DistrictViews.District district : all) {
			for (DistrictYear districtYear : district.years()) {
				DistrictViews.Report report = reports.get(district.planId() + "/" + districtYear.number());
				if (districtYear.label() == year && report != null && report.status() == ReportStatus.ACCEPTED) {
					candidates.add(new Candidate(district, districtYear, report));
				}
			}
		}
		return candidates;
	}

}
