package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import kr.go.sandan.account.Evaluators;
import kr.go.sandan.plan.PlanSubmissions.Submission;

/**
 * A committee as the ministry sees it.
 *
 * @param counted by plan, how many assigned evaluators count (are not excluded)
 * @param outstanding counted sheets of plans still in the evaluation not yet submitted
 */
public record PanelView(long callId, int year, int ordinal, boolean callClosed, long panelId, PanelStage stage,
		Aggregation aggregation, BigDecimal divergenceThreshold, BigDecimal outlierThreshold, int minimumEvaluators,
		long version, Instant startedAt, Instant completedAt, List<MemberView> members, List<Submission> plans,
		Map<String, Cell> cells, List<ConflictView> conflicts, List<Evaluators.Profile> candidates,
		Map<Long, Integer> counted, int outstanding) {

	/** How many evaluators will count for the plan. */
	public int countedFor(long planId) {
		return this.counted.getOrDefault(planId, 0);
	}

	/**
	 * Plans that would be scored by fewer evaluators than the committee's minimum.
	 */
	public List<Submission> belowMinimum() {
		return this.plans.stream()
			.filter((plan) -> (this.stage == PanelStage.FORMING) ? plan.canBeEvaluated()
					: this.counted.containsKey(plan.planId())
							&& plan.status() != kr.go.sandan.plan.PlanStatus.WITHDRAWN)
			.filter((plan) -> countedFor(plan.planId()) < this.minimumEvaluators)
			.toList();
	}

	/**
	 * Why the evaluation cannot start now (a message key), or {@code null} when it can.
	 */
	public String whyNotStart() {
		if (!this.callClosed) {
			return "evaluation.start.waitForClose";
		}
		return this.members.isEmpty() ? "evaluation.error.noMembers" : null;
	}

	public Cell cell(long accountId, long planId) {
		return this.cells.get(Evaluations.key(accountId, planId));
	}

	public boolean excluded(long accountId, long planId) {
		return this.conflicts.stream()
			.anyMatch((conflict) -> conflict.accountId() == accountId && conflict.planId() == planId);
	}

	public boolean isForming() {
		return this.stage == PanelStage.FORMING;
	}

	public boolean isInProgress() {
		return this.stage == PanelStage.IN_PROGRESS;
	}

	/** One evaluator on the committee and how far they are. */
	public record MemberView(long accountId, String displayName, String username, String affiliation,
			Evaluators.Profile profile, Instant pledgeSignedAt, int counted, int submitted) {
	}

	/** One evaluator × plan assignment. */
	public record Cell(long sheetId, SheetStatus status, boolean excluded) {
	}

	public record ConflictView(long accountId, String evaluatorName, long planId, Submission plan,
			ConflictReason reason, String detail, Instant recordedAt) {
	}

}
