package kr.go.sandan.round;

/** Where a call stands, read from its announcement and its dates. */
public enum CallPhase {

	/** 준비 중: not announced yet; only ministry officers see it. */
	PREPARED,
	/** 접수 예정: announced, its period has not begun. */
	UPCOMING,
	/** 접수 중: regions may submit now. */
	OPEN,
	/** 마감: the deadline has passed (or the call was closed early). */
	CLOSED

}
