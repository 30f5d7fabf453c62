package kr.go.sandan.plan;

/**
 * Where a target was stated: in the plan itself, or in the body of the announcing
 * release.
 */
public enum TargetSource {

	/** The plan (the release's appendix summarises it). */
	PLAN,
	/** The body text of the press release, which sometimes disagrees with the plan. */
	RELEASE_BODY

}
