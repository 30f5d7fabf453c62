package kr.go.sandan.annual;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.go.sandan.evaluation.Aggregation;
import kr.go.sandan.evaluation.Ranking;
import kr.go.sandan.evaluation.Scoring;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same hand-computed cases through both paths — a call's ranking ({@link Ranking})
 * and a year's annual evaluation ({@link AnnualBoard}) — give the same numbers: one
 * scoring engine, not two.
 */
class OneScoringEngineTest {

	/** Weights 40 and 60. */
	private static final List<Scoring.Indicator> INDICATORS = List.of(new Scoring.Indicator(1, "성과목표 달성도", d("40"), 0),
			new Scoring.Indicator(2, "핵심과제 추진 실적", d("60"), 1));

	private static final RatingScale SCALE = new RatingScale(List.of(new RatingScale.Band("우수", d("80")),
			new RatingScale.Band("보통", d("60")), new RatingScale.Band("미흡", d("0"))));

	/**
	 * Subject 1, four evaluators: 11 (80, 90) → 86; 12 (70, 70) → 70; 13 (90, 80) → 84;
	 * 14 (60, 50) → 54. Subject 2, two evaluators: 11 (50, 100) → 80; 12 (75, 75) → 75.
	 * Subject 3: nobody.
	 */
	private static final List<Scoring.Sheet> SHEETS = List.of(sheet(11, 1, "80", "90"), sheet(12, 1, "70", "70"),
			sheet(13, 1, "90", "80"), sheet(14, 1, "60", "50"), sheet(11, 2, "50", "100"), sheet(12, 2, "75", "75"));

	/** What was computed by hand, for subject 1 then 2 then 3. */
	record Expected(String score, String mean, String trimmed, String deviation, String spread, Integer count,
			boolean divergent, List<Long> outliers, Scoring.AppliedRule rule, boolean belowMinimum, String indicator1,
			String indicator2) {
	}

	@Test
	void theTrimmedMeanCaseIsTheSameThroughTheCallAndTheAnnualEvaluation() {
		// subject 1: mean 294 ÷ 4 = 73.5; without 54 and 86: (70 + 84) ÷ 2 = 77;
		// deviations
		// 12.5, −3.5, 10.5, −19.5 → variance 659 ÷ 4 = 164.75 → σ 12.835… (≥ 10:
		// divergent); 14 is 30 below the median 84 of the others (≥ 20: outlier), 11 is
		// 16
		// above 70, 12 14 below 84, 13 14 above 70 (< 20)
		Scoring.Rules rules = new Scoring.Rules(Aggregation.TRIMMED_MEAN, d("10"), d("20"), 3);
		List<Expected> expected = List.of(
				new Expected("77.00", "73.50", "77.00", "12.84", "32.00", 4, true, List.of(14L),
						Scoring.AppliedRule.TRIMMED_MEAN, false, "75.00", "72.50"),
				// subject 2: 80 and 75: mean 77.5, too few to trim, σ 2.5, below three
				new Expected("77.50", "77.50", "77.50", "2.50", "5.00", 2, false, List.of(),
						Scoring.AppliedRule.MEAN_TOO_FEW_TO_TRIM, true, "62.50", "87.50"),
				new Expected(null, null, null, null, null, 0, false, List.of(),
						Scoring.AppliedRule.MEAN_TOO_FEW_TO_TRIM, true, null, null));
		bothPathsGive(rules, expected);
	}

	@Test
	void theMeanCaseIsTheSameThroughTheCallAndTheAnnualEvaluation() {
		Scoring.Rules rules = new Scoring.Rules(Aggregation.MEAN, d("13"), d("10"), 2);
		// σ 12.84 < 13: not divergent; threshold 10: every evaluator of subject 1 is at
		// least 14 from the others' median
		List<Expected> expected = List.of(
				new Expected("73.50", "73.50", "77.00", "12.84", "32.00", 4, false, List.of(11L, 12L, 13L, 14L),
						Scoring.AppliedRule.MEAN, false, "75.00", "72.50"),
				new Expected("77.50", "77.50", "77.50", "2.50", "5.00", 2, false, List.of(), Scoring.AppliedRule.MEAN,
						false, "62.50", "87.50"),
				new Expected(null, null, null, null, null, 0, false, List.of(), Scoring.AppliedRule.MEAN, true, null,
						null));
		bothPathsGive(rules, expected);
	}

	@Test
	void evaluatorSpreadsAreTheSameThroughBothPaths() {
		Scoring.Rules rules = new Scoring.Rules(Aggregation.TRIMMED_MEAN, d("10"), d("20"), 3);
		List<Scoring.EvaluatorSpread> call = Ranking.compute(INDICATORS, plans(), SHEETS, rules).evaluators();
		List<Scoring.EvaluatorSpread> annual = AnnualBoard
			.compute(INDICATORS, SCALE, rules, subjects(), annualSheets(), List.of())
			.evaluators();
		assertThat(annual).isEqualTo(call);
		// 14: −30 from the median of the others → flagged; 11: +16 → not
		assertThat(annual).filteredOn((s) -> s.accountId() == 14)
			.singleElement()
			.satisfies((s) -> assertThat(s.flagged()).isTrue());
		assertThat(annual).filteredOn((s) -> s.accountId() == 11)
			.singleElement()
			.satisfies((s) -> assertThat(s.meanDeviation()).isEqualByComparingTo("16"));
	}

