package kr.go.sandan.plan;

/** The plan is not a draft (or sent back for revision): it cannot be changed. */
public class PlanLockedException extends RuntimeException {

	public PlanLockedException(Long planId, PlanStatus status) {
		this(planId, status, "cannot be changed");
	}

	protected PlanLockedException(Long planId, PlanStatus status, String what) {
		super("Plan " + planId + " is " + status + " and " + what);
	}

}
