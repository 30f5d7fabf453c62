package kr.go.sandan.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.account.PortalUser;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.evaluation.Evaluations;
import kr.go.sandan.evaluation.RankingBoards;
import kr.go.sandan.plan.ConfirmedBudget;
import kr.go.sandan.plan.MinistryFunds;
import kr.go.sandan.plan.PlanContent;
import kr.go.sandan.plan.PlanDecisions;
import kr.go.sandan.plan.PlanProjects;
import kr.go.sandan.plan.PlanProjects.ProjectLine;
import kr.go.sandan.plan.YearBudget;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.notification.Notifications;
import kr.go.sandan.plan.PlanSubmissions;
import kr.go.sandan.plan.PlanSubmissions.Submission;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.CommitteeMeeting;
import kr.go.sandan.round.CommitteeMeetings;
import kr.go.sandan.round.MeetingKind;
import kr.go.sandan.round.ProposalCall;

/**
 * The committee's preliminary selection of a call's regions, made on the completed
 * evaluation, and its publication. Selecting more regions than the round planned needs a
 * stated reason; every decision carries its rationale; everything is audited.
 */
@Service
@Transactional
public class Decisions {

	private final Calls calls;

	private final CommitteeMeetings meetings;

	private final RankingBoards boards;

	private final Evaluations evaluations;

	private final PlanDecisions plans;

	private final DecisionRepository decisions;

	private final AuditLog audit;

	private final PlanSubmissions submissions;

	private final Notifications notifications;

	private final PlanProjects projects;

	private final OutcomeRepository outcomes;

	private final TransactionLocks locks;

	Decisions(Calls calls, CommitteeMeetings meetings, RankingBoards boards, Evaluations evaluations,
			PlanDecisions plans, DecisionRepository decisions, AuditLog audit, PlanSubmissions submissions,
			Notifications notifications, PlanProjects projects, OutcomeRepository outcomes, TransactionLocks locks) {
		this.locks = locks;
		this.projects = projects;
		this.outcomes = outcomes;
		this.submissions = submissions;
		this.notifications = notifications;
		this.calls = calls;
		this.meetings = meetings;
		this.boards = boards;
		this.evaluations = evaluations;
		this.plans = plans;
		this.decisions = decisions;
		this.audit = audit;
	}

	/** A plan the committee decides on, in the order of the ranking. */
	public record Candidate(Integer rank, Submission plan, BigDecimal score) {
	}

	/** What the committee decided on a plan. */
	public record Decision(long planId, PlanStatus outcome, String rationale) {
	}

	/**
	 * The preliminary selection of a call as the ministry prepares, records and publishes
	 * it.
	 */
	public record PreliminaryView(long callId, int year, int ordinal, int plannedDesignations,
			boolean evaluationComplete, List<Candidate> candidates, CommitteeMeeting meeting,
			Map<Long, Decision> decided) {

		public boolean isRecorded() {
			return this.meeting != null;
		}

		public long selectedCount() {
			return this.decided.values()
				.stream()
				.filter((decision) -> decision.outcome() == PlanStatus.PRELIMINARILY_SELECTED)
				.count();
		}

	}

	/** The ministry's choice for one plan. */
	public record Choice(long planId, boolean selected, String rationale) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('MINISTRY')")
	public PreliminaryView preliminary(long callId) {
		ProposalCall call = this.calls.get(callId);
		long roundId = call.getRound().getId();
		boolean complete = this.evaluations.isComplete(callId);
		List<Candidate> candidates = complete ? candidates(callId) : List.of();
		CommitteeMeeting meeting = this.meetings.of(roundId, MeetingKind.PRELIMINARY_SELECTION).orElse(null);
		return new PreliminaryView(callId, call.getRound().getYear(), call.getRound().getOrdinal(),
				call.getRound().getPlannedDesignations(), complete, candidates, meeting,
				this.decisions.decidedAt(meeting));
	}

	/** The plans of the completed ranking, best first (withdrawn plans have left it). */
	private List<Candidate> candidates(long callId) {
		return this.boards.board(callId)
			.rows()
			.stream()
			.map((row) -> new Candidate(row.result().rank(), row.plan(), row.result().score()))
			.toList();
	}

