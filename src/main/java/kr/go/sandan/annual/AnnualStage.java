package kr.go.sandan.annual;

/**
 * Where a year's annual evaluation stands; each stage follows the one before it only
 * (each change of {@link AnnualEvaluations} and {@link AnnualSheets} requires its stage).
 */
public enum AnnualStage {

	/**
	 * 위원회 구성 중: indicators, rules, scale and members may change; no one reads a report.
	 */
	FORMING,
	/** 평가 중: rules fixed; evaluators who signed their pledge read and score. */
	IN_PROGRESS,
	/** 평가 완료: every counted sheet is submitted; the ministry records its decisions. */
	COMPLETED,
	/** 결과 공개: the districts and the public see the ratings and recommendations. */
	PUBLISHED

}
