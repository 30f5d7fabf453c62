package kr.go.sandan.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The ranking board as an .xlsx workbook: the same rows and figures as the page. */
@Component
class RankingWorkbook {

	private final MessageSource messages;

	RankingWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(RankingBoards.Board board, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

			Sheet ranking = workbook.createSheet(text("ranking.sheet", locale));
			Row caption = ranking.createRow(0);
			caption.createCell(0)
				.setCellValue(text("ranking.title", locale, board.year(), board.ordinal()) + " — "
						+ text("evaluation.aggregation." + board.aggregation(), locale));
			caption.getCell(0).setCellStyle(bold);
			List<String> headers = new ArrayList<>(List.of(text("ranking.rank", locale), text("plan.region", locale),
					text("ranking.score", locale), text("ranking.mean", locale), text("ranking.trimmedMean", locale),
					text("ranking.deviation", locale), text("ranking.spread", locale), text("ranking.count", locale)));
			board.indicators().forEach((indicator) -> headers.add(indicator.name()));
			headers.add(text("ranking.flags", locale));
			headers.add(text("ranking.tieBreak", locale));
			header(ranking.createRow(2), headers, bold);
			int r = 3;
			for (RankingBoards.BoardRow row : board.rows()) {
				Ranking.Row result = row.result();
				Row line = ranking.createRow(r++);
				int c = 0;
				if (result.rank() != null) {
					line.createCell(c).setCellValue(result.rank());
				}
				c++;
				line.createCell(c++).setCellValue(row.plan().regionNameIn(locale));
				c = number(line, c, result.score(), decimal);
				c = number(line, c, result.mean(), decimal);
				c = number(line, c, result.trimmedMean(), decimal);
				c = number(line, c, result.standardDeviation(), decimal);
				c = number(line, c, result.spread(), decimal);
				line.createCell(c++).setCellValue(result.count());
				for (Ranking.Indicator indicator : board.indicators()) {
					c = number(line, c, result.indicatorMeans().get(indicator.id()), decimal);
				}
				line.createCell(c++)
					.setCellValue(result.divergent() ? text("ranking.divergent", locale)
							: (result.count() == 0) ? text("ranking.noScores", locale) : "");
				line.createCell(c).setCellValue(tieBreak(board, result.tieBreak(), locale));
			}
			ranking.createRow(r + 1).createCell(0).setCellValue(text("ranking.rule", locale));
			for (int i = 0; i < headers.size(); i++) {
				ranking.setColumnWidth(i, ((i == 1) ? 16 : 12) * 256 * 2);
			}

			Sheet totals = workbook.createSheet(text("ranking.totalsSheet", locale));
			List<String> people = new ArrayList<>(List.of(text("plan.region", locale)));
			board.evaluators().forEach((evaluator) -> people.add(evaluator.person().displayName()));
			header(totals.createRow(0), people, bold);
			int t = 1;
			for (RankingBoards.BoardRow row : board.rows()) {
				Row line = totals.createRow(t++);
				line.createCell(0).setCellValue(row.plan().regionNameIn(locale));
				int c = 1;
				for (RankingBoards.EvaluatorLine evaluator : board.evaluators()) {
					c = number(line, c, row.total(evaluator.person().id()), decimal);
				}
			}
			Row deviation = totals.createRow(t + 1);
			deviation.createCell(0).setCellValue(text("ranking.evaluatorDeviation", locale));
			int c = 1;
			for (RankingBoards.EvaluatorLine evaluator : board.evaluators()) {
				c = number(deviation, c, (evaluator.spread() != null) ? evaluator.spread().meanDeviation() : null,
						decimal);
			}
			for (int i = 0; i < people.size(); i++) {
				totals.setColumnWidth(i, 14 * 256 * 2);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String tieBreak(RankingBoards.Board board, Ranking.TieBreak tieBreak, Locale locale) {
		if (tieBreak == null) {
			return "";
		}
		return tieBreak.bySubmission() ? text("ranking.tieBreak.submission", locale)
				: text("ranking.tieBreak.indicator", locale, board.indicatorName(tieBreak.indicatorId()));
	}

	private static void header(Row row, List<String> labels, CellStyle style) {
		for (int i = 0; i < labels.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(labels.get(i));
			cell.setCellStyle(style);
		}
	}

	private static int number(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
			cell.setCellStyle(style);
		}
		return column + 1;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
