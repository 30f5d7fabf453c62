package kr.go.sandan.annual;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.evaluation.ConflictReason;
import kr.go.sandan.evaluation.Scoring;
import kr.go.sandan.evaluation.SheetStatus;
import kr.go.sandan.notification.Notifications;
import kr.go.sandan.web.ConflictException;
import kr.go.sandan.web.NotFoundException;

/**
 * The evaluators' part of the annual evaluation: their committees, the pledge (declaring
 * conflicts with districts, which then exclude them for good), reading a district's
 * accepted report version and scoring it. An evaluator reaches only their own sheets,
 * after the start, after the pledge and never of a district they are excluded from:
 * anything else answers "not found". The ministry may send a submitted sheet back. Every
 * change is audited.
 */
@Service
@Transactional
public class AnnualSheets {

	private final JdbcClient jdbc;

	private final AnnualViews views;

	private final AnnualEvaluations evaluations;

	private final DistrictViews districts;

	private final TransactionLocks locks;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	private final Notifications notifications;

	AnnualSheets(JdbcClient jdbc, AnnualViews views, AnnualEvaluations evaluations, DistrictViews districts,
			TransactionLocks locks, AuditLog audit, JsonMapper json, Clock clock, Notifications notifications) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.views = views;
		this.evaluations = evaluations;
		this.districts = districts;
		this.locks = locks;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * One committee as an evaluator sees it: their sheets once the evaluation started.
	 */
	public record Inbox(AnnualViews.Evaluation evaluation, boolean signed, List<Item> items) {
	}

	public record Item(AnnualViews.Sheet sheet, AnnualViews.Subject subject, boolean excluded) {
	}

	/**
	 * The evaluator's annual committees, newest year first (a fixed number of reads
	 * each).
	 */
	@Transactional(readOnly = true)
	public List<Inbox> inbox(PortalUser evaluator) {
		return this.views.ofMember(evaluator.accountId()).stream().map((evaluation) -> {
			boolean signed = this.views.members(evaluation.id())
				.stream()
				.anyMatch((m) -> m.accountId() == evaluator.accountId() && m.signed());
			Map<Long, AnnualViews.Subject> subjects = this.views.subjects(evaluation.id())
				.stream()
				.collect(Collectors.toMap(AnnualViews.Subject::id, (s) -> s));
			Set<Long> excluded = excluded(evaluation.id(), evaluator.accountId());
			List<Item> items = this.views.sheets(evaluation.id(), evaluator.accountId())
				.stream()
				.map((sheet) -> new Item(sheet, subjects.get(sheet.subjectId()), excluded.contains(sheet.subjectId())))
				.toList();
			return new Inbox(evaluation, signed, items);
		}).toList();
	}

	/** The committee the evaluator pledges for, with the districts it evaluates. */
	@Transactional(readOnly = true)
	public Pledge pledge(long evaluationId, PortalUser evaluator) {
		AnnualViews.Evaluation evaluation = memberEvaluation(evaluationId, evaluator);
		AnnualViews.Member member = this.views.members(evaluationId)
			.stream()
			.filter((m) -> m.accountId() == evaluator.accountId())
			.findFirst()
			.orElseThrow();
		return new Pledge(evaluation, member.pledgeSignedAt(), this.views.subjects(evaluationId));
	}

	public record Pledge(AnnualViews.Evaluation evaluation, Instant signedAt, List<AnnualViews.Subject> subjects) {
	}

	/**
	 * Signs the pledge, declaring conflicts with the given districts (subject id → what
	 * the conflict is); refused when signed already, before the start or after
	 * completion.
	 */
	public void signPledge(long evaluationId, PortalUser evaluator, Map<Long, String> declared) {
		AnnualViews.Evaluation evaluation = memberEvaluation(evaluationId, evaluator);
		this.locks.serialize("annual-evaluation", evaluation.year());
		AnnualEvaluations.requireStage(this.views.byId(evaluationId).orElseThrow(), AnnualStage.IN_PROGRESS);
		Instant now = this.clock.instant();
		int signed = this.jdbc.sql("""
				update annual_member set pledge_signed_at = ?
				where evaluation_id = ? and account_id = ? and pledge_signed_at is null""")
			.params(Timestamp.from(now), evaluationId, evaluator.accountId())
			.update();
		if (signed == 0) {
			throw new AnnualRuleException(null, "annual.error.pledgeSigned");
		}
		Set<Long> subjects = this.views.subjects(evaluationId)
			.stream()
			.map(AnnualViews.Subject::id)
			.collect(Collectors.toSet());
		List<Long> conflicts = declared.keySet().stream().filter(subjects::contains).sorted().toList();
		for (Long subject : conflicts) {
			this.evaluations.recordConflict(evaluationId, evaluator.accountId(), subject, ConflictReason.DECLARED,
					declared.get(subject), now);
		}
		this.audit.record(AuditEntry.of("ANNUAL_PLEDGE_SIGNED", "annual_evaluation", evaluationId, null,
				Map.of("declaredConflicts", conflicts)));
	}

