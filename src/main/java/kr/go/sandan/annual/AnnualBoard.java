package kr.go.sandan.annual;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kr.go.sandan.evaluation.Scoring;

/**
 * A year's districts as scored: only submitted sheets of evaluators without a conflict
 * count, each district's figures come from {@link Scoring} (the call's engine) and its
 * suggested rating from the committee's scale. The ministry's decision may differ from
 * the suggestion; the board shows both.
 */
public record AnnualBoard(List<Scoring.Indicator> indicators, RatingScale scale, Scoring.Rules rules, List<Row> rows,
		List<Scoring.EvaluatorSpread> evaluators, int expectedSheets, int submittedSheets) {

	/**
	 * A district year with its outcome, the rating its score suggests and its sheets
	 * (counted: assigned and not excluded; submitted).
	 */
	public record Row(AnnualViews.Subject subject, Scoring.Outcome outcome, String suggestedRating, int countedSheets,
			int submittedSheets) {
	}

	static AnnualBoard compute(List<Scoring.Indicator> indicators, RatingScale scale, Scoring.Rules rules,
			List<AnnualViews.Subject> subjects, List<AnnualViews.Sheet> sheets, List<AnnualViews.Conflict> conflicts) {
		Set<String> excluded = new HashSet<>();
		conflicts.forEach((conflict) -> excluded.add(conflict.accountId() + "/" + conflict.subjectId()));
		List<Scoring.Sheet> counted = new ArrayList<>();
		int expected = 0;
		for (AnnualViews.Sheet sheet : sheets) {
			if (excluded.contains(sheet.accountId() + "/" + sheet.subjectId())) {
				continue;
			}
			expected++;
			if (sheet.submitted()) {
				counted.add(new Scoring.Sheet(sheet.accountId(), sheet.subjectId(), sheet.scores()));
			}
		}
		Scoring.Result result = Scoring.score(indicators, subjects.stream().map(AnnualViews.Subject::id).toList(),
				counted, rules);
		List<Row> rows = new ArrayList<>();
		for (AnnualViews.Subject subject : subjects) {
			Scoring.Outcome outcome = result.of(subject.id());
			long assigned = sheets.stream()
				.filter((s) -> s.subjectId() == subject.id() && !excluded.contains(s.accountId() + "/" + s.subjectId()))
				.count();
			rows.add(new Row(subject, outcome, scale.rate(outcome.score()), (int) assigned, outcome.count()));
		}
		return new AnnualBoard(indicators, scale, rules, rows, result.evaluators(), expected, counted.size());
	}

	public Row row(long subjectId) {
		return this.rows.stream().filter((row) -> row.subject().id() == subjectId).findFirst().orElse(null);
	}

	public boolean complete() {
		return this.expectedSheets == this.submittedSheets;
	}

}