	@Test
	void anExcludedEvaluatorCountsInNeitherPath() {
		// the call leaves an excluded evaluator's sheet out; the annual board is told the
		// conflict: both then score subject 1 on 86, 70, 84 → trimmed 84
		Scoring.Rules rules = new Scoring.Rules(Aggregation.TRIMMED_MEAN, d("10"), d("20"), 3);
		List<Scoring.Sheet> withoutFourteen = SHEETS.stream()
			.filter((s) -> !(s.accountId() == 14 && s.subjectId() == 1))
			.toList();
		Ranking.Row call = row(Ranking.compute(INDICATORS, plans(), withoutFourteen, rules), 1);
		AnnualBoard.Row annual = AnnualBoard
			.compute(INDICATORS, SCALE, rules, subjects(), annualSheets(),
					List.of(new AnnualViews.Conflict(14, 1, "DECLARED", "용역 수행")))
			.row(1);
		assertThat(call.score()).isEqualByComparingTo("84.00");
		assertThat(annual.outcome().score()).isEqualByComparingTo(call.score());
		assertThat(annual.outcome().count()).isEqualTo(call.count()).isEqualTo(3);
		assertThat(annual.suggestedRating()).isEqualTo("우수");
	}

	private static void bothPathsGive(Scoring.Rules rules, List<Expected> expected) {
		Ranking.Result call = Ranking.compute(INDICATORS, plans(), SHEETS, rules);
		AnnualBoard annual = AnnualBoard.compute(INDICATORS, SCALE, rules, subjects(), annualSheets(), List.of());
		for (int i = 0; i < expected.size(); i++) {
			long id = i + 1;
			Expected want = expected.get(i);
			Ranking.Row c = row(call, id);
			Scoring.Outcome a = annual.row(id).outcome();
			// the call's path
			check(want, c.score(), c.mean(), c.trimmedMean(), c.standardDeviation(), c.spread(), c.count(),
					c.divergent(), c.outlierAccounts(), c.appliedRule(), c.belowMinimum(), c.indicatorMeans());
			// the annual path
			check(want, a.score(), a.mean(), a.trimmedMean(), a.standardDeviation(), a.spread(), a.count(),
					a.divergent(), a.outlierAccounts(), a.appliedRule(), a.belowMinimum(), a.indicatorMeans());
			assertThat(a.totals()).isEqualTo(c.totals());
			assertThat(annual.row(id).suggestedRating())
				.isEqualTo((want.score() == null) ? null : SCALE.rate(new BigDecimal(want.score())));
		}
	}

	private static void check(Expected want, BigDecimal score, BigDecimal mean, BigDecimal trimmed,
			BigDecimal deviation, BigDecimal spread, int count, boolean divergent, List<Long> outliers,
			Scoring.AppliedRule rule, boolean belowMinimum, Map<Long, BigDecimal> indicatorMeans) {
		assertThat(score).isEqualTo(decimal(want.score()));
		assertThat(mean).isEqualTo(decimal(want.mean()));
		assertThat(trimmed).isEqualTo(decimal(want.trimmed()));
		assertThat(deviation).isEqualTo(decimal(want.deviation()));
		assertThat(spread).isEqualTo(decimal(want.spread()));
		assertThat(count).isEqualTo(want.count());
		assertThat(divergent).isEqualTo(want.divergent());
		assertThat(outliers).containsExactlyInAnyOrderElementsOf(want.outliers());
		assertThat(rule).isEqualTo(want.rule());
		assertThat(belowMinimum).isEqualTo(want.belowMinimum());
		assertThat(indicatorMeans.get(1L)).isEqualTo(decimal(want.indicator1()));
		assertThat(indicatorMeans.get(2L)).isEqualTo(decimal(want.indicator2()));
	}

	private static Ranking.Row row(Ranking.Result result, long planId) {
		return result.rows().stream().filter((r) -> r.plan().planId() == planId).findFirst().orElseThrow();
	}

	private static List<Ranking.Plan> plans() {
		List<Ranking.Plan> plans = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			plans.add(new Ranking.Plan(i, "지역 " + i, Instant.parse("2600-01-0" + i + "T00:00:00Z"), i));
		}
		return plans;
	}

	private static List<AnnualViews.Subject> subjects() {
		List<AnnualViews.Subject> subjects = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			subjects.add(new AnnualViews.Subject(i, 1, 100 + i, 1, 200 + i, 1, i, "지역 " + i, null, null, null, null,
					null, null, null, null, 0));
		}
		return subjects;
	}

	private static List<AnnualViews.Sheet> annualSheets() {
		List<AnnualViews.Sheet> sheets = new ArrayList<>();
		long id = 1;
		for (Scoring.Sheet sheet : SHEETS) {
			sheets.add(new AnnualViews.Sheet(id++, sheet.accountId(), sheet.subjectId(),
					kr.go.sandan.evaluation.SheetStatus.SUBMITTED, null, Instant.EPOCH, 1, sheet.scores(), Map.of(),
					null));
		}
		return sheets;
	}

	private static Scoring.Sheet sheet(long account, long subject, String first, String second) {
		return new Scoring.Sheet(account, subject, Map.of(1L, d(first), 2L, d(second)));
	}

	private static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

}
