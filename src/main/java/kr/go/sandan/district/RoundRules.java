package kr.go.sandan.district;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the ministry sets per round for its districts: a district year's report is due
 * {@code dueDays} after the year ends; a year is green from {@code green} % of its
 * target, amber from {@code amber} %.
 */
public record RoundRules(int dueDays, BigDecimal green, BigDecimal amber) {

	/** A round the ministry set nothing for: 60 days, 100 % and 70 %. */
	public static final RoundRules DEFAULT = new RoundRules(DistrictYear.DEFAULT_DUE_DAYS, Attainment.GREEN,
			Attainment.AMBER);

	/** When the year's report is due unless its report holds another date. */
	public LocalDate due(DistrictYear year) {
		return year.end().plusDays(this.dueDays);
	}

	/** The attainment of {@code actual} (verified, or null) against {@code target}. */
	public Attainment attainment(BigDecimal target, BigDecimal actual) {
		return Attainment.of(target, actual, this.green, this.amber);
	}

}
