package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.account.Evaluators;
import kr.go.sandan.account.PortalUser;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.plan.PlanAttachments;
import kr.go.sandan.plan.PlanReview;
import kr.go.sandan.plan.PlanSubmissions;
import kr.go.sandan.plan.PlanSubmissions.Submission;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.EvaluationIndicator;
import kr.go.sandan.round.ProposalCall;
import kr.go.sandan.web.NotFoundException;

/**
 * The evaluation of a call, for the ministry officers who run it and the evaluators who
 * score. Every change is audited in the same transaction. Evaluators reach only their own
 * sheets, and none of a plan they are excluded from: anything else answers "not found".
 */
@Service
@Transactional
public class Evaluations {

	private final PanelRepository panels;

	private final SheetRepository sheets;

	private final Calls calls;

	private final PlanSubmissions submissions;

	private final Evaluators evaluators;

	private final PlanAttachments attachments;

	private final AuditLog audit;

	private final EvaluationNotices notices;

	private final PanelViews views;

	private final Clock clock;

	private final ConflictsOfInterest conflicts;

	private final TransactionLocks locks;

	Evaluations(PanelRepository panels, SheetRepository sheets, Calls calls, PlanSubmissions submissions,
			PlanAttachments attachments, Evaluators evaluators, AuditLog audit, EvaluationNotices notices,
			PanelViews views, Clock clock, ConflictsOfInterest conflicts, TransactionLocks locks) {
		this.locks = locks;
		this.notices = notices;
		this.views = views;
		this.conflicts = conflicts;
		this.panels = panels;
		this.sheets = sheets;
		this.calls = calls;
		this.submissions = submissions;
		this.attachments = attachments;
		this.evaluators = evaluators;
		this.audit = audit;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- ministry

	/**
	 * The committee of a call as the ministry manages it; empty when none is formed yet.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('MINISTRY')")
	public Optional<PanelView> panel(long callId) {
		ProposalCall call = this.calls.get(callId);
		return this.panels.findByCall(callId).map((panel) -> this.views.view(call, panel));
	}

	/** Forms the call's evaluation committee, with the default rules. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void form(long callId, PortalUser officer) {
		// a double click or two officers at once form one committee
		this.locks.serialize("evaluation", callId);
		ProposalCall call = this.calls.get(callId);
		if (!call.isOpened()) {
			throw new EvaluationRuleException("evaluation.error.callNotOpen");
		}
		if (this.panels.findPlainByCall(callId).isPresent()) {
			return;
		}
		EvaluationPanel panel = this.panels
			.save(new EvaluationPanel(callId, this.clock.instant(), officer.getUsername()));
		this.audit.record(AuditEntry.of("EVALUATION_PANEL_FORMED", "call", callId, null, rules(panel)));
	}

	/**
	 * Fixes how scores are aggregated and flagged, and the fewest counted evaluators a
	 * plan should have; only before the evaluation starts.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void configure(long callId, long expectedVersion, Aggregation aggregation, BigDecimal divergenceThreshold,
			BigDecimal outlierThreshold, int minimumEvaluators) {
		this.locks.serialize("evaluation", callId);
		EvaluationPanel panel = current(callId, expectedVersion);
		Map<String, Object> before = rules(panel);
		panel.configure(aggregation, divergenceThreshold, outlierThreshold, minimumEvaluators);
		this.audit.record(AuditEntry.of("EVALUATION_RULES_SET", "call", callId, before, rules(panel)));
	}

	/**
	 * Adds evaluators to the committee. Each is assigned every submitted plan (all to
	 * all, the default) — during the evaluation, every plan under evaluation, to replace
	 * an evaluator who withdrew; conflicts the portal can see are recorded at once.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void addMembers(long callId, Collection<Long> accountIds) {
		// the same evaluators added twice at once are added once
		this.locks.serialize("evaluation", callId);
		EvaluationPanel panel = panelOf(callId);
		boolean started = panel.getStage() != PanelStage.FORMING;
		ProposalCall call = this.calls.get(callId);
		Map<Long, Evaluators.Profile> known = this.evaluators.all()
			.stream()
			.collect(Collectors.toMap(Evaluators.Profile::id, Function.identity()));
		List<EvaluationSheet> existing = this.sheets.findByPanel(panel.getId());
		Set<Long> evaluated = existing.stream().map(EvaluationSheet::getPlanId).collect(Collectors.toSet());
		List<Submission> plans = this.submissions.ofRound(call.getRound().getId())
			.stream()
			.filter((plan) -> started ? evaluated.contains(plan.planId()) : plan.canBeEvaluated())
			.toList();
		Set<String> assigned = existing.stream()
			.map((sheet) -> key(sheet.getAccountId(), sheet.getPlanId()))
			.collect(Collectors.toSet());
		List<Long> added = new ArrayList<>();
		for (Long accountId : accountIds) {
			Evaluators.Profile profile = known.get(accountId);
			if (profile == null) {
				throw new EvaluationRuleException("evaluation.error.notEvaluator");
			}
			if (panel.member(accountId).isPresent()) {
				continue;
			}
			panel.addMember(accountId, this.clock.instant());
			added.add(accountId);
			for (Submission plan : plans) {
				if (!assigned.contains(key(accountId, plan.planId()))) {
					EvaluationSheet sheet = new EvaluationSheet(panel, accountId, plan.planId());
					if (started) {
						sheet.fixPlanVersion(plan.latestVersion());
					}
					this.sheets.save(sheet);
				}
			}
			this.audit.record(AuditEntry.of("EVALUATION_MEMBER_ADDED", "call", callId, null,
					Map.of("evaluator", profile.username())));
		}
		this.panels.fetchConflicts(panel.getId());
		recordAutomaticConflicts(panel, plans);
		this.notices.assigned(panel, call, added);
	}

	/** Takes an evaluator off the committee, with their (empty) sheets. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void removeMember(long callId, long accountId) {
		this.locks.serialize("evaluation", callId);
		EvaluationPanel panel = panelOf(callId);
		panel.requireForming();
		this.sheets.findByPanel(panel.getId())
			.stream()
			.filter((sheet) -> sheet.getAccountId() == accountId)
			.forEach(this.sheets::delete);
		panel.removeMember(accountId);
		this.audit
			.record(AuditEntry.of("EVALUATION_MEMBER_REMOVED", "call", callId, Map.of("evaluator", accountId), null));
	}

	/**
	 * Sets who evaluates which plan: exactly the given pairs of evaluator and plan, among
	 * members and submitted plans.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void assign(long callId, Set<Assignment> wanted) {
		this.locks.serialize("evaluation", callId);
		EvaluationPanel panel = panelOf(callId);
		panel.requireForming();
		ProposalCall call = this.calls.get(callId);
		List<Submission> plans = this.submissions.ofRound(call.getRound().getId());
		Set<Long> planIds = plans.stream()
			.filter(Submission::canBeEvaluated)
			.map(Submission::planId)
			.collect(Collectors.toSet());
		Map<String, EvaluationSheet> existing = new HashMap<>();
		this.sheets.findByPanel(panel.getId())
			.forEach((sheet) -> existing.put(key(sheet.getAccountId(), sheet.getPlanId()), sheet));
		Set<String> keep = new HashSet<>();
		Set<Long> newlyAssigned = new HashSet<>();
		int added = 0;
		for (Assignment assignment : wanted) {
			if (panel.member(assignment.accountId()).isEmpty() || !planIds.contains(assignment.planId())) {
				continue;
			}
			String key = key(assignment.accountId(), assignment.planId());
			keep.add(key);
			if (!existing.containsKey(key)) {
				this.sheets.save(new EvaluationSheet(panel, assignment.accountId(), assignment.planId()));
				newlyAssigned.add(assignment.accountId());
				added++;
			}
		}
		int removed = 0;
		for (Map.Entry<String, EvaluationSheet> entry : existing.entrySet()) {
			if (!keep.contains(entry.getKey())) {
				this.sheets.delete(entry.getValue());
				removed++;
			}
		}
		this.panels.fetchConflicts(panel.getId());
		recordAutomaticConflicts(panel, plans);
		this.audit.record(AuditEntry.of("EVALUATION_ASSIGNED", "call", callId, null,
				Map.of("assignments", keep.size(), "added", added, "removed", removed)));
		this.notices.assigned(panel, call, newlyAssigned);
	}

	/** One evaluator to evaluate one plan. */
	public record Assignment(long accountId, long planId) {
	}

	/**
	 * Starts the evaluation once the call has closed: the rules are fixed, each sheet is
	 * tied to the plan's newest submitted version, and the plans are locked under
	 * evaluation. Every plan must have at least one evaluator without a conflict.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void start(long callId, long expectedVersion, PortalUser officer) {
		this.locks.serialize("evaluation", callId);
		EvaluationPanel panel = current(callId, expectedVersion);
		ProposalCall call = this.calls.get(callId);
		Instant now = this.clock.instant();
		if (!call.isClosed(now)) {
			throw new EvaluationRuleException("evaluation.error.callStillOpen");
		}
		List<Submission> plans = this.submissions.ofRound(call.getRound().getId())
			.stream()
			.filter(Submission::canBeEvaluated)
			.toList();
		if (plans.isEmpty()) {
			throw new EvaluationRuleException("evaluation.error.noPlans");
		}
		this.panels.fetchConflicts(panel.getId());
		recordAutomaticConflicts(panel, plans);
		Map<Long, Submission> byId = plans.stream().collect(Collectors.toMap(Submission::planId, Function.identity()));
		Map<Long, Integer> counted = new HashMap<>();
		for (EvaluationSheet sheet : this.sheets.findByPanel(panel.getId())) {
			Submission plan = byId.get(sheet.getPlanId());
			if (plan == null) {
				// sent back for revision and not resubmitted before the start: not
				// evaluated
				this.sheets.delete(sheet);
				continue;
			}
			sheet.fixPlanVersion(plan.latestVersion());
			if (!panel.isExcluded(sheet.getAccountId(), sheet.getPlanId())) {
				counted.merge(sheet.getPlanId(), 1, Integer::sum);
			}
		}
		List<String> uncovered = plans.stream()
			.filter((plan) -> !counted.containsKey(plan.planId()))
			.map(Submission::regionName)
			.toList();
		if (!uncovered.isEmpty()) {
			throw new EvaluationRuleException("evaluation.error.planWithoutEvaluator", String.join(", ", uncovered));
		}
		panel.start(now, officer.getUsername());
		this.submissions.startEvaluation(byId.keySet());
		this.audit.record(AuditEntry.of("EVALUATION_STARTED", "call", callId, null, rules(panel)));
		this.notices.started(panel, call);
	}

	/**
	 * Closes the evaluation when every counted sheet is submitted; the ranking is final.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void complete(long callId, long expectedVersion, PortalUser officer) {
		this.locks.serialize("evaluation", callId);
		EvaluationPanel panel = current(callId, expectedVersion);
		this.panels.fetchConflicts(panel.getId());
		Set<Long> withdrawn = withdrawn(panel);
		List<EvaluationSheet> all = this.sheets.findByPanel(panel.getId())
			.stream()
			.filter((sheet) -> !withdrawn.contains(sheet.getPlanId()))
			.toList();
		long outstanding = all.stream()
			.filter((sheet) -> !panel.isExcluded(sheet.getAccountId(), sheet.getPlanId()) && !sheet.isSubmitted())
			.count();
		if (outstanding > 0) {
			throw new EvaluationRuleException("evaluation.error.sheetsOutstanding", String.valueOf(outstanding));
		}
		Set<Long> scored = all.stream()
			.filter((sheet) -> sheet.isSubmitted() && !panel.isExcluded(sheet.getAccountId(), sheet.getPlanId()))
			.map(EvaluationSheet::getPlanId)
			.collect(Collectors.toSet());
		Set<Long> unscored = all.stream()
			.map(EvaluationSheet::getPlanId)
			.filter((planId) -> !scored.contains(planId))
			.collect(Collectors.toSet());
		if (!unscored.isEmpty()) {
			throw new EvaluationRuleException("evaluation.error.planWithoutScores",
					String.join(", ", this.submissions.of(unscored).stream().map(Submission::regionName).toList()));
		}
		panel.complete(this.clock.instant(), officer.getUsername());
		this.audit.record(AuditEntry.of("EVALUATION_COMPLETED", "call", callId, null, rules(panel)));
	}

	/** The plans of the panel's call that were withdrawn: they leave the evaluation. */
	private Set<Long> withdrawn(EvaluationPanel panel) {
		return this.submissions.ofRound(this.calls.get(panel.getCallId()).getRound().getId())
			.stream()
			.filter((plan) -> plan.status() == kr.go.sandan.plan.PlanStatus.WITHDRAWN)
			.map(Submission::planId)
			.collect(Collectors.toSet());
	}

	/** Sends a submitted sheet back to its evaluator, saying why. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void reopen(long callId, long sheetId, String reason) {
		this.locks.serialize("evaluation", callId);
		EvaluationSheet sheet = this.sheets.findWithPanel(sheetId)
			.filter((found) -> found.getPanel().getCallId() == callId)
			.orElseThrow(() -> new NotFoundException("evaluation sheet", sheetId));
		if (sheet.getPanel().getStage() != PanelStage.IN_PROGRESS) {
			throw new EvaluationRuleException("evaluation.error.notInProgress");
		}
		String problem = kr.go.sandan.web.TextInput.problem(reason, 1000);
		if (problem != null) {
			throw new EvaluationRuleException(problem);
		}
		Map<String, Object> before = sheetState(sheet);
		sheet.reopen(reason);
		this.audit
			.record(AuditEntry.of("EVALUATION_SHEET_REOPENED", "evaluation_sheet", sheetId, before, sheetState(sheet))
				.withDetail(reason.strip()));
		this.notices.reopened(sheet, this.submissions.of(List.of(sheet.getPlanId())).get(0).regionName(),
				this.calls.get(callId), this.clock.instant());
	}

	/**
	 * The committee's decisions on the call are published: each region may now see its
	 * own scores and the evaluators' opinions (called by the decision module).
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void publishResults(long callId) {
		this.locks.serialize("evaluation", callId);
		EvaluationPanel panel = panelOf(callId);
		panel.publishResults(this.clock.instant());
		this.audit.record(AuditEntry.of("EVALUATION_RESULTS_PUBLISHED", "call", callId, null, rules(panel)));
	}

	/** Whether the call's evaluation is complete, as committee decisions require. */
	@Transactional(readOnly = true)
	public boolean isComplete(long callId) {
		return this.panels.findPlainByCall(callId)
			.map((panel) -> panel.getStage() == PanelStage.COMPLETED || panel.getStage() == PanelStage.PUBLISHED)
			.orElse(false);
	}

	// ---------------------------------------------------------------- evaluators

	/**
	 * The committees the evaluator sits on, with their sheets (a fixed number of
	 * queries).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('EVALUATOR')")
	public List<InboxPanel> inbox(PortalUser evaluator) {
		List<EvaluationPanel> mine = this.panels.findByMember(evaluator.accountId());
		if (mine.isEmpty()) {
			return List.of();
		}
		// the evaluator's own pledges, conflicts and sheets with their scores, as
		// rows: every member and conflict of the panels and the sheets as records
		// had been a third of the page for ten years' panels (issue 18)
		Map<Long, Instant> pledges = new HashMap<>();
		this.panels.pledgesOf(evaluator.accountId())
			.forEach((pledge) -> pledges.put(pledge.panelId(), pledge.signedAt()));
		Set<PanelRepository.Exclusion> excluded = new HashSet<>(this.panels.exclusionsOf(evaluator.accountId()));
		// the panels' calls with their indicators, which score each sheet: one query
		Map<Long, ProposalCall> callsById = this.panels.callsWithIndicatorsOf(evaluator.accountId())
			.stream()
			.collect(Collectors.toMap(ProposalCall::getId, Function.identity(), (call, same) -> call));
		// by sheet id, as the rows no longer come
		Map<Long, OwnSheet> sheets = new TreeMap<>();
		for (SheetRepository.ScoreRow row : this.sheets.scoresOf(evaluator.accountId())) {
			OwnSheet sheet = sheets.computeIfAbsent(row.sheetId(), (id) -> new OwnSheet(row, new HashMap<>()));
			if (row.indicatorId() != null) {
				sheet.scores().put(row.indicatorId(), row.score());
			}
		}
		Map<Long, Submission> plans = this.submissions
			.of(sheets.values().stream().map((sheet) -> sheet.row().planId()).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Submission::planId, Function.identity()));
		List<InboxPanel> inbox = new ArrayList<>();
		for (EvaluationPanel panel : mine) {
			ProposalCall call = callsById.get(panel.getCallId());
			if (call == null || !pledges.containsKey(panel.getId())) {
				// taken off the committee by the ministry between this page's statements
				// (each reads its own snapshot; only while the committee forms): not
				// listed, as the next render will not list it
				continue;
			}
			List<Scoring.Indicator> indicators = Ranking.indicators(call.getRound());
			List<InboxItem> items = sheets.values()
				.stream()
				.filter((sheet) -> sheet.row().panelId() == panel.getId())
				.filter((sheet) -> plans.containsKey(sheet.row().planId()))
				.sorted((a, b) -> Integer.compare(plans.get(a.row().planId()).regionPosition(),
						plans.get(b.row().planId()).regionPosition()))
				.map((sheet) -> new InboxItem(sheet.row().sheetId(), plans.get(sheet.row().planId()),
						sheet.row().status(),
						excluded.contains(new PanelRepository.Exclusion(panel.getId(), sheet.row().planId())),
						sheet.row().reopenedReason(), Scoring.ownTotal(sheet.scores(), indicators)))
				.toList();
			inbox.add(new InboxPanel(panel.getId(), call.getId(), call.getRound().getYear(),
					call.getRound().getOrdinal(), panel.getStage(), pledges.get(panel.getId()), items));
		}
		return inbox;
	}

	/** One of the evaluator's sheets as the inbox reads it: its row and its scores. */
	private record OwnSheet(SheetRepository.ScoreRow row, Map<Long, BigDecimal> scores) {
	}

	/** What the pledge page shows: the call and the regions that applied. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('EVALUATOR')")
	public PledgeView pledge(long panelId, PortalUser evaluator) {
		EvaluationPanel panel = memberPanel(panelId, evaluator);
		ProposalCall call = this.calls.get(panel.getCallId());
		List<Submission> applicants = this.submissions.ofRound(call.getRound().getId());
		PanelMember member = panel.member(evaluator.accountId()).orElseThrow();
		return new PledgeView(panelId, call.getRound().getYear(), call.getRound().getOrdinal(), panel.getStage(),
				member.getPledgeSignedAt(), applicants);
	}

	/**
	 * Signs the pledge, declaring conflicts with the given applicants (plan id → what the
	 * conflict is). Declared conflicts exclude the evaluator from those plans for good.
	 */
	@PreAuthorize("hasRole('EVALUATOR')")
	public void signPledge(long panelId, PortalUser evaluator, Map<Long, String> declared) {
		// a pledge sent twice at once is signed once; the second is told so
		this.panels.callIdOf(panelId).ifPresent((callId) -> this.locks.serialize("evaluation", callId));
		EvaluationPanel panel = memberPanel(panelId, evaluator);
		this.panels.fetchConflicts(panelId);
		ProposalCall call = this.calls.get(panel.getCallId());
		Set<Long> applicants = this.submissions.ofRound(call.getRound().getId())
			.stream()
			.map(Submission::planId)
			.collect(Collectors.toSet());
		Instant now = this.clock.instant();
		panel.signPledge(evaluator.accountId(), now);
		declared.forEach((planId, detail) -> {
			if (applicants.contains(planId)) {
				panel.recordConflict(evaluator.accountId(), planId, ConflictReason.DECLARED, detail, now);
			}
		});
		this.audit.record(AuditEntry.of("EVALUATION_PLEDGE_SIGNED", "call", panel.getCallId(), null,
				Map.of("declaredConflicts", declared.keySet().stream().filter(applicants::contains).toList())));
	}

	/**
	 * Declares a conflict with a plan after the pledge: the evaluator is excluded from it
	 * at once, and whatever they entered for it no longer counts.
	 */
	@PreAuthorize("hasRole('EVALUATOR')")
	public void declareConflict(long sheetId, PortalUser evaluator, String detail) {
		this.sheets.callIdOf(sheetId).ifPresent((callId) -> this.locks.serialize("evaluation", callId));
		EvaluationSheet sheet = ownSheet(sheetId, evaluator);
		EvaluationPanel panel = sheet.getPanel();
		this.panels.fetchConflicts(panel.getId());
		if (detail == null || detail.isBlank()) {
			throw new EvaluationRuleException("evaluation.error.conflictDetailRequired");
		}
		String problem = kr.go.sandan.web.TextInput.problem(detail, 1000);
		if (problem != null) {
			throw new EvaluationRuleException(problem);
		}
		if (panel.recordConflict(evaluator.accountId(), sheet.getPlanId(), ConflictReason.DECLARED, detail.strip(),
				this.clock.instant())) {
			this.audit.record(AuditEntry.of("EVALUATION_CONFLICT_DECLARED", "evaluation_sheet", sheetId, null,
					Map.of("plan", sheet.getPlanId(), "detail", detail.strip())));
		}
	}

	/**
	 * One of the evaluator's own sheets with the plan's submitted version to read. Not
	 * found when it is someone else's, when the evaluator is excluded from the plan, or
	 * before the evaluation starts; refused until the pledge is signed.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('EVALUATOR')")
	public SheetView sheet(long sheetId, PortalUser evaluator) {
		EvaluationSheet sheet = readableSheet(sheetId, evaluator);
		EvaluationPanel panel = sheet.getPanel();
		ProposalCall call = this.calls.get(panel.getCallId());
		Submission plan = this.submissions.of(List.of(sheet.getPlanId())).get(0);
		List<PlanReview.Section> content = this.submissions.content(sheet.getPlanId(), sheet.getPlanVersion());
		Map<Long, Score> scores = new HashMap<>();
		sheet.getScores().forEach((score) -> scores.put(score.indicatorId(), score));
		List<SheetLine> lines = call.getRound()
			.getIndicators()
			.stream()
			.map((indicator) -> new SheetLine(indicator.getId(), indicator.getName(), indicator.getWeight(),
					indicator.getDescription(),
					(scores.get(indicator.getId()) != null) ? scores.get(indicator.getId()).score() : null,
					(scores.get(indicator.getId()) != null) ? scores.get(indicator.getId()).comment() : null))
			.toList();
		return new SheetView(sheet.getId(), sheet.getVersion(), sheet.getStatus(), panel.getId(),
				call.getRound().getYear(), call.getRound().getOrdinal(), plan, sheet.getPlanVersion(), lines,
				sheet.getOpinion(), sheet.getReopenedReason(), sheet.getSubmittedAt(), content,
				this.attachments.ofVersion(sheet.getPlanId(), sheet.getPlanVersion()),
				ownTotal(sheet, Ranking.indicators(call.getRound())));
	}

	/**
	 * A document of the version the evaluator scores (same rules as the sheet): not one
	 * added to the plan since.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('EVALUATOR')")
	public Optional<Map.Entry<PlanAttachments.Attachment, byte[]>> attachment(long sheetId, long attachmentId,
			PortalUser evaluator) {
		EvaluationSheet sheet = readableSheet(sheetId, evaluator);
		// only the documents of the version the evaluator scores, as submitted
		return this.attachments.contentOfVersion(sheet.getPlanId(), sheet.getPlanVersion(), attachmentId);
	}

	/** What an evaluator entered for one indicator (score may be empty while saving). */
	public record ScoreEntry(long indicatorId, BigDecimal score, String comment) {
	}

	/**
	 * Saves the evaluator's scores, and submits them when asked: then every indicator
	 * needs a score and the sheet is final.
	 */
	@PreAuthorize("hasRole('EVALUATOR')")
	public void saveSheet(long sheetId, long expectedVersion, PortalUser evaluator, List<ScoreEntry> entries,
			String opinion, boolean submit) {
		EvaluationSheet sheet = readableSheet(sheetId, evaluator);
		if (sheet.getVersion() != expectedVersion) {
			throw new EvaluationRuleException("evaluation.error.conflict");
		}
		if (sheet.getPanel().getStage() != PanelStage.IN_PROGRESS) {
			throw new EvaluationRuleException("evaluation.error.notInProgress");
		}
		ProposalCall call = this.calls.get(sheet.getPanel().getCallId());
		List<Long> indicatorIds = call.getRound().getIndicators().stream().map(EvaluationIndicator::getId).toList();
		List<Score> scores = entries.stream()
			.filter((entry) -> entry.score() != null && indicatorIds.contains(entry.indicatorId()))
			.map((entry) -> new Score(entry.indicatorId(), entry.score(),
					(entry.comment() == null || entry.comment().isBlank()) ? null : entry.comment().strip()))
			.toList();
		Map<String, Object> before = sheetState(sheet);
		Instant now = this.clock.instant();
		sheet.save(scores, opinion, now);
		if (submit) {
			sheet.submit(indicatorIds, now);
		}
		this.audit.record(AuditEntry.of(submit ? "EVALUATION_SHEET_SUBMITTED" : "EVALUATION_SHEET_SAVED",
				"evaluation_sheet", sheetId, before, sheetState(sheet)));
		if (submit) {
			this.notices.submitted(sheet, call);
		}
	}

	// ---------------------------------------------------------------- shared

	private EvaluationSheet ownSheet(long sheetId, PortalUser evaluator) {
		return this.sheets.findWithPanel(sheetId)
			.filter((sheet) -> sheet.getAccountId() == evaluator.accountId())
			.orElseThrow(() -> new NotFoundException("evaluation sheet", sheetId));
	}

	private EvaluationSheet readableSheet(long sheetId, PortalUser evaluator) {
		EvaluationSheet sheet = ownSheet(sheetId, evaluator);
		EvaluationPanel panel = sheet.getPanel();
		if (panel.getStage() == PanelStage.FORMING || sheet.getPlanVersion() == null) {
			throw new NotFoundException("evaluation sheet", sheetId);
		}
		this.panels.findWithMembers(panel.getId());
		if (!panel.member(evaluator.accountId()).map(PanelMember::hasSignedPledge).orElse(false)) {
			throw new PledgeRequiredException(panel.getId());
		}
		this.panels.fetchConflicts(panel.getId());
		if (panel.isExcluded(evaluator.accountId(), sheet.getPlanId())) {
			throw new NotFoundException("evaluation sheet", sheetId);
		}
		return sheet;
	}

	private EvaluationPanel memberPanel(long panelId, PortalUser evaluator) {
		return this.panels.findWithMembers(panelId)
			.filter((panel) -> panel.member(evaluator.accountId()).isPresent())
			.orElseThrow(() -> new NotFoundException("evaluation panel", panelId));
	}

	private EvaluationPanel panelOf(long callId) {
		return this.panels.findByCall(callId).orElseThrow(() -> new NotFoundException("evaluation panel", callId));
	}

	private EvaluationPanel current(long callId, long expectedVersion) {
		EvaluationPanel panel = panelOf(callId);
		if (panel.getVersion() != expectedVersion) {
			throw new EvaluationRuleException("evaluation.error.panelConflict");
		}
		return panel;
	}

	/**
	 * Records the conflicts the portal can see for every member and plan, as
	 * {@link ConflictRule} finds them.
	 */
	private void recordAutomaticConflicts(EvaluationPanel panel, List<Submission> plans) {
		if (panel.getMembers().isEmpty()) {
			return;
		}
		List<Evaluators.Profile> profiles = this.evaluators
			.of(panel.getMembers().stream().map(PanelMember::getAccountId).toList());
		ConflictsOfInterest.Finder finder = this.conflicts.finder();
		Instant now = this.clock.instant();
		for (Evaluators.Profile profile : profiles) {
			for (Submission plan : plans) {
				finder.reasons(profile, plan.regionId())
					.forEach(
							(reason, detail) -> panel.recordConflict(profile.id(), plan.planId(), reason, detail, now));
			}
		}
	}

	static String key(long accountId, long planId) {
		return accountId + "_" + planId;
	}

	private static Map<String, Object> rules(EvaluationPanel panel) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("stage", panel.getStage().name());
		state.put("aggregation", panel.getAggregation().name());
		state.put("divergenceThreshold", panel.getDivergenceThreshold().toPlainString());
		state.put("outlierThreshold", panel.getOutlierThreshold().toPlainString());
		state.put("minimumEvaluators", panel.getMinimumEvaluators());
		return state;
	}

