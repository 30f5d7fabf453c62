package kr.go.sandan.decision;

/** What the final confirmation decides for one requested project. */
public enum ProjectDecision {

	/** 승인: the budget as requested. */
	APPROVED,
	/** 조정 승인: approved with the budget the committee set. */
	ADJUSTED,
	/** 미반영: not funded. */
	REJECTED

}
