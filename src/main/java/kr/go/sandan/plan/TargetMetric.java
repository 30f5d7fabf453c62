package kr.go.sandan.plan;

/** The catalogue of performance targets plans set (성과목표). */
public enum TargetMetric {

	/** 생산액 증대. */
	PRODUCTION_INCREASE,
	/** 일자리 창출 / 고용. */
	JOBS_CREATED,
	/** 강소기업 육성. */
	STRONG_SMES,
	/** 신규창업. */
	STARTUPS,
	/** 기업 유치. */
	FIRMS_ATTRACTED,
	/** 청년고용 증가율. */
	YOUTH_EMPLOYMENT_GROWTH,
	/** 산업전환율. */
	INDUSTRY_CONVERSION_RATE,
	/** 수출비중. */
	EXPORT_SHARE,
	/** 안전사고. */
	SAFETY_ACCIDENTS,
	/** 근로자 만족도. */
	WORKER_SATISFACTION,
	/** 디지털 수준. */
	DIGITAL_LEVEL,
	/** 직접 일자리 (program output indicator, issue 19). */
	DIRECT_JOBS,
	/** 기업지원 건수 (program output indicator). */
	FIRM_SUPPORT_CASES,
	/** 지원시설 (program output indicator). */
	SUPPORT_FACILITIES,
	/** 민간투자 유치 (program output indicator). */
	PRIVATE_INVESTMENT,
	/** 기타. */
	CUSTOM

}
