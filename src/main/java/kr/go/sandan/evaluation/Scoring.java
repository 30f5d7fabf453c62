package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one scoring engine of every evaluation the portal runs — a call's plans
 * ({@link Ranking}) and a district's year (the annual evaluation) alike: pure, with no
 * state, so that the same scores always give the same figures.
 * <ol>
 * <li>An evaluator's total for a subject is the weighted mean of their indicator scores
 * (Σ score × weight ÷ Σ weight), kept exact.</li>
 * <li>A subject's score is the mean of its evaluators' totals, or that mean without the
 * one highest and the one lowest total ({@link Aggregation#TRIMMED_MEAN}, with three
 * totals or more), rounded half up to two decimals. Indicator means and the standard
 * deviation (population) are rounded the same way.</li>
 * <li>A subject is below the minimum when fewer counted evaluators scored it than the
 * committee's {@link Rules#minimumEvaluators()}.</li>
 * <li>A subject is flagged as divergent when its totals' standard deviation reaches the
 * divergence threshold; an evaluator is flagged when their totals are on average at least
 * the outlier threshold away from the median of the other evaluators' totals for the same
 * subjects (the median, so that one far-off evaluator does not make the others look far
 * off too).</li>
 * </ol>
 * Ordering the subjects (the call's ranking and its tie-breaks) is not scoring: it stays
 * with {@link Ranking}.
 */
public final class Scoring {

	static final int SCALE = 2;

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private Scoring() {
	}

	/** An indicator with its weight, in the committee's order. */
	public record Indicator(long id, String name, BigDecimal weight, int position) {
	}

	/**
	 * The committee's rules, fixed when the evaluation starts.
	 *
	 * @param minimumEvaluators the fewest counted evaluators a subject should have
	 */
	public record Rules(Aggregation aggregation, BigDecimal divergenceThreshold, BigDecimal outlierThreshold,
			int minimumEvaluators) {

		public Rules {
			if (aggregation == null || divergenceThreshold == null || outlierThreshold == null
					|| divergenceThreshold.signum() <= 0 || outlierThreshold.signum() <= 0 || minimumEvaluators < 1) {
				throw new IllegalArgumentException("aggregation, positive thresholds and a minimum are required");
			}
		}

	}

	/**
	 * A submitted sheet that counts (its evaluator is not excluded from the subject).
	 *
	 * @param subjectId what was scored: a plan, or a district's year
	 */
	public record Sheet(long accountId, long subjectId, Map<Long, BigDecimal> scores) {
	}

	/**
	 * How a subject's score was actually made of its counted totals: the committee's
	 * rule, or the plain mean when the trimmed mean has fewer than three totals to trim.
	 */
	public enum AppliedRule {

		/** The mean of every counted total. */
		MEAN,
		/** The mean without the one highest and the one lowest total. */
		TRIMMED_MEAN,
		/**
		 * The trimmed mean was the rule, but with fewer than three totals it is the mean.
		 */
		MEAN_TOO_FEW_TO_TRIM;

		static AppliedRule of(Aggregation aggregation, int totals) {
			if (aggregation != Aggregation.TRIMMED_MEAN) {
				return MEAN;
			}
			return (totals >= 3) ? TRIMMED_MEAN : MEAN_TOO_FEW_TO_TRIM;
		}

	}

	/**
	 * How one subject came out. The totals are exact (not rounded), so that the score can
	 * be recomputed from them; without any counted sheet every figure is {@code null}.
	 */
	public record Outcome(long subjectId, int count, BigDecimal score, BigDecimal mean, BigDecimal trimmedMean,
			BigDecimal standardDeviation, BigDecimal spread, BigDecimal lowest, BigDecimal highest,
			Map<Long, BigDecimal> indicatorMeans, Map<Long, BigDecimal> totals, boolean divergent,
			List<Long> outlierAccounts, AppliedRule appliedRule, boolean belowMinimum) {
	}

	/** How far one evaluator scores from the others. */
	public record EvaluatorSpread(long accountId, int subjects, BigDecimal meanDeviation,
			BigDecimal meanAbsoluteDeviation, boolean flagged) {
	}

	/** Every subject's outcome, in the order asked, and every evaluator's spread. */
	public record Result(List<Outcome> outcomes, List<EvaluatorSpread> evaluators) {

		public Outcome of(long subjectId) {
			return this.outcomes.stream().filter((o) -> o.subjectId() == subjectId).findFirst().orElse(null);
		}

	}

	/** Scores the subjects from their counted sheets by the committee's rules. */
	public static Result score(List<Indicator> indicators, Collection<Long> subjectIds, List<Sheet> sheets,
			Rules rules) {
		Map<Long, Map<Long, BigDecimal>> totalsBySubject = new HashMap<>();
		Map<Long, List<Sheet>> sheetsBySubject = new HashMap<>();
		for (Sheet sheet : sheets) {
			totalsBySubject.computeIfAbsent(sheet.subjectId(), (id) -> new LinkedHashMap<>())
				.put(sheet.accountId(), total(sheet.scores(), indicators));
			sheetsBySubject.computeIfAbsent(sheet.subjectId(), (id) -> new ArrayList<>()).add(sheet);
		}
		Map<Long, List<BigDecimal>> deviations = new LinkedHashMap<>();
		List<Outcome> outcomes = new ArrayList<>();
		for (Long subjectId : subjectIds) {
			Map<Long, BigDecimal> totals = totalsBySubject.getOrDefault(subjectId, Map.of());
			List<Sheet> subjectSheets = sheetsBySubject.getOrDefault(subjectId, List.of());
			Map<Long, BigDecimal> indicatorMeans = new LinkedHashMap<>();
			for (Indicator indicator : indicators) {
				indicatorMeans.put(indicator.id(),
						subjectSheets.isEmpty() ? null
								: round(mean(subjectSheets.stream()
									.map((sheet) -> sheet.scores().getOrDefault(indicator.id(), BigDecimal.ZERO))
									.toList())));
			}
			List<Long> outliers = new ArrayList<>();
			for (Map.Entry<Long, BigDecimal> own : totals.entrySet()) {
				List<BigDecimal> others = totals.entrySet()
					.stream()
					.filter((other) -> !other.getKey().equals(own.getKey()))
					.map(Map.Entry::getValue)
					.toList();
				if (others.size() >= 2) {
					BigDecimal deviation = own.getValue().subtract(median(others));
					deviations.computeIfAbsent(own.getKey(), (id) -> new ArrayList<>()).add(deviation);
					if (deviation.abs().compareTo(rules.outlierThreshold()) >= 0) {
						outliers.add(own.getKey());
					}
				}
			}
			List<BigDecimal> values = new ArrayList<>(totals.values());
			AppliedRule applied = AppliedRule.of(rules.aggregation(), values.size());
			boolean belowMinimum = values.size() < rules.minimumEvaluators();
			if (values.isEmpty()) {
				outcomes.add(new Outcome(subjectId, 0, null, null, null, null, null, null, null, indicatorMeans, totals,
						false, outliers, applied, belowMinimum));
				continue;
			}
			BigDecimal mean = round(mean(values));
			BigDecimal trimmed = round(trimmedMean(values));
			BigDecimal deviation = round(standardDeviation(values));
			BigDecimal lowest = values.stream().min(Comparator.naturalOrder()).orElseThrow();
			BigDecimal highest = values.stream().max(Comparator.naturalOrder()).orElseThrow();
			BigDecimal score = (rules.aggregation() == Aggregation.TRIMMED_MEAN) ? trimmed : mean;
			boolean divergent = values.size() >= 2 && deviation.compareTo(rules.divergenceThreshold()) >= 0;
			outcomes.add(new Outcome(subjectId, values.size(), score, mean, trimmed, deviation,
					round(highest.subtract(lowest)), round(lowest), round(highest), indicatorMeans, totals, divergent,
					outliers, applied, belowMinimum));
		}
		List<EvaluatorSpread> evaluators = new ArrayList<>();
		deviations.forEach((accountId, list) -> {
			BigDecimal meanAbsolute = round(mean(list.stream().map(BigDecimal::abs).toList()));
			evaluators.add(new EvaluatorSpread(accountId, list.size(), round(mean(list)), meanAbsolute,
					meanAbsolute.compareTo(rules.outlierThreshold()) >= 0));
		});
		return new Result(outcomes, evaluators);
	}

	/** An evaluator's exact weighted total (Σ score × weight ÷ Σ weight). */
	public static BigDecimal total(Map<Long, BigDecimal> scores, List<Indicator> indicators) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Indicator indicator : indicators) {
			BigDecimal weight = (indicator.weight() != null) ? indicator.weight() : BigDecimal.ONE;
			sum = sum.add(scores.getOrDefault(indicator.id(), BigDecimal.ZERO).multiply(weight));
			weights = weights.add(weight);
		}
		return (weights.signum() == 0) ? BigDecimal.ZERO : sum.divide(weights, EXACT);
	}

	/**
	 * An evaluator's own total as shown to them (two decimals), once every indicator has
	 * a score; {@code null} before.
	 */
	public static BigDecimal ownTotal(Map<Long, BigDecimal> scores, List<Indicator> indicators) {
		boolean complete = indicators.stream().allMatch((indicator) -> scores.containsKey(indicator.id()));
		return (complete && !indicators.isEmpty()) ? round(total(scores, indicators)) : null;
	}

	static BigDecimal mean(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		return values.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), EXACT);
	}

	static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : mean(sorted.subList(middle - 1, middle + 1));
	}

	static BigDecimal trimmedMean(List<BigDecimal> values) {
		if (values.size() < 3) {
			return mean(values);
		}
		List<BigDecimal> sorted = values.stream().sorted().toList();
		return mean(sorted.subList(1, sorted.size() - 1));
	}

	static BigDecimal standardDeviation(List<BigDecimal> values) {
		BigDecimal mean = mean(values);
		BigDecimal variance = mean(values.stream().map((value) -> value.subtract(mean).pow(2)).toList());
		return variance.sqrt(EXACT);
	}

	/** Half up to two decimals, as every figure of an evaluation is shown. */
	public static BigDecimal round(BigDecimal value) {
		return (value != null) ? value.setScale(SCALE, RoundingMode.HALF_UP) : null;
	}

}
