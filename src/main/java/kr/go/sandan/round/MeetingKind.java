package kr.go.sandan.round;

/** What a committee meeting decides. */
public enum MeetingKind {

	/** 예비선정: regions selected on the evaluation results. */
	PRELIMINARY_SELECTION,
	/** 최종 확정: plans and budgets confirmed, regions designated. */
	FINAL_CONFIRMATION,
	/** 스마트그린산단 선정. */
	SMART_GREEN_SELECTION

}
