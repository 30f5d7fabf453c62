package kr.go.sandan.evaluation;

/** Where a call's evaluation stands. */
public enum PanelStage {

	/** 위원회 구성 중: members, assignments and rules may change; no one sees a plan yet. */
	FORMING,
	/** 평가 중: rules fixed; evaluators who signed their pledge read and score. */
	IN_PROGRESS,
	/** 평가 완료: every counted sheet is submitted; the ranking is final. */
	COMPLETED,
	/** 결과 공개: regions see their own scores and the evaluators' opinions. */
	PUBLISHED

}
