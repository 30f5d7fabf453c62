package kr.go.sandan.round;

/** What a notice posted after a call's announcement tells. */
public enum CallNoticeKind {

	/** 정정공고: a correction of the announcement. */
	CORRECTION,
	/** 접수 기간 연장: the deadline moved later. */
	EXTENSION,
	/** 조기 마감: the call closed before its deadline. */
	EARLY_CLOSE

}
