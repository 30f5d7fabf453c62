package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking rules against cases computed by hand. */
class RankingTest {

	private static final Scoring.Indicator STRATEGY = new Scoring.Indicator(1, "지역진단 전략성", new BigDecimal("40"), 1);

	private static final Scoring.Indicator FEASIBILITY = new Scoring.Indicator(2, "성과목표 실현가능성", new BigDecimal("60"),
			2);

	private static final List<Scoring.Indicator> TWO = List.of(STRATEGY, FEASIBILITY);

	private static final BigDecimal TEN = new BigDecimal("10");

	@Test
	void anEvaluatorsTotalIsTheWeightedMeanOfTheirScores() {
		// (80 × 40 + 90 × 60) ÷ 100 = 86
		assertThat(Scoring.total(Map.of(1L, d("80"), 2L, d("90")), TWO)).isEqualByComparingTo("86");
		// (75.5 × 40 + 62 × 60) ÷ 100 = 30.2 + 37.2 = 67.4
		assertThat(Scoring.total(Map.of(1L, d("75.5"), 2L, d("62")), TWO)).isEqualByComparingTo("67.4");
		// weights need not add up to 100: (50 × 1 + 100 × 3) ÷ 4 = 87.5
		assertThat(Scoring.total(Map.of(1L, d("50"), 2L, d("100")),
				List.of(new Scoring.Indicator(1, "a", d("1"), 1), new Scoring.Indicator(2, "b", d("3"), 2))))
			.isEqualByComparingTo("87.5");
	}

	@Test
	void meanTrimmedMeanDeviationAndSpreadOfOnePlan() {
		// totals 60, 80, 85, 90: mean 78.75; without 60 and 90: (80 + 85) ÷ 2 = 82.5
		// deviations −18.75, 1.25, 6.25, 11.25 → variance 518.75 ÷ 4 = 129.6875 → σ
		// 11.388…
		Ranking.Result mean = Ranking.compute(single(), List.of(plan(1, "부산광역시", 1)), sheets(1, "60", "80", "85", "90"),
				rules(Aggregation.MEAN, TEN, d("50")));
		Ranking.Row row = mean.rows().get(0);
		assertThat(row.score()).isEqualByComparingTo("78.75");
		assertThat(row.mean()).isEqualByComparingTo("78.75");
		assertThat(row.trimmedMean()).isEqualByComparingTo("82.50");
		assertThat(row.standardDeviation()).isEqualByComparingTo("11.39");
		assertThat(row.spread()).isEqualByComparingTo("30.00");
		assertThat(row.count()).isEqualTo(4);
		assertThat(row.divergent()).as("σ 11.39 ≥ 10").isTrue();

		Ranking.Result trimmed = Ranking.compute(single(), List.of(plan(1, "부산광역시", 1)),
				sheets(1, "60", "80", "85", "90"), rules(Aggregation.TRIMMED_MEAN, d("12"), d("50")));
		assertThat(trimmed.rows().get(0).score()).isEqualByComparingTo("82.50");
		assertThat(trimmed.rows().get(0).divergent()).as("σ 11.39 < 12").isFalse();
	}

	@Test
	void trimmingNeedsThreeTotalsAndDropsOnlyOneOfEqualExtremes() {
		assertThat(Scoring.trimmedMean(List.of(d("70"), d("90")))).isEqualByComparingTo("80");
		// 70, 70, 90, 90 → drop one 70 and one 90 → 80
		assertThat(Scoring.trimmedMean(List.of(d("70"), d("70"), d("90"), d("90")))).isEqualByComparingTo("80");
		// 50, 70, 70 → 70
		assertThat(Scoring.trimmedMean(List.of(d("50"), d("70"), d("70")))).isEqualByComparingTo("70");
		assertThat(Scoring.median(List.of(d("55"), d("80"), d("78")))).isEqualByComparingTo("78");
		assertThat(Scoring.median(List.of(d("55"), d("80"), d("78"), d("90")))).isEqualByComparingTo("79");
	}

