package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The units in which the program writes its figures, as Korean officials write them (조원,
 * 억원, 만명 …). Values are stored as written with their unit; {@link #toBase} turns them
 * into one scale so that figures in different units can be compared.
 */
public enum MeasureUnit {

	TRILLION_WON("조원", Dimension.KRW, new BigDecimal("1000000000000")),
	HUNDRED_MILLION_WON("억원", Dimension.KRW, new BigDecimal("100000000")),
	HUNDRED_MILLION_USD("억$", Dimension.USD, new BigDecimal("100000000")),
	TEN_THOUSAND_PERSONS("만명", Dimension.HEADCOUNT, new BigDecimal("10000")),
	TEN_THOUSAND_JOBS("만개", Dimension.HEADCOUNT, new BigDecimal("10000")),
	PERSONS("명", Dimension.HEADCOUNT, BigDecimal.ONE), COUNT("개", Dimension.COUNT, BigDecimal.ONE),
	FIRMS("개사", Dimension.COUNT, BigDecimal.ONE), PERCENT("%", Dimension.PERCENT, BigDecimal.ONE),
	POINTS("점", Dimension.POINTS, BigDecimal.ONE);

	/** What a unit measures; only figures of the same dimension compare. */
	public enum Dimension {

		KRW, USD, HEADCOUNT, COUNT, PERCENT, POINTS

	}

	private final String symbol;

	private final Dimension dimension;

	private final BigDecimal factor;

	MeasureUnit(String symbol, Dimension dimension, BigDecimal factor) {
		this.symbol = symbol;
		this.dimension = dimension;
		this.factor = factor;
	}

	public String symbol() {
		return this.symbol;
	}

	public Dimension dimension() {
		return this.dimension;
	}

	public BigDecimal toBase(BigDecimal value) {
		return value.multiply(this.factor);
	}

	public static MeasureUnit ofSymbol(String symbol) {
		return Arrays.stream(values())
			.filter((unit) -> unit.symbol.equals(symbol))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown unit: " + symbol));
	}

}