	private static Map<String, Object> sheetState(EvaluationSheet sheet) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", sheet.getStatus().name());
		state.put("plan", sheet.getPlanId());
		state.put("scores",
				sheet.getScores()
					.stream()
					.map((score) -> score.indicatorId() + "=" + score.score().toPlainString())
					.toList());
		return state;
	}

	// ---------------------------------------------------------------- views

	/** A committee as one evaluator sees it. */
	public record InboxPanel(long panelId, long callId, int year, int ordinal, PanelStage stage, Instant pledgeSignedAt,
			List<InboxItem> items) {

		public boolean isOpenForScoring() {
			return this.pledgeSignedAt != null && this.stage != PanelStage.FORMING;
		}

	}

	/**
	 * One plan in the evaluator's inbox.
	 *
	 * @param total the evaluator's own total once every indicator has a score, else null
	 */
	public record InboxItem(long sheetId, Submission plan, SheetStatus status, boolean excluded, String reopenedReason,
			BigDecimal total) {

		/** Still to do: not submitted and not excluded. */
		public boolean isToDo() {
			return !this.excluded && this.status != SheetStatus.SUBMITTED;
		}

		/** Reopened by the ministry and waiting for the evaluator. */
		public boolean isReopened() {
			return isToDo() && this.reopenedReason != null;
		}

	}

	/**
	 * The evaluator's own total for the plan as the ranking weighs it (rounded to two
	 * decimals), once every indicator has a score; {@code null} before.
	 */
	static BigDecimal ownTotal(EvaluationSheet sheet, List<Scoring.Indicator> indicators) {
		return Scoring.ownTotal(sheet.scoreValues(), indicators);
	}

	public record PledgeView(long panelId, int year, int ordinal, PanelStage stage, Instant signedAt,
			List<Submission> applicants) {
	}

	/** One indicator on a sheet, with what the evaluator entered. */
	public record SheetLine(long indicatorId, String name, BigDecimal weight, String description, BigDecimal score,
			String comment) {
	}

	public record SheetView(long sheetId, long version, SheetStatus status, long panelId, int year, int ordinal,
			Submission plan, int planVersion, List<SheetLine> lines, String opinion, String reopenedReason,
			Instant submittedAt, List<PlanReview.Section> content, List<PlanAttachments.Attachment> attachments,
			BigDecimal ownTotal) {

		public boolean isSubmitted() {
			return this.status == SheetStatus.SUBMITTED;
		}

	}

	/** The evaluator must sign the call's pledge before reading any plan. */
	public static class PledgeRequiredException extends RuntimeException {

		private final long panelId;

		PledgeRequiredException(long panelId) {
			super("pledge required for panel " + panelId);
			this.panelId = panelId;
		}

		public long getPanelId() {
			return this.panelId;
		}

	}

}
