package kr.go.sandan.plan;

/**
 * A region changes the hub complex of a plan the committee has selected without
 * confirming it: the committee selected the plan around that hub, so the change must be
 * deliberate.
 */
public class HubChangeUnconfirmedException extends RuntimeException {

	HubChangeUnconfirmedException(Long planId) {
		super("Plan " + planId + ": the hub of a selected plan changes only when confirmed");
	}

}
