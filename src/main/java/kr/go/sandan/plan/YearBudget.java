package kr.go.sandan.plan;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A requested project's budget for one year, in 백만원 (KRW million), by source of funds.
 */
@Embeddable
public record YearBudget(int year, BigDecimal national, BigDecimal local,
		@Column(name = "private_funds") BigDecimal privateFunds) {

	public BigDecimal total() {
		return this.national.add(this.local).add(this.privateFunds);
	}

	/** This year's amounts and another's, source by source (the year is this one's). */
	public YearBudget plus(YearBudget other) {
		return new YearBudget(this.year, this.national.add(other.national), this.local.add(other.local),
				this.privateFunds.add(other.privateFunds));
	}

}