	@Test
	void scoresAreRoundedHalfUpToTwoDecimals() {
		// 80, 80, 81 → 80.333… → 80.33; 80, 81, 81 → 80.666… → 80.67
		Ranking.Result result = Ranking.compute(single(), List.of(plan(1, "가", 1), plan(2, "나", 2)),
				concat(sheets(1, "80", "80", "81"), sheets(2, "80", "81", "81")), rules(Aggregation.MEAN, TEN, TEN));
		assertThat(result.rows()).extracting(Ranking.Row::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(d("80.67"), d("80.33"));
		assertThat(result.rows()).extracting(Ranking.Row::rank).containsExactly(1, 2);
	}

	@Test
	void tiesAreBrokenByTheHeaviestIndicatorThenByEarlierSubmission() {
		// both plans total 80: 부산 (70, 86.67) ... use exact figures: 부산 strategy 80
		// feasibility 80;
		// 경남 strategy 50 feasibility 100 → (2000 + 6000) ÷ 100 = 80. Feasibility weighs
		// 60: 경남 wins.
		List<Scoring.Sheet> sheets = List.of(new Scoring.Sheet(11, 1, Map.of(1L, d("80"), 2L, d("80"))),
				new Scoring.Sheet(11, 2, Map.of(1L, d("50"), 2L, d("100"))));
		Ranking.Result result = Ranking.compute(TWO, List.of(plan(1, "부산광역시", 1), plan(2, "경상남도", 2)), sheets,
				rules(Aggregation.MEAN, TEN, TEN));
		assertThat(result.rows()).extracting((row) -> row.plan().regionName()).containsExactly("경상남도", "부산광역시");
		assertThat(result.rows().get(0).tieBreak()).isNull();
		assertThat(result.rows().get(1).tieBreak()).isEqualTo(new Ranking.TieBreak(2L, false));
		assertThat(result.rows()).extracting(Ranking.Row::rank).containsExactly(1, 2);

		// identical scores everywhere: the plan submitted first is placed first
		List<Scoring.Sheet> same = List.of(new Scoring.Sheet(11, 1, Map.of(1L, d("80"), 2L, d("80"))),
				new Scoring.Sheet(11, 2, Map.of(1L, d("80"), 2L, d("80"))));
		Ranking.Result bySubmission = Ranking.compute(TWO,
				List.of(new Ranking.Plan(1, "부산광역시", Instant.parse("2031-03-02T00:00:00Z"), 1),
						new Ranking.Plan(2, "경상남도", Instant.parse("2031-03-01T00:00:00Z"), 2)),
				same, rules(Aggregation.MEAN, TEN, TEN));
		assertThat(bySubmission.rows()).extracting((row) -> row.plan().regionName()).containsExactly("경상남도", "부산광역시");
		assertThat(bySubmission.rows().get(1).tieBreak()).isEqualTo(new Ranking.TieBreak(null, true));
	}

	@Test
	void indicatorMeansArePerIndicatorOverCountedSheets() {
		List<Scoring.Sheet> sheets = List.of(new Scoring.Sheet(11, 1, Map.of(1L, d("70"), 2L, d("90"))),
				new Scoring.Sheet(12, 1, Map.of(1L, d("75"), 2L, d("85"))));
		Ranking.Row row = Ranking.compute(TWO, List.of(plan(1, "울산광역시", 1)), sheets, rules(Aggregation.MEAN, TEN, TEN))
			.rows()
			.get(0);
		assertThat(row.indicatorMeans().get(1L)).isEqualByComparingTo("72.50");
		assertThat(row.indicatorMeans().get(2L)).isEqualByComparingTo("87.50");
		// totals 82 and 81 → mean 81.5 = 0.4 × 72.5 + 0.6 × 87.5
		assertThat(row.score()).isEqualByComparingTo("81.50");
	}

	@Test
	void anEvaluatorFarFromTheOthersIsFlagged() {
		// evaluators 11, 12, 13 agree; 14 scores 25 points lower on both plans
		List<Scoring.Sheet> sheets = new ArrayList<>();
		for (long plan = 1; plan <= 2; plan++) {
			sheets.add(new Scoring.Sheet(11, plan, Map.of(1L, d("80"))));
			sheets.add(new Scoring.Sheet(12, plan, Map.of(1L, d("82"))));
			sheets.add(new Scoring.Sheet(13, plan, Map.of(1L, d("78"))));
			sheets.add(new Scoring.Sheet(14, plan, Map.of(1L, d("55"))));
		}
		Ranking.Result result = Ranking.compute(single(), List.of(plan(1, "가", 1), plan(2, "나", 2)), sheets,
				rules(Aggregation.TRIMMED_MEAN, d("20"), TEN));
		Scoring.EvaluatorSpread low = result.evaluators()
			.stream()
			.filter((spread) -> spread.accountId() == 14)
			.findFirst()
			.orElseThrow();
		// 55 − median(80, 82, 78) = −25
		assertThat(low.meanDeviation()).isEqualByComparingTo("-25.00");
		assertThat(low.flagged()).isTrue();
		// 82 − median(80, 78, 55) = 4: the low evaluator does not drag the others out
		assertThat(result.evaluators().stream().filter((spread) -> spread.accountId() == 12).findFirst().orElseThrow())
			.satisfies((spread) -> {
				assertThat(spread.meanAbsoluteDeviation()).isEqualByComparingTo("4.00");
				assertThat(spread.flagged()).isFalse();
			});
		assertThat(result.rows().get(0).outlierAccounts()).containsExactly(14L);
		// trimmed mean drops 55 and 82: (80 + 78) ÷ 2 = 79
		assertThat(result.rows().get(0).score()).isEqualByComparingTo("79.00");
	}

	@Test
	void plansWithoutSubmittedScoresComeLastWithoutRank() {
		Ranking.Result result = Ranking.compute(single(), List.of(plan(1, "가", 1), plan(2, "나", 2)), sheets(2, "70"),
				rules(Aggregation.MEAN, TEN, TEN));
		assertThat(result.rows()).extracting(Ranking.Row::rank).containsExactly(1, null);
		assertThat(result.rows().get(1).plan().regionName()).isEqualTo("가");
	}

	private static Scoring.Rules rules(Aggregation aggregation, BigDecimal divergence, BigDecimal outlier) {
		return new Scoring.Rules(aggregation, divergence, outlier, 1);
	}

	private static List<Scoring.Indicator> single() {
		return List.of(new Scoring.Indicator(1, "혁신계획 타당성", d("100"), 1));
	}

	private static Ranking.Plan plan(long id, String name, int position) {
		return new Ranking.Plan(id, name, Instant.parse("2031-03-01T00:00:00Z"), position);
	}

	private static List<Scoring.Sheet> sheets(long planId, String... totals) {
		List<Scoring.Sheet> sheets = new ArrayList<>();
		for (int i = 0; i < totals.length; i++) {
			sheets.add(new Scoring.Sheet(100 + i, planId, Map.of(1L, d(totals[i]))));
		}
		return sheets;
	}

	private static List<Scoring.Sheet> concat(List<Scoring.Sheet> a, List<Scoring.Sheet> b) {
		List<Scoring.Sheet> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

}