	/**
	 * Records the committee's preliminary selection: one decision per ranked plan, each
	 * with its rationale. Refused before the evaluation is complete, a second time, or
	 * when more regions than planned are selected without a reason.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void recordPreliminarySelection(long callId, LocalDate heldOn, String chair, String overQuotaReason,
			List<Choice> choices, PortalUser officer) {
		// two officers recording at once: the second finds it recorded and is told so
		this.locks.serialize("decisions", callId);
		ProposalCall call = this.calls.get(callId);
		if (!this.evaluations.isComplete(callId)) {
			throw new DecisionRuleException("decision.error.evaluationIncomplete");
		}
		long roundId = call.getRound().getId();
		if (this.meetings.of(roundId, MeetingKind.PRELIMINARY_SELECTION).isPresent()) {
			throw new DecisionRuleException("decision.error.recorded");
		}
		Map<Long, Choice> byPlan = choices.stream().collect(Collectors.toMap(Choice::planId, Function.identity()));
		List<Candidate> candidates = candidates(callId);
		for (Candidate candidate : candidates) {
			Choice choice = byPlan.get(candidate.plan().planId());
			if (choice == null || choice.rationale() == null || choice.rationale().isBlank()) {
				throw new DecisionRuleException("decision.error.rationaleRequired");
			}
		}
		long selected = candidates.stream()
			.filter((candidate) -> byPlan.get(candidate.plan().planId()).selected())
			.count();
		boolean overQuota = selected > call.getRound().getPlannedDesignations();
		if (overQuota && (overQuotaReason == null || overQuotaReason.isBlank())) {
			throw new DecisionRuleException("decision.error.overQuota");
		}
		CommitteeMeeting meeting = this.meetings.hold(roundId, MeetingKind.PRELIMINARY_SELECTION, heldOn, chair,
				overQuota ? overQuotaReason.strip() : null, officer.getUsername());
		List<String> lines = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Choice choice = byPlan.get(candidate.plan().planId());
			PlanStatus outcome = choice.selected() ? PlanStatus.PRELIMINARILY_SELECTED : PlanStatus.NOT_SELECTED;
			this.plans.decide(candidate.plan().planId(), outcome, meeting, choice.rationale().strip());
			this.decisions.save(new CommitteeDecision(meeting, candidate.plan().planId(), outcome, choice.rationale()));
			lines.add(candidate.plan().regionName() + ": " + outcome);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("heldOn", heldOn.toString());
		after.put("chair", chair);
		after.put("decisions", lines);
		after.put("overQuotaReason", overQuota ? overQuotaReason.strip() : "");
		this.audit.record(AuditEntry.of("PRELIMINARY_SELECTION_RECORDED", "call", callId, null, after));
	}

	/**
	 * Publishes the recorded preliminary selection: the selected plans appear on the
	 * public pages, and every evaluated region may read its own evaluation result.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void publishPreliminarySelection(long callId) {
		this.locks.serialize("decisions", callId);
		ProposalCall call = this.calls.get(callId);
		CommitteeMeeting meeting = this.meetings.of(call.getRound().getId(), MeetingKind.PRELIMINARY_SELECTION)
			.orElseThrow(() -> new DecisionRuleException("decision.error.notRecorded"));
		if (meeting.isPublished()) {
			throw new DecisionRuleException("decision.error.published");
		}
		this.meetings.publish(meeting);
		Map<Long, Decision> decided = this.decisions.decidedAt(meeting);
		Map<Long, Submission> byId = this.submissions.of(decided.keySet())
			.stream()
			.collect(Collectors.toMap(Submission::planId, Function.identity()));
		// a plan withdrawn since the decision is neither published nor announced: its
		// withdrawal stays what the public knows (as at the confirmation and designation)
		List<Decision> standing = decided.values()
			.stream()
			.filter((decision) -> byId.containsKey(decision.planId())
					&& byId.get(decision.planId()).status() != PlanStatus.WITHDRAWN)
			.toList();
		List<Long> selected = standing.stream()
			.filter((decision) -> decision.outcome() == PlanStatus.PRELIMINARILY_SELECTED)
			.map(Decision::planId)
			.toList();
		this.plans.publish(selected);
		this.evaluations.publishResults(callId);
		for (Decision decision : standing) {
			Submission plan = byId.get(decision.planId());
			boolean chosen = decision.outcome() == PlanStatus.PRELIMINARILY_SELECTED;
			this.notifications.notifyRegion(plan.regionId(), "call:" + callId + ":preliminary-selection",
					chosen ? "notification.preliminarilySelected" : "notification.notSelected",
					plan.regionName() + " " + call.getRound().getYear() + "년 산단혁신계획",
					chosen ? "/plans/" + plan.planId() : "/plans/" + plan.planId() + "/evaluation");
		}
		this.audit.record(AuditEntry.of("PRELIMINARY_SELECTION_PUBLISHED", "call", callId, null,
				Map.of("published", selected.size())));
	}

	/** The budget years of a round's plans: the round's year and the two after it. */
	public static List<Integer> budgetYears(int roundYear) {
		return List.of(roundYear, roundYear + 1, roundYear + 2);
	}

