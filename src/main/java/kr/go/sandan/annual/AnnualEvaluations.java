package kr.go.sandan.annual;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.Evaluators;
import kr.go.sandan.account.PortalUser;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.evaluation.ConflictReason;
import kr.go.sandan.evaluation.ConflictsOfInterest;
import kr.go.sandan.evaluation.Scoring;
import kr.go.sandan.notification.Notifications;
import kr.go.sandan.web.ConflictException;
import kr.go.sandan.web.NotFoundException;

/**
 * Every change of a year's annual evaluation by the ministry: forming the committee, its
 * rules, indicators and scale, its members, the start (the accepted reports become its
 * districts, every member is assigned every district, conflicts are found as for a call),
 * the completion, each district's decision and the publication. Each change holds the
 * year's lock (a double submit happens once), checks the version the officer read (409
 * when someone changed it since), follows {@link AnnualStage} and is audited in the same
 * transaction. The evaluators' part is {@link AnnualSheets}.
 */
@Service
@Transactional
public class AnnualEvaluations {

	static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("10.00");

	private final JdbcClient jdbc;

	private final AnnualViews views;

	private final Evaluators evaluators;

	private final ConflictsOfInterest conflicts;

	private final TransactionLocks locks;

	private final AuditLog audit;

	private final Clock clock;

	private final AnnualBudgetFeed budgetFeed;

	private final Notifications notifications;

