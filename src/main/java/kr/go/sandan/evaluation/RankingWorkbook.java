package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.web.ExcelWorkbook;

/**
 * The ranking board as an .xlsx workbook an officer can work with: what the page shows
 * and what it rests on. The ranking with each plan's progress, the rule applied, the
 * minimum and the board's flags; every evaluator's exact total (cells far from the others
 * marked), so that each score can be recomputed; the evaluators with the distance the
 * board flags on; every indicator score with its comment; the opinions; the exclusions;
 * and the rules. A sheet per table, the header frozen and filtered.
 */
@Component
class RankingWorkbook {

	private final MessageSource messages;

	RankingWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(RankingBoards.Board board, Locale locale) {
		ExcelWorkbook workbook = new ExcelWorkbook();
		ranking(workbook, board, locale);
		totals(workbook, board, locale);
		evaluators(workbook, board, locale);
		scores(workbook, board, locale);
		opinions(workbook, board, locale);
		exclusions(workbook, board, locale);
		rules(workbook, board, locale);
		return workbook.bytes();
	}

	private void ranking(ExcelWorkbook workbook, RankingBoards.Board board, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text("ranking.rank", locale), text("plan.region", locale),
				text("ranking.score", locale), text("ranking.mean", locale), text("ranking.trimmedMean", locale),
				text("ranking.deviation", locale), text("ranking.spread", locale), text("ranking.count", locale),
				text("ranking.sheet.submitted", locale), text("ranking.sheet.counted", locale),
				text("ranking.appliedRule", locale)));
		board.indicators().forEach((indicator) -> headers.add(indicator.name()));
		headers.add(text("ranking.flags", locale));
		headers.add(text("ranking.tieBreak", locale));
		ExcelWorkbook.Table table = workbook.table(text("ranking.sheet", locale), headers);
		for (RankingBoards.BoardRow row : board.rows()) {
			Ranking.Row result = row.result();
			ExcelWorkbook.Line line = table.line()
				.integer(result.rank())
				.text(row.plan().regionNameIn(locale))
				.decimal(result.score())
				.decimal(result.mean())
				.decimal(result.trimmedMean())
				.decimal(result.standardDeviation())
				.decimal(result.spread())
				.integer(result.count())
				.integer(row.submittedSheets())
				.integer(row.countedSheets())
				.text((result.count() > 0) ? text("ranking.applied." + row.appliedRule(), locale) : "");
			for (Scoring.Indicator indicator : board.indicators()) {
				line.decimal(result.indicatorMeans().get(indicator.id()));
			}
			line.flaggedText(flags(board, row, locale)).text(tieBreak(board, result.tieBreak(), locale));
		}
		table.widths(8, 18, 10, 10, 12, 10, 10, 10, 10, 10, 28).filter();
	}

	/** The board's warnings for a plan, in words. */
	private String flags(RankingBoards.Board board, RankingBoards.BoardRow row, Locale locale) {
		List<String> flags = new ArrayList<>();
		Ranking.Row result = row.result();
		if (result.divergent()) {
			flags.add(text("ranking.divergent", locale));
		}
		if (result.count() == 0) {
			flags.add(text("ranking.noScores", locale));
		}
		if (row.belowMinimum()) {
			flags.add(text("ranking.belowMinimum", locale, result.count(), board.minimumEvaluators()));
		}
		if (!result.outlierAccounts().isEmpty()) {
			flags.add(text("ranking.outliersIn", locale,
					String.join(", ", result.outlierAccounts().stream().map(board::evaluatorName).toList())));
		}
		return String.join("; ", flags);
	}

	private void totals(ExcelWorkbook workbook, RankingBoards.Board board, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text("plan.region", locale)));
		board.evaluators().forEach((evaluator) -> headers.add(evaluator.person().displayName()));
		ExcelWorkbook.Table table = workbook.table(text("ranking.totalsSheet", locale), headers);
		for (RankingBoards.BoardRow row : board.rows()) {
			ExcelWorkbook.Line line = table.line().text(row.plan().regionNameIn(locale));
			for (RankingBoards.EvaluatorLine evaluator : board.evaluators()) {
				long accountId = evaluator.person().id();
				RankingBoards.SheetDetail sheet = board.sheet(accountId, row.plan().planId());
				if (sheet == null) {
					line.text("");
				}
				else if (sheet.excluded()) {
					line.text(text("evaluation.cell.excluded", locale));
				}
				else if (sheet.total() == null) {
					line.text(text("evaluation.sheet.status." + sheet.status(), locale));
				}
				else {
					line.exact(sheet.total(), row.outlier(accountId));
				}
			}
		}
		table.widths(18).filter();
	}

	private void evaluators(ExcelWorkbook workbook, RankingBoards.Board board, Locale locale) {
		ExcelWorkbook.Table table = workbook.table(text("ranking.evaluatorsSheet", locale),
				List.of(text("evaluation.member.name", locale), text("evaluation.member.affiliation", locale),
						text("ranking.sheet.counted", locale), text("ranking.sheet.submitted", locale),
						text("ranking.meanDeviation", locale), text("ranking.meanAbsoluteDeviation", locale),
						text("ranking.flags", locale)));
		for (RankingBoards.EvaluatorLine evaluator : board.evaluators()) {
			Scoring.EvaluatorSpread spread = evaluator.spread();
			table.line()
				.text(evaluator.person().displayName())
				.text(evaluator.person().affiliation())
				.integer(evaluator.counted())
				.integer(evaluator.submitted())
				.decimal((spread != null) ? spread.meanDeviation() : null)
				.decimal((spread != null) ? spread.meanAbsoluteDeviation() : null)
				.flaggedText(evaluator.flagged() ? text("ranking.outlier", locale) : "");
		}
		table.widths(16, 24, 10, 10, 12, 14, 22).filter();
	}

	private void scores(ExcelWorkbook workbook, RankingBoards.Board board, Locale locale) {
		ExcelWorkbook.Table table = workbook.table(text("ranking.scoresSheet", locale),
				List.of(text("plan.region", locale), text("evaluation.member.name", locale),
						text("evaluation.sheet.status", locale), text("call.indicator.name", locale),
						text("call.indicator.weight", locale), text("evaluation.sheet.score", locale),
						text("evaluation.sheet.comment", locale), text("ranking.flags", locale)));
		for (RankingBoards.BoardRow row : board.rows()) {
			for (RankingBoards.EvaluatorLine evaluator : board.evaluators()) {
				RankingBoards.SheetDetail sheet = board.sheet(evaluator.person().id(), row.plan().planId());
				if (sheet == null) {
					continue;
				}
				String status = sheet.excluded() ? text("evaluation.cell.excluded", locale)
						: text("evaluation.sheet.status." + sheet.status(), locale);
				String flag = row.outlier(sheet.accountId()) ? text("ranking.outlier", locale) : "";
				for (Scoring.Indicator indicator : board.indicators()) {
					BigDecimal score = sheet.scores().get(indicator.id());
					table.line()
						.text(row.plan().regionNameIn(locale))
						.text(evaluator.person().displayName())
						.text(status)
						.text(indicator.name())
						.decimal(indicator.weight())
						.decimal(score)
						.text(sheet.comments().get(indicator.id()))
						.flaggedText(flag);
				}
			}
		}
		table.widths(18, 16, 12, 22, 8, 8, 60, 22).filter();
	}

	private void opinions(ExcelWorkbook workbook, RankingBoards.Board board, Locale locale) {
		ExcelWorkbook.Table table = workbook.table(text("ranking.opinionsSheet", locale),
				List.of(text("plan.region", locale), text("evaluation.member.name", locale),
						text("evaluation.sheet.status", locale), text("ranking.submittedAt", locale),
						text("evaluation.sheet.opinion", locale)));
		for (RankingBoards.BoardRow row : board.rows()) {
			for (RankingBoards.EvaluatorLine evaluator : board.evaluators()) {
				RankingBoards.SheetDetail sheet = board.sheet(evaluator.person().id(), row.plan().planId());
				if (sheet == null || sheet.excluded()) {
					continue;
				}
				table.line()
					.text(row.plan().regionNameIn(locale))
					.text(evaluator.person().displayName())
					.text(text("evaluation.sheet.status." + sheet.status(), locale))
					.dateTime(sheet.submittedAt())
					.text(sheet.opinion());
			}
		}
		table.widths(18, 16, 12, 18, 80).filter();
	}

	private void exclusions(ExcelWorkbook workbook, RankingBoards.Board board, Locale locale) {
		ExcelWorkbook.Table table = workbook.table(text("ranking.exclusionsSheet", locale),
				List.of(text("evaluation.member.name", locale), text("plan.region", locale),
						text("evaluation.conflict.reason", locale), text("evaluation.conflict.detail", locale),
						text("evaluation.conflict.recordedAt", locale)));
		for (RankingBoards.Exclusion exclusion : board.exclusions()) {
			RankingBoards.BoardRow row = board.row(exclusion.planId());
			table.line()
				.text(board.evaluatorName(exclusion.accountId()))
				.text((row != null) ? row.plan().regionNameIn(locale) : String.valueOf(exclusion.planId()))
				.text(text("evaluation.conflict." + exclusion.reason(), locale))
				.text(exclusion.detail())
				.dateTime(exclusion.recordedAt());
		}
		table.widths(16, 18, 14, 40, 18).filter();
	}

	private void rules(ExcelWorkbook workbook, RankingBoards.Board board, Locale locale) {
		ExcelWorkbook.Table table = workbook.table(text("ranking.rulesSheet", locale),
				List.of(text("ranking.rules.item", locale), text("ranking.rules.value", locale)));
		table.line()
			.text(text("ranking.rules.round", locale))
			.text(text("ranking.title", locale, board.year(), board.ordinal()));
		table.line()
			.text(text("ranking.rules.state", locale))
			.text(board.isFinal() ? text("ranking.final", locale)
					: text("ranking.provisional", locale, board.submittedSheets(), board.expectedSheets()));
		table.line().text(text("ranking.rules.completedAt", locale)).dateTime(board.completedAt());
		table.line()
			.text(text("evaluation.aggregation", locale))
			.text(text("evaluation.aggregation." + board.aggregation(), locale));
		table.line().text(text("evaluation.divergenceThreshold", locale)).decimal(board.divergenceThreshold());
		table.line().text(text("evaluation.outlierThreshold", locale)).decimal(board.outlierThreshold());
		table.line().text(text("evaluation.minimumEvaluators", locale)).integer(board.minimumEvaluators());
		table.line().text(text("ranking.rules.flags", locale)).text(text("ranking.flagRules", locale));
		table.line().text(text("ranking.rules.ties", locale)).text(text("ranking.rule", locale));
		table.line().text(text("ranking.rules.exact", locale)).text(text("ranking.exactNote", locale));
		table.widths(24, 100);
	}

	String tieBreak(RankingBoards.Board board, Ranking.TieBreak tieBreak, Locale locale) {
		if (tieBreak == null) {
			return "";
		}
		return tieBreak.bySubmission() ? text("ranking.tieBreak.submission", locale)
				: text("ranking.tieBreak.indicator", locale, board.indicatorName(tieBreak.indicatorId()));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