	/** A sheet with the district's accepted report version to read. */
	public record SheetView(AnnualViews.Evaluation evaluation, AnnualViews.Sheet sheet, AnnualViews.Subject subject,
			List<Scoring.Indicator> indicators, Map<String, Object> report, List<DistrictViews.Actual> actuals,
			BigDecimal ownTotal, List<FollowUp> followUps) {

		public boolean submitted() {
			return this.sheet.status() == SheetStatus.SUBMITTED;
		}

	}

	@Transactional(readOnly = true)
	public SheetView sheet(long sheetId, PortalUser evaluator) {
		AnnualViews.Sheet sheet = readableSheet(sheetId, evaluator);
		AnnualViews.Evaluation evaluation = this.views.byId(evaluationOf(sheetId)).orElseThrow();
		AnnualViews.Subject subject = this.views.subject(evaluation.id(), sheet.subjectId()).orElseThrow();
		List<Scoring.Indicator> indicators = this.views.indicators(evaluation.id());
		String content = this.districts.versions(subject.reportId())
			.stream()
			.filter((v) -> v.number() == subject.reportVersion())
			.findFirst()
			.orElseThrow()
			.content();
		@SuppressWarnings("unchecked")
		Map<String, Object> report = this.json.readValue(content, LinkedHashMap.class);
		List<DistrictViews.Actual> actuals = this.districts.actuals(List.of(subject.planId()))
			.stream()
			.filter((a) -> a.reportId() == subject.reportId())
			.toList();
		return new SheetView(evaluation, sheet, subject, indicators, report, actuals,
				Scoring.ownTotal(sheet.scores(), indicators), FollowUp.of(report));
	}

