package kr.go.sandan.evaluation;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** One indicator's score on a sheet (0–100, one decimal) with the evaluator's comment. */
@Embeddable
record Score(Long indicatorId, BigDecimal score, String comment) {

	static final BigDecimal MAX = new BigDecimal("100");

	Score {
		if (indicatorId == null || score == null) {
			throw new IllegalArgumentException("indicator and score are required");
		}
		if (!inRange(score)) {
			throw new IllegalArgumentException("score out of range: " + score);
		}
	}

	/** 0 to 100 with at most one decimal. */
	static boolean inRange(BigDecimal score) {
		return score.signum() >= 0 && score.compareTo(MAX) <= 0 && score.stripTrailingZeros().scale() <= 1;
	}

}
