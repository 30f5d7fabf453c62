package kr.go.sandan.evaluation;

/** Why an evaluator may not evaluate a plan. */
public enum ConflictReason {

	/**
	 * The evaluator's account belongs to the applicant region's staff, whatever other
	 * roles it holds (found by the portal).
	 */
	OWN_REGION,
	/** The evaluator's home region is the applicant region (found by the portal). */
	HOME_REGION,
	/** The evaluator's affiliation names the applicant region (found by the portal). */
	AFFILIATION,
	/** Declared by the evaluator in the pledge or later. */
	DECLARED

}
