package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns submitted scores into a ranking, by rules fixed before the evaluation starts. The
 * same scores always give the same ranking:
 * <ol>
 * <li>Each plan is scored by {@link Scoring}, the one engine of every evaluation
 * (weighted totals, mean or trimmed mean, minimum evaluators, divergence and outlier
 * flags).</li>
 * <li>Plans are ranked by score, highest first. Equal scores are decided by the indicator
 * means, the indicator with the largest weight first (then in the call's order); then by
 * the earlier first submission; then by the regions' usual order.</li>
 * </ol>
 */
public final class Ranking {

	private Ranking() {
	}

	/** A plan being ranked. */
	public record Plan(long planId, String regionName, Instant firstSubmittedAt, int regionPosition) {
	}

	/**
	 * How one plan came out. The totals are exact (not rounded), so that the score can be
	 * recomputed from them.
	 */
	public record Row(Integer rank, Plan plan, int count, BigDecimal score, BigDecimal mean, BigDecimal trimmedMean,
			BigDecimal standardDeviation, BigDecimal spread, BigDecimal lowest, BigDecimal highest,
			Map<Long, BigDecimal> indicatorMeans, Map<Long, BigDecimal> totals, boolean divergent,
			List<Long> outlierAccounts, TieBreak tieBreak, Scoring.AppliedRule appliedRule, boolean belowMinimum) {

		static Row of(Integer rank, Plan plan, Scoring.Outcome o, TieBreak tieBreak) {
			return new Row(rank, plan, o.count(), o.score(), o.mean(), o.trimmedMean(), o.standardDeviation(),
					o.spread(), o.lowest(), o.highest(), o.indicatorMeans(), o.totals(), o.divergent(),
					o.outlierAccounts(), tieBreak, o.appliedRule(), o.belowMinimum());
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

	public record Result(List<Row> rows, List<Scoring.EvaluatorSpread> evaluators) {
	}

	/** The round's indicators as the ranking weighs them. */
	static List<Scoring.Indicator> indicators(kr.go.sandan.round.ProgramRound round) {
		return round.getIndicators()
			.stream()
			.map((indicator) -> new Scoring.Indicator(indicator.getId(), indicator.getName(), indicator.getWeight(),
					indicator.getPosition()))
			.toList();
	}

	/** Scores the plans by {@link Scoring} and ranks them by the rules above. */
	public static Result compute(List<Scoring.Indicator> indicators, List<Plan> plans, List<Scoring.Sheet> sheets,
			Scoring.Rules rules) {
		Scoring.Result scored = Scoring.score(indicators, plans.stream().map(Plan::planId).toList(), sheets, rules);
		List<Row> unranked = new ArrayList<>();
		for (Plan plan : plans) {
			unranked.add(Row.of(null, plan, scored.of(plan.planId()), null));
		}
		List<Scoring.Indicator> byWeight = indicators.stream()
			.sorted(Comparator.comparing((Scoring.Indicator indicator) -> (indicator.weight() != null)
					? indicator.weight() : BigDecimal.ZERO)
				.reversed()
				.thenComparingInt(Scoring.Indicator::position))
			.toList();
		Comparator<Row> order = Comparator.comparing(Row::score, Comparator.nullsLast(Comparator.reverseOrder()));
		for (Scoring.Indicator indicator : byWeight) {
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
			rows.add(
					Row.of((row.score() != null) ? i + 1 : null, row.plan(), scored.of(row.plan().planId()), tieBreak));
		}
		return new Result(rows, scored.evaluators());
	}

	private static TieBreak tieBreak(Row above, Row below, List<Scoring.Indicator> byWeight) {
		for (Scoring.Indicator indicator : byWeight) {
			BigDecimal a = above.indicatorMeans().get(indicator.id());
			BigDecimal b = below.indicatorMeans().get(indicator.id());
			if (!Objects.equals(a, b) && (a == null || b == null || a.compareTo(b) != 0)) {
				return new TieBreak(indicator.id(), false);
			}
		}
		return new TieBreak(null, true);
	}

}
