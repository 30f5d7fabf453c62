package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a published annual evaluation moves a district's national budget of the next year:
 * by a percentage of the year's confirmed national budget, or by an amount (KRW million).
 * The adjusted figure is the confirmed one moved so, to one decimal (half up, as the
 * ledger's amounts), never below zero.
 */
public record BudgetAdjustment(Kind kind, BigDecimal value) {

	/** A percentage (증감률) or an amount (증감액, KRW million). */
	public enum Kind {

		PERCENT, AMOUNT

	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The adjusted national budget of the year whose confirmed one is given. */
	public BigDecimal adjusted(BigDecimal confirmed) {
		BigDecimal moved = switch (this.kind) {
			case PERCENT -> confirmed.multiply(HUNDRED.add(this.value)).divide(HUNDRED, 1, RoundingMode.HALF_UP);
			case AMOUNT -> confirmed.add(this.value).setScale(1, RoundingMode.HALF_UP);
		};
		return moved.max(BigDecimal.ZERO.setScale(1));
	}

}
