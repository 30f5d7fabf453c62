package kr.go.sandan.plan;

/**
 * Where a plan stands in the program. The transitions between them (and who may make
 * them) arrive with the committee-decision work; the 2020 and 2021 plans of the release
 * are recorded in the state the release announced.
 */
public enum PlanStatus {

	/** 작성 중. */
	DRAFT,
	/** 예비접수 (submitted to a call). */
	SUBMITTED,
	/** 평가 중. */
	UNDER_EVALUATION,
	/** 예비선정. */
	PRELIMINARILY_SELECTED,
	/** 미선정. */
	NOT_SELECTED,
	/** 보완 요청. */
	REVISION_REQUESTED,
	/** 보완 제출. */
	REVISED,
	/** 최종 확정. */
	CONFIRMED,
	/** 경쟁력강화사업지구 지정. */
	DESIGNATED,
	/** 사업 완료. */
	COMPLETED,
	/** 철회. */
	WITHDRAWN;

	/** Selected in some form: what the public pages list as the round's regions. */
	public boolean isSelected() {
		return this == PRELIMINARILY_SELECTED || this == REVISION_REQUESTED || this == REVISED || this == CONFIRMED
				|| this == DESIGNATED || this == COMPLETED;
	}

}
