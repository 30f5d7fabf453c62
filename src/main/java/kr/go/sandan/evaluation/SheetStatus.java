package kr.go.sandan.evaluation;

/** Where one evaluator's sheet for one plan stands. */
public enum SheetStatus {

	/** 배정: nothing entered yet. */
	ASSIGNED,
	/** 작성 중: saved, may still change. */
	DRAFT,
	/** 제출: final; only the ministry can reopen it. */
	SUBMITTED

}