	/** What the final confirmation decides for one project. */
	public record ProjectInput(ProjectDecision decision, List<YearBudget> adjusted, String note) {
	}

	/** A preliminarily selected plan at the final confirmation. */
	public record ConfirmationPlan(Submission plan, List<ProjectLine> projects, Map<Long, ProjectDecision> outcomes,
			Map<Long, String> notes, ConfirmedBudget budget, Decision decision) {

		/** Whether the committee can confirm it now (not waiting for a revision). */
		public boolean isConfirmable() {
			return this.plan.status() == PlanStatus.PRELIMINARILY_SELECTED || this.plan.status() == PlanStatus.REVISED;
		}

	}

	/** The final confirmation of a call as the ministry prepares and records it. */
	public record ConfirmationView(long callId, int year, int ordinal, List<Integer> years,
			boolean preliminaryPublished, CommitteeMeeting meeting, List<ConfirmationPlan> plans) {

		public boolean isRecorded() {
			return this.meeting != null;
		}

	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('MINISTRY')")
	public ConfirmationView confirmation(long callId) {
		ProposalCall call = this.calls.get(callId);
		long roundId = call.getRound().getId();
		CommitteeMeeting preliminary = this.meetings.of(roundId, MeetingKind.PRELIMINARY_SELECTION).orElse(null);
		CommitteeMeeting finalMeeting = this.meetings.of(roundId, MeetingKind.FINAL_CONFIRMATION).orElse(null);
		List<Long> selected = this.decisions.plansDecided(preliminary, PlanStatus.PRELIMINARILY_SELECTED);
		List<Submission> plans = this.submissions.of(selected)
			.stream()
			.filter((plan) -> plan.status() != PlanStatus.WITHDRAWN)
			.toList();
		List<Long> planIds = plans.stream().map(Submission::planId).toList();
		Map<Long, List<ProjectLine>> projectsByPlan = this.projects.ofPlans(planIds);
		List<ProjectOutcome> recorded = (finalMeeting == null) ? List.of() : this.outcomes.findByPlans(planIds);
		Map<Long, Decision> confirmed = this.decisions.decidedAt(finalMeeting);
		List<ConfirmationPlan> lines = plans.stream().map((plan) -> {
			List<ProjectOutcome> own = recorded.stream()
				.filter((outcome) -> outcome.getPlanId() == plan.planId())
				.toList();
			Map<Long, ProjectDecision> outcomes = new LinkedHashMap<>();
			Map<Long, String> notes = new LinkedHashMap<>();
			own.forEach((outcome) -> {
				outcomes.put(outcome.getProjectId(), outcome.getOutcome());
				notes.put(outcome.getProjectId(), outcome.getNote());
			});
			return new ConfirmationPlan(plan, projectsByPlan.getOrDefault(plan.planId(), List.of()), outcomes, notes,
					budget(own), confirmed.get(plan.planId()));
		}).toList();
		return new ConfirmationView(callId, call.getRound().getYear(), call.getRound().getOrdinal(),
				budgetYears(call.getRound().getYear()), preliminary != null && preliminary.isPublished(), finalMeeting,
				lines);
	}

	/**
	 * Records the final confirmation: every preliminarily selected plan is confirmed with
	 * its rationale, and every one of its requested projects gets an outcome whose budget
	 * the plan's confirmed budget sums. Refused before the preliminary selection is
	 * published, while a plan waits for its revision, or a second time.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void recordFinalConfirmation(long callId, LocalDate heldOn, String chair, Map<Long, String> rationales,
			Map<Long, ProjectInput> inputs, PortalUser officer) {
		this.locks.serialize("decisions", callId);
		ConfirmationView view = confirmation(callId);
		if (!view.preliminaryPublished()) {
			throw new DecisionRuleException("decision.error.preliminaryNotPublished");
		}
		if (view.isRecorded()) {
			throw new DecisionRuleException("decision.error.confirmed");
		}
		if (view.plans().isEmpty()) {
			throw new DecisionRuleException("decision.error.nothingToConfirm");
		}
		for (ConfirmationPlan plan : view.plans()) {
			if (!plan.isConfirmable()) {
				throw new DecisionRuleException("decision.error.revisionPending");
			}
			String rationale = rationales.get(plan.plan().planId());
			if (rationale == null || rationale.isBlank()) {
				throw new DecisionRuleException("decision.error.rationaleRequired");
			}
			for (ProjectLine project : plan.projects()) {
				ProjectInput input = inputs.get(project.projectId());
				if (input == null || input.decision() == null || (input.decision() == ProjectDecision.ADJUSTED
						&& (input.adjusted() == null || input.adjusted().isEmpty()))) {
					throw new DecisionRuleException("decision.error.projectOutcomeRequired");
				}
			}
		}
		ProposalCall call = this.calls.get(callId);
		CommitteeMeeting meeting = this.meetings.hold(call.getRound().getId(), MeetingKind.FINAL_CONFIRMATION, heldOn,
				chair, null, officer.getUsername());
		List<String> lines = new ArrayList<>();
		for (ConfirmationPlan plan : view.plans()) {
			String rationale = rationales.get(plan.plan().planId()).strip();
			List<ProjectOutcome> own = new ArrayList<>();
			Map<Long, PlanContent.Funding> funding = new LinkedHashMap<>();
			for (ProjectLine project : plan.projects()) {
				ProjectInput input = inputs.get(project.projectId());
				ProjectOutcome outcome = this.outcomes
					.save(new ProjectOutcome(meeting, project, input.decision(), input.adjusted(), input.note()));
				own.add(outcome);
				funding.put(project.projectId(),
						new PlanContent.Funding(outcome.getOutcome().name(), outcome.getNote(), outcome.getBudgets()));
			}
			// the confirmed plan's frozen copy keeps what was funded: the public reads it
			this.plans.confirm(plan.plan().planId(), meeting, rationale, funding);
			this.decisions.save(new CommitteeDecision(meeting, plan.plan().planId(), PlanStatus.CONFIRMED, rationale));
			lines.add(plan.plan().regionName() + ": " + budget(own).total().total().toPlainString());
		}
		this.audit.record(AuditEntry.of("FINAL_CONFIRMATION_RECORDED", "call", callId, null,
				Map.of("heldOn", heldOn.toString(), "chair", chair, "confirmedBudgets", lines)));
	}

	/** What the outcomes confirm, summed by lead ministry, year and source. */
	private static ConfirmedBudget budget(List<ProjectOutcome> outcomes) {
		return ConfirmedBudget.of(outcomes.stream()
			.map((outcome) -> new MinistryFunds(outcome.getLeadMinistry(), outcome.getBudgets()))
			.toList());
	}

	/** The meeting, if the round's preliminary selection is recorded. */
	@Transactional(readOnly = true)
	public Optional<CommitteeMeeting> preliminaryMeeting(long roundId) {
		return this.meetings.of(roundId, MeetingKind.PRELIMINARY_SELECTION);
	}

}
