package kr.go.sandan.plan;

/** The plan is not a draft (or sent back for revision): it cannot be changed. */
public class PlanLockedException extends RuntimeException {

	public PlanLockedException(Long planId, PlanStatus status) {
		super("Plan " + planId + " is " + status + " and cannot be changed");
	}

}
