package kr.go.sandan.round;

/** What a committee meeting decides. */
public enum MeetingKind {

	/** 예비선정: regions selected on the evaluation results. */
	PRELIMINARY_SELECTION,
	/** 최종 확정: plans and their projects' budgets confirmed. */
	FINAL_CONFIRMATION,
	/** 경쟁력강화사업지구 지정: confirmed regions designated for three years. */
	DESIGNATION,
	/** 스마트그린산단 선정. */
	SMART_GREEN_SELECTION

}
