package kr.go.sandan.ledger;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The adjusted national budget, computed by hand. */
class BudgetAdjustmentTest {

	private static BigDecimal adjusted(BudgetAdjustment.Kind kind, String value, String confirmed) {
		return new BudgetAdjustment(kind, new BigDecimal(value)).adjusted(new BigDecimal(confirmed));
	}

	@Test
	void aPercentageMovesTheConfirmedBudgetToOneDecimalHalfUp() {
		assertThat(adjusted(BudgetAdjustment.Kind.PERCENT, "5", "1000")).isEqualByComparingTo("1050");
		assertThat(adjusted(BudgetAdjustment.Kind.PERCENT, "-12.5", "1600")).isEqualByComparingTo("1400");
		// 333.3 × 1.0333 = 344.398… → 344.4; 0.55 → 0.6
		assertThat(adjusted(BudgetAdjustment.Kind.PERCENT, "3.33", "333.3")).isEqualByComparingTo("344.4");
		assertThat(adjusted(BudgetAdjustment.Kind.PERCENT, "10", "0.5")).isEqualByComparingTo("0.6");
		assertThat(adjusted(BudgetAdjustment.Kind.PERCENT, "-100", "900")).isEqualByComparingTo("0");
	}

	@Test
	void anAmountIsAddedAndNothingGoesBelowZero() {
		assertThat(adjusted(BudgetAdjustment.Kind.AMOUNT, "150", "800")).isEqualByComparingTo("950");
		assertThat(adjusted(BudgetAdjustment.Kind.AMOUNT, "-0.25", "800")).isEqualByComparingTo("799.8");
		assertThat(adjusted(BudgetAdjustment.Kind.AMOUNT, "-1000", "800")).isEqualByComparingTo("0");
		assertThat(adjusted(BudgetAdjustment.Kind.AMOUNT, "300", "0")).isEqualByComparingTo("300");
	}

}