	/**
	 * Saves the evaluator's scores, and submits them when asked: then every indicator
	 * needs a score and the sheet is final.
	 */
	public void save(long sheetId, PortalUser evaluator, SheetForm form, boolean submit) {
		long evaluationId = evaluationOf(sheetId);
		this.locks.serialize("annual-sheet", sheetId);
		AnnualViews.Sheet sheet = readableSheet(sheetId, evaluator);
		if (form.getVersion() == null || form.getVersion() != sheet.version()) {
			throw new ConflictException("annual.error.conflict");
		}
		AnnualEvaluations.requireStage(this.views.byId(evaluationId).orElseThrow(), AnnualStage.IN_PROGRESS);
		if (sheet.submitted()) {
			throw new AnnualRuleException(null, "annual.error.sheetSubmitted");
		}
		List<Scoring.Indicator> indicators = this.views.indicators(evaluationId);
		Set<Long> ids = indicators.stream().map(Scoring.Indicator::id).collect(Collectors.toSet());
		Map<Long, SheetForm.ScoreRow> entered = new LinkedHashMap<>();
		for (SheetForm.ScoreRow row : form.getScores()) {
			if (row != null && row.getIndicatorId() != null && ids.contains(row.getIndicatorId())) {
				entered.put(row.getIndicatorId(), row);
			}
		}
		if (submit) {
			for (int i = 0; i < form.getScores().size(); i++) {
				SheetForm.ScoreRow row = form.getScores().get(i);
				if (row != null && row.getScore() == null) {
					throw new AnnualRuleException("scores[" + i + "].score", "annual.error.scoreRequired");
				}
			}
			if (!entered.keySet().containsAll(ids)) {
				throw new AnnualRuleException(null, "annual.error.incomplete");
			}
		}
		Map<String, Object> before = state(sheet);
		this.jdbc.sql("delete from annual_score where sheet_id = ?").param(sheetId).update();
		for (SheetForm.ScoreRow row : entered.values()) {
			if (row.getScore() == null) {
				continue;
			}
			this.jdbc.sql("insert into annual_score (sheet_id, indicator_id, score, comment) values (?, ?, ?, ?)")
				.params(sheetId, row.getIndicatorId(), row.getScore(),
						(row.getComment() == null || row.getComment().isBlank()) ? null : row.getComment().strip())
				.update();
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update annual_sheet set status = ?, opinion = ?, saved_at = ?, submitted_at = ?, version = version + 1
				where id = ?""")
			.params(submit ? "SUBMITTED" : "DRAFT",
					(form.getOpinion() == null || form.getOpinion().isBlank()) ? null : form.getOpinion().strip(),
					Timestamp.from(now), submit ? Timestamp.from(now) : null, sheetId)
			.update();
		AnnualViews.Sheet after = this.views.sheets(evaluationId, evaluator.accountId())
			.stream()
			.filter((s) -> s.id() == sheetId)
			.findFirst()
			.orElseThrow();
		this.audit.record(AuditEntry.of(submit ? "ANNUAL_SHEET_SUBMITTED" : "ANNUAL_SHEET_SAVED", "annual_sheet",
				sheetId, before, state(after)));
	}

	/**
	 * The ministry sends a submitted sheet back to its evaluator, saying why, while the
	 * evaluation is in progress: the sheet is a draft again (the evaluation cannot be
	 * completed until it is submitted again), the evaluator is told and reads the reason
	 * on the sheet. Holds the year's lock (no completion meanwhile) and the sheet's (no
	 * save meanwhile); 409 when the sheet changed since the officer read it.
	 */
	public void reopen(int year, long sheetId, ReopenForm form, PortalUser officer) {
		this.locks.serialize("annual-evaluation", year);
		this.locks.serialize("annual-sheet", sheetId);
		AnnualViews.Evaluation evaluation = this.views.ofYear(year)
			.orElseThrow(() -> new NotFoundException("annual evaluation", year));
		AnnualViews.Sheet sheet = this.views.sheets(evaluation.id(), null)
			.stream()
			.filter((s) -> s.id() == sheetId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("annual sheet", sheetId));
		if (form.getVersion() == null || form.getVersion() != sheet.version()) {
			throw new ConflictException("annual.error.conflict");
		}
		AnnualEvaluations.requireStage(evaluation, AnnualStage.IN_PROGRESS);
		if (!sheet.submitted()) {
			throw new AnnualRuleException("reason", "annual.error.sheetNotSubmitted");
		}
		String reason = form.getReason().strip();
		this.jdbc.sql("""
				update annual_sheet set status = 'DRAFT', submitted_at = null, reopened_reason = ?,
				    version = version + 1 where id = ?""").params(reason, sheetId).update();
		Map<String, Object> after = new LinkedHashMap<>(state(sheet));
		after.put("status", "DRAFT");
		after.put("reason", reason);
		this.audit.record(AuditEntry.of("ANNUAL_SHEET_REOPENED", "annual_sheet", sheetId, state(sheet), after)
			.withDetail(reason));
		AnnualViews.Subject subject = this.views.subject(evaluation.id(), sheet.subjectId()).orElseThrow();
		Instant now = this.clock.instant();
		this.notifications.notifyAccounts(Set.of(sheet.accountId()),
				"annual-sheet:" + sheetId + ":reopened:" + now.toEpochMilli(), "notification.annual.sheetReopened",
				subject.regionName() + " (" + year + "년 연차평가)", "/evaluations/annual/sheets/" + sheetId);
	}

	// --- access ----------------------------------------------------------------------

	private AnnualViews.Evaluation memberEvaluation(long evaluationId, PortalUser evaluator) {
		return this.views.byId(evaluationId)
			.filter((e) -> this.views.members(evaluationId)
				.stream()
				.anyMatch((m) -> m.accountId() == evaluator.accountId()))
			.orElseThrow(() -> new NotFoundException("annual evaluation", evaluationId));
	}

	private long evaluationOf(long sheetId) {
		return this.jdbc.sql("select evaluation_id from annual_sheet where id = ?")
			.param(sheetId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("annual sheet", sheetId));
	}

	/**
	 * The evaluator's own sheet once the evaluation started, the pledge is signed and
	 * they are not excluded from the district; not found otherwise (the pledge page first
	 * when only the pledge is missing).
	 */
	private AnnualViews.Sheet readableSheet(long sheetId, PortalUser evaluator) {
		long evaluationId = evaluationOf(sheetId);
		AnnualViews.Sheet sheet = this.views.sheets(evaluationId, evaluator.accountId())
			.stream()
			.filter((s) -> s.id() == sheetId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("annual sheet", sheetId));
		boolean signed = this.views.members(evaluationId)
			.stream()
			.anyMatch((m) -> m.accountId() == evaluator.accountId() && m.signed());
		if (!signed) {
			throw new PledgeRequiredException(evaluationId);
		}
		if (excluded(evaluationId, evaluator.accountId()).contains(sheet.subjectId())) {
			throw new NotFoundException("annual sheet", sheetId);
		}
		return sheet;
	}

	private Set<Long> excluded(long evaluationId, long accountId) {
		return this.views.conflicts(evaluationId)
			.stream()
			.filter((c) -> c.accountId() == accountId)
			.map(AnnualViews.Conflict::subjectId)
			.collect(Collectors.toSet());
	}

	private static Map<String, Object> state(AnnualViews.Sheet sheet) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", sheet.status().name());
		state.put("subject", sheet.subjectId());
		state.put("scores",
				sheet.scores()
					.entrySet()
					.stream()
					.map((e) -> e.getKey() + "=" + e.getValue().toPlainString())
					.toList());
		return state;
	}

	/** The evaluator must sign the committee's pledge before reading any report. */
	public static class PledgeRequiredException extends RuntimeException {

		private final long evaluationId;

		PledgeRequiredException(long evaluationId) {
			super("pledge required for annual evaluation " + evaluationId);
			this.evaluationId = evaluationId;
		}

		public long getEvaluationId() {
			return this.evaluationId;
		}

	}

}
