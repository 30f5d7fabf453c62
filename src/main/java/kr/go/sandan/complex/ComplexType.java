package kr.go.sandan.complex;

/** The legal type of an industrial complex (국가산단, 일반산단, …). */
public enum ComplexType {

	/** 국가산업단지. */
	NATIONAL,
	/** 일반산업단지. */
	GENERAL,
	/** 도시첨단산업단지. */
	URBAN_HIGH_TECH,
	/** 농공단지. */
	AGRO_INDUSTRIAL

}
