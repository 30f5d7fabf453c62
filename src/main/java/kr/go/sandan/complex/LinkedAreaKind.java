package kr.go.sandan.complex;

/** What kind of place a linked area (연계지역) is. */
public enum LinkedAreaKind {

	/** 경제자유구역. */
	FREE_ECONOMIC_ZONE,
	/** 스마트시티. */
	SMART_CITY,
	/** 공업지역 등 산업지구. */
	INDUSTRIAL_DISTRICT,
	/** 여러 산단을 묶은 벨트. */
	COMPLEX_BELT,
	/** 기타. */
	OTHER

}
