package kr.go.sandan.evaluation;

/**
 * How a plan's score is made of its evaluators' weighted totals; fixed when evaluation
 * starts.
 */
public enum Aggregation {

	/** 산술 평균: the mean of every evaluator's total. */
	MEAN,
	/**
	 * 최고·최저점 제외 평균: the mean without the single highest and the single lowest total (the
	 * usual practice in Korean government evaluations); with fewer than three totals, the
	 * plain mean.
	 */
	TRIMMED_MEAN

}
