package kr.go.sandan.plan;

/**
 * Who reads a plan, which decides what of it they read.
 */
public enum Readership {

	/**
	 * Ministry officers and administrators: the plan as it stands and every step of it,
	 * decisions included as soon as they are recorded.
	 */
	OFFICE,
	/**
	 * The plan's own region: the plan as it stands (they write it), but a committee
	 * decision only once it is published.
	 */
	REGION,
	/**
	 * Everyone else (the public, evaluators, other regions): what was published, from the
	 * frozen copy of the last published decision.
	 */
	PUBLIC;

	/** Whether the reader follows the plan's workflow (versions, revision requests). */
	public boolean follows() {
		return this != PUBLIC;
	}

}