	AnnualEvaluations(JdbcClient jdbc, AnnualViews views, Evaluators evaluators, ConflictsOfInterest conflicts,
			TransactionLocks locks, AuditLog audit, Clock clock, Notifications notifications,
			AnnualBudgetFeed budgetFeed) {
		this.budgetFeed = budgetFeed;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.views = views;
		this.evaluators = evaluators;
		this.conflicts = conflicts;
		this.locks = locks;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Forms the year's committee with the usual rules (trimmed mean, three evaluators),
	 * four indicators and the scale 우수 80 / 보통 60 / 미흡 0, all to be changed before the
	 * start. Forming it twice forms one.
	 */
	public void form(int year, PortalUser officer) {
		this.locks.serialize("annual-evaluation", year);
		if (this.views.ofYear(year).isPresent()) {
			return;
		}
		long id = this.jdbc.sql("""
				insert into annual_evaluation (year, aggregation, divergence_threshold, outlier_threshold,
				    minimum_evaluators, formed_at, formed_by) values (?, 'TRIMMED_MEAN', ?, ?, 3, ?, ?) returning id""")
			.params(year, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD, Timestamp.from(this.clock.instant()),
					officer.getUsername())
			.query(Long.class)
			.single();
		String[] names = { "성과목표 달성도", "예산 집행 실적", "핵심과제 추진 실적", "추진체계 운영" };
		String[] weights = { "40", "20", "30", "10" };
		for (int i = 0; i < names.length; i++) {
			this.jdbc.sql("insert into annual_indicator (evaluation_id, position, name, weight) values (?, ?, ?, ?)")
				.params(id, i, names[i], new BigDecimal(weights[i]))
				.update();
		}
		String[] labels = { "우수", "보통", "미흡" };
		String[] cutOffs = { "80", "60", "0" };
		for (int i = 0; i < labels.length; i++) {
			this.jdbc
				.sql("insert into annual_rating_band (evaluation_id, position, label, min_score) values (?, ?, ?, ?)")
				.params(id, i, labels[i], new BigDecimal(cutOffs[i]))
				.update();
		}
		this.audit
			.record(AuditEntry.of("ANNUAL_EVALUATION_FORMED", "annual_evaluation", id, null, Map.of("year", year)));
	}

	/**
	 * Sets the committee's rules, indicators and rating scale; only before the start. A
	 * broken rule is told as a message key with the field it belongs to.
	 */
	public void setCommittee(int year, CommitteeForm form) {
		this.locks.serialize("annual-evaluation", year);
		AnnualViews.Evaluation evaluation = current(year, form.getVersion());
		requireStage(evaluation, AnnualStage.FORMING);
		List<CommitteeForm.IndicatorRow> indicators = form.filledIndicators();
		List<CommitteeForm.BandRow> bands = form.filledBands();
		if (indicators.isEmpty()) {
			throw new AnnualRuleException("indicators", "annual.error.noIndicators");
		}
		if (indicators.stream().anyMatch((row) -> row.getName() == null || row.getName().isBlank())
				|| indicators.stream().anyMatch((row) -> row.getWeight() == null)) {
			throw new AnnualRuleException("indicators", "annual.error.indicatorIncomplete");
		}
		if (bands.stream().anyMatch((row) -> row.getLabel() == null || row.getLabel().isBlank())
				|| bands.stream().anyMatch((row) -> row.getMinScore() == null)) {
			throw new AnnualRuleException("bands", "annual.error.bandIncomplete");
		}
		List<RatingScale.Band> scale = bands.stream()
			.map((row) -> new RatingScale.Band(row.getLabel().strip(), row.getMinScore()))
			.toList();
		String problem = RatingScale.problem(scale);
		if (problem != null) {
			throw new AnnualRuleException("bands", problem);
		}
		Map<String, Object> before = rules(evaluation, this.views.indicators(evaluation.id()),
				this.views.scale(evaluation.id()));
		this.jdbc.sql("delete from annual_indicator where evaluation_id = ?").param(evaluation.id()).update();
		this.jdbc.sql("delete from annual_rating_band where evaluation_id = ?").param(evaluation.id()).update();
		for (int i = 0; i < indicators.size(); i++) {
			this.jdbc.sql("insert into annual_indicator (evaluation_id, position, name, weight) values (?, ?, ?, ?)")
				.params(evaluation.id(), i, indicators.get(i).getName().strip(), indicators.get(i).getWeight())
				.update();
		}
		List<RatingScale.Band> ordered = new RatingScale(scale).bands();
		for (int i = 0; i < ordered.size(); i++) {
			this.jdbc
				.sql("insert into annual_rating_band (evaluation_id, position, label, min_score) values (?, ?, ?, ?)")
				.params(evaluation.id(), i, ordered.get(i).label(), ordered.get(i).minScore())
				.update();
		}
		this.jdbc.sql("""
				update annual_evaluation set aggregation = ?, divergence_threshold = ?, outlier_threshold = ?,
				    minimum_evaluators = ?, version = version + 1 where id = ?""")
			.params(form.getAggregation().name(), form.getDivergenceThreshold(), form.getOutlierThreshold(),
					form.getMinimumEvaluators(), evaluation.id())
			.update();
		AnnualViews.Evaluation after = this.views.byId(evaluation.id()).orElseThrow();
		this.audit.record(AuditEntry.of("ANNUAL_COMMITTEE_SET", "annual_evaluation", evaluation.id(), before,
				rules(after, this.views.indicators(evaluation.id()), this.views.scale(evaluation.id()))));
	}

	/**
	 * Adds evaluators to the committee before the start; one added twice is added once.
	 * Each is told they were assigned (once per committee).
	 */
	public void addMembers(int year, long version, Collection<Long> accountIds) {
		this.locks.serialize("annual-evaluation", year);
		AnnualViews.Evaluation evaluation = current(year, version);
		requireStage(evaluation, AnnualStage.FORMING);
		Map<Long, Evaluators.Profile> known = this.evaluators.all()
			.stream()
			.collect(Collectors.toMap(Evaluators.Profile::id, (p) -> p));
		Set<Long> members = this.views.members(evaluation.id())
			.stream()
			.map(AnnualViews.Member::accountId)
			.collect(Collectors.toSet());
		for (Long accountId : new java.util.LinkedHashSet<>(accountIds)) {
			Evaluators.Profile profile = known.get(accountId);
			if (profile == null) {
				throw new AnnualRuleException("accountId", "annual.error.notEvaluator");
			}
			if (members.contains(accountId)) {
				continue;
			}
			this.jdbc.sql("insert into annual_member (evaluation_id, account_id, added_at) values (?, ?, ?)")
				.params(evaluation.id(), accountId, Timestamp.from(this.clock.instant()))
				.update();
			this.audit.record(AuditEntry.of("ANNUAL_MEMBER_ADDED", "annual_evaluation", evaluation.id(), null,
					Map.of("evaluator", profile.username())));
			// told once per committee, even when taken off and added again
			this.notifications.notifyAccounts(Set.of(accountId),
					"annual-evaluation:" + evaluation.id() + ":member:" + accountId, "notification.annual.assigned",
					String.valueOf(year), "/evaluations/annual");
		}
		bump(evaluation);
	}

	/** Takes an evaluator off the committee before the start. */
	public void removeMember(int year, long version, long accountId) {
		this.locks.serialize("annual-evaluation", year);
		AnnualViews.Evaluation evaluation = current(year, version);
		requireStage(evaluation, AnnualStage.FORMING);
		int removed = this.jdbc.sql("delete from annual_member where evaluation_id = ? and account_id = ?")
			.params(evaluation.id(), accountId)
			.update();
		if (removed > 0) {
			this.audit.record(AuditEntry.of("ANNUAL_MEMBER_REMOVED", "annual_evaluation", evaluation.id(),
					Map.of("evaluator", accountId), null));
			bump(evaluation);
		}
	}

	/**
	 * Starts the evaluation: every district year of the calendar year whose report is
	 * accepted becomes a district of it, read in its accepted version; each member is
	 * assigned each district and the conflicts the portal can see are recorded. Every
	 * district needs an evaluator without a conflict.
	 */
	public void start(int year, long version, PortalUser officer) {
		this.locks.serialize("annual-evaluation", year);
		AnnualViews.Evaluation evaluation = current(year, version);
		requireStage(evaluation, AnnualStage.FORMING);
		List<AnnualViews.Candidate> candidates = this.views.candidates(year);
		if (candidates.isEmpty()) {
			throw new AnnualRuleException(null, "annual.error.noReports");
		}
		List<AnnualViews.Member> members = this.views.members(evaluation.id());
		if (members.isEmpty()) {
			throw new AnnualRuleException(null, "annual.error.noMembers");
		}
		List<Evaluators.Profile> profiles = this.evaluators
			.of(members.stream().map(AnnualViews.Member::accountId).toList());
		ConflictsOfInterest.Finder finder = this.conflicts.finder();
		Instant now = this.clock.instant();
		for (AnnualViews.Candidate candidate : candidates) {
			int reportVersion = this.jdbc.sql("select max(number) from annual_report_version where report_id = ?")
				.param(candidate.report().id())
				.query(Integer.class)
				.single();
			long subject = this.jdbc.sql("""
					insert into annual_subject (evaluation_id, plan_id, district_year, report_id, report_version)
					values (?, ?, ?, ?, ?) returning id""")
				.params(evaluation.id(), candidate.district().planId(), candidate.year().number(),
						candidate.report().id(), reportVersion)
				.query(Long.class)
				.single();
			boolean covered = false;
			for (Evaluators.Profile profile : profiles) {
				this.jdbc.sql("""
						insert into annual_sheet (evaluation_id, account_id, subject_id, status)
						values (?, ?, ?, 'ASSIGNED')""").params(evaluation.id(), profile.id(), subject).update();
				Map<ConflictReason, String> reasons = finder.reasons(profile, candidate.district().regionId());
				reasons.forEach((reason, detail) -> recordConflict(evaluation.id(), profile.id(), subject, reason,
						detail, now));
				covered |= reasons.isEmpty();
			}
			if (!covered) {
				throw new AnnualRuleException(null, "annual.error.districtWithoutEvaluator",
						candidate.district().regionName());
			}
		}
		this.jdbc.sql("""
				update annual_evaluation set started_at = ?, started_by = ?, version = version + 1 where id = ?""")
			.params(Timestamp.from(now), officer.getUsername(), evaluation.id())
			.update();
		this.audit.record(AuditEntry.of("ANNUAL_EVALUATION_STARTED", "annual_evaluation", evaluation.id(), null,
				Map.of("districts", candidates.size(), "evaluators", members.size())));
	}

	void recordConflict(long evaluationId, long accountId, long subjectId, ConflictReason reason, String detail,
			Instant now) {
		this.jdbc.sql("""
				insert into annual_conflict (evaluation_id, account_id, subject_id, reason, detail, recorded_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(evaluationId, accountId, subjectId, reason.name(), detail, Timestamp.from(now))
			.update();
	}

	/**
	 * Closes the evaluation once every counted sheet is submitted; the scores are final.
	 */
	public void complete(int year, long version, PortalUser officer) {
		this.locks.serialize("annual-evaluation", year);
		AnnualViews.Evaluation evaluation = current(year, version);
		requireStage(evaluation, AnnualStage.IN_PROGRESS);
		AnnualBoard board = board(evaluation);
		if (!board.complete()) {
			throw new AnnualRuleException(null, "annual.error.sheetsOutstanding",
					board.expectedSheets() - board.submittedSheets());
		}
		this.jdbc.sql("""
				update annual_evaluation set completed_at = ?, completed_by = ?, version = version + 1 where id = ?""")
			.params(Timestamp.from(this.clock.instant()), officer.getUsername(), evaluation.id())
			.update();
		this.audit
			.record(AuditEntry.of("ANNUAL_EVALUATION_COMPLETED", "annual_evaluation", evaluation.id(), null,
					Map.of("scores", board.rows()
						.stream()
						.map((row) -> row.subject().regionName() + "="
								+ ((row.outcome().score() != null) ? row.outcome().score().toPlainString() : "-"))
						.toList())));
	}

	/**
	 * Records the ministry's decision on a district: its rating (one of the scale's),
	 * recommendations with due dates and next year's budget adjustment with its reason;
	 * after completion and until publication, as often as needed.
	 */
	public void decide(int year, long subjectId, DecisionForm form, PortalUser officer) {
		this.locks.serialize("annual-evaluation", year);
		AnnualViews.Evaluation evaluation = this.views.ofYear(year)
			.orElseThrow(() -> new NotFoundException("annual evaluation", year));
		AnnualViews.Subject subject = decidable(evaluation, subjectId, form.getVersion());
		RatingScale scale = this.views.scale(evaluation.id());
		if (!scale.has(form.getRating().strip())) {
			throw new AnnualRuleException("rating", "annual.error.ratingUnknown");
		}
		boolean budget = form.getBudgetKind() != null || form.getBudgetValue() != null
				|| (form.getBudgetReason() != null && !form.getBudgetReason().isBlank());
		if (budget && form.getBudgetKind() == null) {
			throw new AnnualRuleException("budgetKind", "annual.error.budgetKindRequired");
		}
		if (budget && form.getBudgetValue() == null) {
			throw new AnnualRuleException("budgetValue", "annual.error.budgetValueRequired");
		}
		if (budget && (form.getBudgetReason() == null || form.getBudgetReason().isBlank())) {
			throw new AnnualRuleException("budgetReason", "annual.error.budgetReasonRequired");
		}
		if (budget && form.getBudgetKind() == DecisionForm.BudgetKind.PERCENT
				&& form.getBudgetValue().abs().compareTo(new BigDecimal("100")) > 0) {
			throw new AnnualRuleException("budgetValue", "annual.error.percentRange");
		}
		List<DecisionForm.RecommendationRow> recommendations = form.filledRecommendations();
		for (int i = 0; i < form.getRecommendations().size(); i++) {
			DecisionForm.RecommendationRow row = form.getRecommendations().get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			if (row.getText() == null || row.getText().isBlank()) {
				throw new AnnualRuleException("recommendations[" + i + "].text", "annual.error.recommendationText");
			}
			if (row.getDueOn() == null) {
				throw new AnnualRuleException("recommendations[" + i + "].dueOn", "annual.error.recommendationDue");
			}
		}
		Map<String, Object> before = decision(subject,
				this.views.recommendations(evaluation.id())
					.stream()
					.filter((r) -> r.subjectId() == subjectId)
					.toList());
		this.jdbc.sql("delete from annual_recommendation where subject_id = ?").param(subjectId).update();
		for (int i = 0; i < recommendations.size(); i++) {
			this.jdbc.sql("insert into annual_recommendation (subject_id, position, text, due_on) values (?, ?, ?, ?)")
				.params(subjectId, i, recommendations.get(i).getText().strip(), recommendations.get(i).getDueOn())
				.update();
		}
		this.jdbc.sql("""
				update annual_subject set rating = ?, budget_kind = ?, budget_value = ?, budget_reason = ?,
				    decided_at = ?, decided_by = ?, version = version + 1 where id = ?""")
			.params(form.getRating().strip(), budget ? form.getBudgetKind().name() : null,
					budget ? form.getBudgetValue() : null, budget ? form.getBudgetReason().strip() : null,
					Timestamp.from(this.clock.instant()), officer.getUsername(), subjectId)
			.update();
		bump(evaluation);
		AnnualViews.Subject after = this.views.subject(evaluation.id(), subjectId).orElseThrow();
		this.audit.record(AuditEntry.of("ANNUAL_DECISION_RECORDED", "annual_subject", subjectId, before,
				decision(after,
						this.views.recommendations(evaluation.id())
							.stream()
							.filter((r) -> r.subjectId() == subjectId)
							.toList())));
	}

	/**
	 * Records the committee's decision to put a district on notice or end its designation
	 * early: only for a district rated this year, and in an earlier published year, the
	 * lowest rating of the committee's scale; after completion and before publication.
	 * Shown publicly with the year's results.
	 */
	public void recordNotice(int year, long subjectId, NoticeForm form, PortalUser officer) {
		this.locks.serialize("annual-evaluation", year);
		AnnualViews.Evaluation evaluation = this.views.ofYear(year)
			.orElseThrow(() -> new NotFoundException("annual evaluation", year));
		AnnualViews.Subject subject = decidable(evaluation, subjectId, form.getVersion());
		if (!this.views.scale(evaluation.id()).lowest().equals(subject.rating())
				|| this.views.lowestRatingsBefore(subject.planId(), year) < 1) {
			throw new AnnualRuleException(null, "annual.error.noticeNotTwice");
		}
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("notice", subject.notice());
		this.jdbc.sql("""
				update annual_subject set notice = ?, notice_on = ?, notice_reason = ?, version = version + 1
				where id = ?""")
			.params(form.getKind().name(), form.getDecidedOn(), form.getReason().strip(), subjectId)
			.update();
		bump(evaluation);
		this.audit.record(AuditEntry.of("ANNUAL_NOTICE_RECORDED", "annual_subject", subjectId, before,
				Map.of("notice", form.getKind().name(), "decidedOn", form.getDecidedOn().toString(), "reason",
						form.getReason().strip())));
	}

	/**
	 * Publishes the year's results once every district has a decision: from then on each
	 * region reads its own, and the public the ratings.
	 */
	public void publish(int year, long version, PortalUser officer) {
		this.locks.serialize("annual-evaluation", year);
		AnnualViews.Evaluation evaluation = current(year, version);
		requireStage(evaluation, AnnualStage.COMPLETED);
		List<AnnualViews.Subject> subjects = this.views.subjects(evaluation.id());
		List<String> undecided = subjects.stream()
			.filter((s) -> !s.decided())
			.map(AnnualViews.Subject::regionName)
			.toList();
		if (!undecided.isEmpty()) {
			throw new AnnualRuleException(null, "annual.error.undecided", String.join(", ", undecided));
		}
		Instant publishedAt = this.clock.instant();
		this.jdbc.sql("""
				update annual_evaluation set published_at = ?, published_by = ?, version = version + 1 where id = ?""")
			.params(Timestamp.from(publishedAt), officer.getUsername(), evaluation.id())
			.update();
		// each district's budget adjustment becomes next year's adjusted reference in the
		// ledger, from now on and not before
		this.budgetFeed.published(year, subjects, publishedAt, officer.getUsername());
		// each district's region is told where to read its result (once per district and
		// year)
		for (AnnualViews.Subject subject : subjects) {
			this.notifications.notifyRegion(subject.regionId(), "annual-evaluation:" + subject.id() + ":published",
					"notification.annual.published", subject.regionName() + " " + year,
					"/districts/" + subject.planId() + "/evaluations");
		}
		this.audit.record(AuditEntry.of("ANNUAL_EVALUATION_PUBLISHED", "annual_evaluation", evaluation.id(), null,
				Map.of("ratings",
						subjects.stream().map((s) -> s.regionName() + "=" + s.rating()).collect(Collectors.toList()))));
	}

	// --- reading ---------------------------------------------------------------------

	/** The year's committee, its districts as scored and what may still be added. */
	@Transactional(readOnly = true)
	public Page page(int year) {
		AnnualViews.Evaluation evaluation = this.views.ofYear(year).orElse(null);
		if (evaluation == null) {
			return new Page(year, null, List.of(), null, List.of(), List.of(), List.of(), this.views.candidates(year),
					this.evaluators.all(), List.of());
		}
		List<AnnualViews.Member> members = this.views.members(evaluation.id());
		List<AnnualViews.Sheet> sheets = this.views.sheets(evaluation.id(), null);
		return new Page(year, evaluation, this.views.indicators(evaluation.id()), board(evaluation, sheets),
				this.evaluators.of(members.stream().map(AnnualViews.Member::accountId).toList()), members,
				this.views.recommendations(evaluation.id()),
				(evaluation.stage() == AnnualStage.FORMING) ? this.views.candidates(year) : List.of(),
				this.evaluators.all(), sheets);
	}

	AnnualBoard board(AnnualViews.Evaluation evaluation) {
		return board(evaluation, this.views.sheets(evaluation.id(), null));
	}

	private AnnualBoard board(AnnualViews.Evaluation evaluation, List<AnnualViews.Sheet> sheets) {
		return AnnualBoard.compute(this.views.indicators(evaluation.id()), this.views.scale(evaluation.id()),
				evaluation.rules(), this.views.subjects(evaluation.id()), sheets,
				this.views.conflicts(evaluation.id()));
	}

	/** What the ministry's page shows of a year. */
	public record Page(int year, AnnualViews.Evaluation evaluation, List<Scoring.Indicator> indicators,
			AnnualBoard board, List<Evaluators.Profile> members, List<AnnualViews.Member> memberships,
			List<AnnualViews.Recommendation> recommendations, List<AnnualViews.Candidate> candidates,
			List<Evaluators.Profile> evaluators, List<AnnualViews.Sheet> sheets) {

		/**
		 * The submitted sheets, by district then evaluator (the ministry may reopen
		 * them).
		 */
		public List<AnnualViews.Sheet> submittedSheets() {
			return this.sheets.stream().filter(AnnualViews.Sheet::submitted).toList();
		}

		/** An evaluator's name as the ministry reads it. */
		public String memberName(long accountId) {
			return this.members.stream()
				.filter((p) -> p.id() == accountId)
				.map(Evaluators.Profile::displayName)
				.findFirst()
				.orElse("-");
		}

		public AnnualStage stage() {
			return (this.evaluation != null) ? this.evaluation.stage() : null;
		}

		public List<AnnualViews.Recommendation> recommendationsOf(long subjectId) {
			return this.recommendations.stream().filter((r) -> r.subjectId() == subjectId).toList();
		}

		public boolean signed(long accountId) {
			return this.memberships.stream().anyMatch((m) -> m.accountId() == accountId && m.signed());
		}

		public List<Evaluators.Profile> addable() {
			Set<Long> in = new HashSet<>();
			this.memberships.forEach((m) -> in.add(m.accountId()));
			return this.evaluators.stream().filter((p) -> !in.contains(p.id())).toList();
		}

	}

	// --- shared ----------------------------------------------------------------------

	private AnnualViews.Evaluation current(int year, Long version) {
		AnnualViews.Evaluation evaluation = this.views.ofYear(year)
			.orElseThrow(() -> new NotFoundException("annual evaluation", year));
		if (version == null || version != evaluation.version()) {
			throw new ConflictException("annual.error.conflict");
		}
		return evaluation;
	}

	/**
	 * A district of the evaluation as the officer read it (409 when changed since), while
	 * decisions may be recorded: after completion, before publication.
	 */
	private AnnualViews.Subject decidable(AnnualViews.Evaluation evaluation, long subjectId, Long version) {
		AnnualViews.Subject subject = this.views.subject(evaluation.id(), subjectId)
			.orElseThrow(() -> new NotFoundException("annual subject", subjectId));
		if (version == null || version != subject.version()) {
			throw new ConflictException("annual.error.conflict");
		}
		requireStage(evaluation, AnnualStage.COMPLETED);
		return subject;
	}

	static void requireStage(AnnualViews.Evaluation evaluation, AnnualStage stage) {
		if (evaluation.stage() != stage) {
			throw new AnnualRuleException(null, "annual.error.stage." + stage.name());
		}
	}

	private void bump(AnnualViews.Evaluation evaluation) {
		this.jdbc.sql("update annual_evaluation set version = version + 1 where id = ?")
			.param(evaluation.id())
			.update();
	}

	private static Map<String, Object> rules(AnnualViews.Evaluation evaluation, List<Scoring.Indicator> indicators,
			RatingScale scale) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("aggregation", evaluation.aggregation().name());
		state.put("divergenceThreshold", evaluation.divergenceThreshold().toPlainString());
		state.put("outlierThreshold", evaluation.outlierThreshold().toPlainString());
		state.put("minimumEvaluators", evaluation.minimumEvaluators());
		state.put("indicators",
				indicators.stream()
					.map((i) -> i.name() + "=" + i.weight().stripTrailingZeros().toPlainString())
					.toList());
		state.put("scale",
				scale.bands()
					.stream()
					.map((b) -> b.label() + ">=" + b.minScore().stripTrailingZeros().toPlainString())
					.toList());
		return state;
	}

	private static Map<String, Object> decision(AnnualViews.Subject subject,
			List<AnnualViews.Recommendation> recommendations) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("rating", subject.rating());
		state.put("budget", (subject.budgetKind() != null) ? subject.budgetKind() + " "
				+ subject.budgetValue().toPlainString() + " (" + subject.budgetReason() + ")" : null);
		state.put("recommendations", recommendations.stream().map((r) -> r.text() + " @" + r.dueOn()).toList());
		return state;
	}

}
