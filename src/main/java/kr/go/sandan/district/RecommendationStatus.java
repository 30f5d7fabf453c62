package kr.go.sandan.district;

/**
 * How far the district followed a recommendation of its annual evaluation, as its next
 * report says.
 */
public enum RecommendationStatus {

	/** 이행완료. */
	IMPLEMENTED,
	/** 이행중. */
	IN_PROGRESS,
	/** 미이행. */
	NOT_IMPLEMENTED

}
