package kr.go.sandan.plan;

/**
 * A move the plan's state machine ({@link PlanStatus}) does not allow from where it
 * stands.
 */
public class PlanTransitionException extends PlanLockedException {

	private final PlanStatus from;

	private final PlanStatus to;

	public PlanTransitionException(Long planId, PlanStatus from, PlanStatus to) {
		super(planId, from, "cannot move to " + to);
		this.from = from;
		this.to = to;
	}

	public PlanStatus getFrom() {
		return this.from;
	}

	public PlanStatus getTo() {
		return this.to;
	}

	/** The message key that explains the refusal ({@code plan.transition.refused}). */
	public String getMessageKey() {
		return "plan.transition.refused";
	}

}
