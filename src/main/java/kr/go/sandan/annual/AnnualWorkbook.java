package kr.go.sandan.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.evaluation.Scoring;
import kr.go.sandan.region.RegionNames;
import kr.go.sandan.web.ExcelWorkbook;

/**
 * A year's annual evaluation as a workbook: each district's figures (as the board shows
 * them, from the one scoring engine), its rating and budget adjustment; then every
 * recommendation with its due date.
 */
@Component
class AnnualWorkbook {

	private final MessageSource messages;

	private final RegionNames regionNames;

	AnnualWorkbook(MessageSource messages, RegionNames regionNames) {
		this.messages = messages;
		this.regionNames = regionNames;
	}

	byte[] write(AnnualEvaluations.Page page, Locale locale) {
		ExcelWorkbook workbook = new ExcelWorkbook();
		AnnualBoard board = page.board();
		List<String> headers = new ArrayList<>(List.of(text("annual.board.district", locale),
				text("annual.workbook.districtYear", locale), text("annual.workbook.evaluators", locale),
				text("annual.board.score", locale), text("annual.workbook.mean", locale),
				text("annual.workbook.trimmedMean", locale), text("annual.workbook.deviation", locale)));
		board.indicators().forEach((indicator) -> headers.add(indicator.name()));
		headers.addAll(List.of(text("annual.board.suggested", locale), text("annual.board.rating", locale),
				text("annual.budget", locale), text("annual.budget.value", locale),
				text("annual.budget.reason", locale), text("annual.board.flags", locale)));
		ExcelWorkbook.Table results = workbook.table(text("annual.workbook.results", locale), headers);
		for (AnnualBoard.Row row : board.rows()) {
			Scoring.Outcome outcome = row.outcome();
			AnnualViews.Subject subject = row.subject();
			ExcelWorkbook.Line line = results.line()
				.text(this.regionNames.in(subject.regionName(), locale))
				.integer(subject.districtYear())
				.integer(outcome.count())
				.decimal(outcome.score())
				.decimal(outcome.mean())
				.decimal(outcome.trimmedMean())
				.decimal(outcome.standardDeviation());
			board.indicators().forEach((indicator) -> line.decimal(outcome.indicatorMeans().get(indicator.id())));
			List<String> flags = new ArrayList<>();
			if (outcome.belowMinimum()) {
				flags.add(text("annual.flag.belowMinimum", locale, board.rules().minimumEvaluators()));
			}
			if (outcome.divergent()) {
				flags.add(text("annual.flag.divergent", locale));
			}
			line.text(row.suggestedRating())
				.text(subject.rating())
				.text((subject.budgetKind() != null) ? text("annual.budget." + subject.budgetKind(), locale) : "")
				.decimal(subject.budgetValue())
				.text(subject.budgetReason())
				.text(String.join(", ", flags));
		}
		results.filter();
		ExcelWorkbook.Table recommendations = workbook.table(text("annual.recommendations", locale),
				List.of(text("annual.board.district", locale), text("annual.workbook.number", locale),
						text("annual.recommendations", locale), text("annual.recommendation.dueOn", locale)));
		for (AnnualBoard.Row row : board.rows()) {
			for (AnnualViews.Recommendation recommendation : page.recommendationsOf(row.subject().id())) {
				recommendations.line()
					.text(this.regionNames.in(row.subject().regionName(), locale))
					.integer(recommendation.position() + 1)
					.text(recommendation.text())
					.date(recommendation.dueOn());
			}
		}
		recommendations.filter();
		return workbook.bytes();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
