package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns submitted scores into a ranking, by rules fixed before the evaluation starts. The
 * same scores always give the same ranking:
 * <ol>
 * <li>An evaluator's total for a plan is the weighted mean of their indicator scores (Σ
 * score × weight ÷ Σ weight), kept exact.</li>
 * <li>A plan's score is the mean of its evaluators' totals, or that mean without the one
 * highest and the one lowest total ({@link Aggregation#TRIMMED_MEAN}, with three totals
 * or more), rounded half up to two decimals. Indicator means and the standard deviation
 * (population) are rounded the same way.</li>
 * <li>Plans are ranked by score, highest first. Equal scores are decided by the indicator
 * means, the indicator with the largest weight first (then in the call's order); then by
 * the earlier first submission; then by the regions' usual order.</li>
 * <li>A plan is flagged as divergent when its totals' standard deviation reaches the
 * divergence threshold; an evaluator is flagged when their totals are on average at least
 * the outlier threshold away from the median of the other evaluators' totals for the same
 * plans (the median, so that one far-off evaluator does not make the others look far off
 * too).</li>
 * </ol>
 */
public final class Ranking {

	static final int SCALE = 2;

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private Ranking() {
	}

	/**
	 * How a plan's score was actually made of its counted totals: the committee's rule,
	 * or the plain mean when the trimmed mean has fewer than three totals to trim.
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

	/** An indicator with its weight, in the call's order. */
	public record Indicator(long id, String name, BigDecimal weight, int position) {
	}

	/** A plan being ranked. */
	public record Plan(long planId, String regionName, Instant firstSubmittedAt, int regionPosition) {
	}

	/** A submitted sheet that counts (its evaluator is not excluded from the plan). */
	public record Sheet(long accountId, long planId, Map<Long, BigDecimal> scores) {
	}

	/**
	 * How one plan came out. The totals are exact (not rounded), so that the score can be
	 * recomputed from them.
	 */
	public record Row(Integer rank, Plan plan, int count, BigDecimal score, BigDecimal mean, BigDecimal trimmedMean,
			BigDecimal standardDeviation, BigDecimal spread, BigDecimal lowest, BigDecimal highest,
			Map<Long, BigDecimal> indicatorMeans, Map<Long, BigDecimal> totals, boolean divergent,
			List<Long> outlierAccounts, TieBreak tieBreak) {

		/** How the score was made under the committee's aggregation. */
		public AppliedRule appliedRule(Aggregation aggregation) {
			return AppliedRule.of(aggregation, this.count);
		}

		/**
		 * Whether evaluators far from the others can be told for this plan: each total is
		 * compared with the median of at least two others.
		 */
		public boolean outliersJudged() {
			return this.count >= 3;
		}

	}

	/**
	 * How a plan was placed below another with the same score.
	 *
	 * @param indicatorId the indicator whose mean decided, or {@code null}
	 * @param bySubmission decided by the earlier first submission
	 */
	public record TieBreak(Long indicatorId, boolean bySubmission) {
	}

	/** How far one evaluator scores from the others. */
	public record EvaluatorSpread(long accountId, int plans, BigDecimal meanDeviation, BigDecimal meanAbsoluteDeviation,
			boolean flagged) {
	}

	public record Result(List<Row> rows, List<EvaluatorSpread> evaluators) {
	}

	/** The round's indicators as the ranking weighs them. */
	static List<Indicator> indicators(kr.go.sandan.round.ProgramRound round) {
		return round.getIndicators()
			.stream()
			.map((indicator) -> new Indicator(indicator.getId(), indicator.getName(), indicator.getWeight(),
					indicator.getPosition()))
			.toList();
	}

	static BigDecimal total(Map<Long, BigDecimal> scores, List<Indicator> indicators) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Indicator indicator : indicators) {
			BigDecimal weight = (indicator.weight() != null) ? indicator.weight() : BigDecimal.ONE;
			sum = sum.add(scores.getOrDefault(indicator.id(), BigDecimal.ZERO).multiply(weight));
			weights = weights.add(weight);
		}
		return (weights.signum() == 0) ? BigDecimal.ZERO : sum.divide(weights, EXACT);
	}

	static Result compute(List<Indicator> indicators, List<Plan> plans, List<Sheet> sheets, Aggregation aggregation,
			BigDecimal divergenceThreshold, BigDecimal outlierThreshold) {
		Map<Long, Map<Long, BigDecimal>> totalsByPlan = new HashMap<>();
		Map<Long, List<Sheet>> sheetsByPlan = new HashMap<>();
		for (Sheet sheet : sheets) {
			totalsByPlan.computeIfAbsent(sheet.planId(), (id) -> new LinkedHashMap<>())
				.put(sheet.accountId(), total(sheet.scores(), indicators));
			sheetsByPlan.computeIfAbsent(sheet.planId(), (id) -> new ArrayList<>()).add(sheet);
		}
		Map<Long, List<BigDecimal>> deviations = new LinkedHashMap<>();
		List<Row> unranked = new ArrayList<>();
		for (Plan plan : plans) {
			Map<Long, BigDecimal> totals = totalsByPlan.getOrDefault(plan.planId(), Map.of());
			List<Sheet> planSheets = sheetsByPlan.getOrDefault(plan.planId(), List.of());
			Map<Long, BigDecimal> indicatorMeans = new LinkedHashMap<>();
			for (Indicator indicator : indicators) {
				indicatorMeans.put(indicator.id(),
						planSheets.isEmpty() ? null
								: round(mean(planSheets.stream()
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
					if (deviation.abs().compareTo(outlierThreshold) >= 0) {
						outliers.add(own.getKey());
					}
				}
			}
			List<BigDecimal> values = new ArrayList<>(totals.values());
			if (values.isEmpty()) {
				unranked.add(new Row(null, plan, 0, null, null, null, null, null, null, null, indicatorMeans, totals,
						false, outliers, null));
				continue;
			}
			BigDecimal mean = round(mean(values));
			BigDecimal trimmed = round(trimmedMean(values));
			BigDecimal deviation = round(standardDeviation(values));
			BigDecimal lowest = values.stream().min(Comparator.naturalOrder()).orElseThrow();
			BigDecimal highest = values.stream().max(Comparator.naturalOrder()).orElseThrow();
			BigDecimal score = (aggregation == Aggregation.TRIMMED_MEAN) ? trimmed : mean;
			boolean divergent = values.size() >= 2 && deviation.compareTo(divergenceThreshold) >= 0;
			unranked.add(
					new Row(null, plan, values.size(), score, mean, trimmed, deviation, round(highest.subtract(lowest)),
							round(lowest), round(highest), indicatorMeans, totals, divergent, outliers, null));
		}
		List<Indicator> byWeight = indicators.stream()
			.sorted(Comparator
				.comparing((Indicator indicator) -> (indicator.weight() != null) ? indicator.weight() : BigDecimal.ZERO)
				.reversed()
				.thenComparingInt(Indicator::position))
			.toList();
		Comparator<Row> order = Comparator.comparing(Row::score, Comparator.nullsLast(Comparator.reverseOrder()));
		for (Indicator indicator : byWeight) {
			order = order.thenComparing((row) -> row.indicatorMeans().get(indicator.id()),
					Comparator.nullsLast(Comparator.reverseOrder()));
		}
		order = order
			.thenComparing((row) -> row.plan().firstSubmittedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingInt((row) -> row.plan().regionPosition());
		unranked.sort(order);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < unranked.size(); i++) {
			Row row = unranked.get(i);
			TieBreak tieBreak = null;
			if (i > 0 && row.score() != null && row.score().compareTo(unranked.get(i - 1).score()) == 0) {
				tieBreak = tieBreak(unranked.get(i - 1), row, byWeight);
			}
			rows.add(new Row((row.score() != null) ? i + 1 : null, row.plan(), row.count(), row.score(), row.mean(),
					row.trimmedMean(), row.standardDeviation(), row.spread(), row.lowest(), row.highest(),
					row.indicatorMeans(), row.totals(), row.divergent(), row.outlierAccounts(), tieBreak));
		}
		List<EvaluatorSpread> evaluators = new ArrayList<>();
		deviations.forEach((accountId, list) -> {
			BigDecimal meanAbsolute = round(mean(list.stream().map(BigDecimal::abs).toList()));
			evaluators.add(new EvaluatorSpread(accountId, list.size(), round(mean(list)), meanAbsolute,
					meanAbsolute.compareTo(outlierThreshold) >= 0));
		});
		return new Result(rows, evaluators);
	}

	private static TieBreak tieBreak(Row above, Row below, List<Indicator> byWeight) {
		for (Indicator indicator : byWeight) {
			BigDecimal a = above.indicatorMeans().get(indicator.id());
			BigDecimal b = below.indicatorMeans().get(indicator.id());
			if (!Objects.equals(a, b) && (a == null || b == null || a.compareTo(b) != 0)) {
				return new TieBreak(indicator.id(), false);
			}
		}
		return new TieBreak(null, true);
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

	static BigDecimal round(BigDecimal value) {
		return (value != null) ? value.setScale(SCALE, RoundingMode.HALF_UP) : null;
	}

}
