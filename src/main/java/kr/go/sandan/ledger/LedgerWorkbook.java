package kr.go.sandan.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.region.RegionNames;
import kr.go.sandan.web.ExcelWorkbook;

/**
 * The ledger of a filter as an .xlsx workbook: its lines with every stage's current
 * figure, the roll-ups the pages show (the total, by ministry, district, year and
 * source), what is behind schedule and the adjusted national budget references the
 * published annual evaluations set. Amounts in KRW million as numbers, so that the sums
 * the officer makes are the portal's.
 */
@Component
class LedgerWorkbook {

	private final MessageSource messages;

	private final RegionNames regionNames;

	LedgerWorkbook(MessageSource messages, RegionNames regionNames) {
		this.messages = messages;
		this.regionNames = regionNames;
	}

	/** The workbook without adjusted references (their sheet empty). */
	byte[] write(LedgerReport report, Locale locale) {
		return write(report, List.of(), locale);
	}

	/**
	 * The workbook with the adjusted national budget references of the filter (a sheet of
	 * their own, after the others; empty when there are none).
	 */
	byte[] write(LedgerReport report, List<BudgetAdjustments.Adjusted> adjustments, Locale locale) {
		ExcelWorkbook workbook = new ExcelWorkbook();
		lines(workbook, report, locale);
		rollups(workbook, report, locale);
		behind(workbook, report, locale);
		adjustments(workbook, adjustments, locale);
		return workbook.bytes();
	}

	private void adjustments(ExcelWorkbook workbook, List<BudgetAdjustments.Adjusted> adjustments, Locale locale) {
		ExcelWorkbook.Table table = workbook.table(text("ledger.sheet.adjustments", locale),
				List.of(text("ledger.district", locale), text("ledger.round", locale), text("ledger.year", locale),
						text("ledger.adjustments.confirmed", locale), text("ledger.adjustments.kind", locale),
						text("ledger.adjustments.value", locale), text("ledger.adjustments.adjusted", locale),
						text("ledger.adjustments.reason", locale), text("ledger.adjustments.evaluationYear", locale)));
		for (BudgetAdjustments.Adjusted a : adjustments) {
			table.line()
				.text(this.regionNames.in(a.regionName(), locale))
				.integer(a.roundYear())
				.integer(a.year())
				.amount(a.confirmed())
				.text(text("ledger.adjustments.kind." + a.adjustment().kind(), locale))
				.decimal(a.adjustment().value())
				.amount(a.adjusted())
				.text(a.reason())
				.integer(a.evaluationYear());
		}
		table.filter();
	}

	private void lines(ExcelWorkbook workbook, LedgerReport report, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text("ledger.district", locale), text("ledger.round", locale),
				text("ledger.project", locale), text("ledger.leadMinistry", locale), text("ledger.year", locale),
				text("ledger.source", locale), text("ledger.confirmed", locale)));
		for (Stage stage : Stage.values()) {
			headers.add(text("ledger.stage." + stage, locale));
		}
		headers.add(text("ledger.rate", locale));
		ExcelWorkbook.Table table = workbook.table(text("ledger.sheet.lines", locale), headers);
		for (LedgerViews.Placed placed : report.lines()) {
			LedgerViews.Line line = placed.line();
			ExcelWorkbook.Line row = table.line()
				.text(this.regionNames.in(placed.regionName(), locale))
				.integer(placed.roundYear())
				.text(line.projectName())
				.text(ministry(line.leadMinistry(), locale))
				.integer(line.year())
				.text(text("ledger.source." + line.source(), locale))
				.amount(line.confirmed());
			for (Stage stage : Stage.values()) {
				row.amount(line.amount(stage));
			}
			row.decimal(line.rate());
		}
		table.filter();
	}

	private void rollups(ExcelWorkbook workbook, LedgerReport report, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text("ledger.rollup.group", locale),
				text("ledger.rollup.key", locale), text("ledger.confirmed", locale)));
		for (Stage stage : Stage.values()) {
			headers.add(text("ledger.stage." + stage, locale));
		}
		headers.add(text("ledger.rate", locale));
		ExcelWorkbook.Table table = workbook.table(text("ledger.sheet.rollups", locale), headers);
		rollup(table, text("ledger.rollup.total", locale), text("ledger.rollup.total", locale), report.total());
		for (Rollup r : report.byMinistry()) {
			rollup(table, text("ledger.rollup.key.ministry", locale), ministry(r.key(), locale), r);
		}
		for (Rollup r : report.byDistrict()) {
			rollup(table, text("ledger.rollup.key.district", locale), r.key(), r);
		}
		for (Rollup r : report.byYear()) {
			rollup(table, text("ledger.rollup.key.year", locale), r.key(), r);
		}
		for (Rollup r : report.bySource()) {
			rollup(table, text("ledger.rollup.key.source", locale), text("ledger.source." + r.key(), locale), r);
		}
		table.filter();
	}

	private static void rollup(ExcelWorkbook.Table table, String group, String key, Rollup r) {
		table.line()
			.text(group)
			.text(key)
			.amount(r.confirmed())
			.amount(r.secured())
			.amount(r.allocated())
			.amount(r.executed())
			.amount(r.settled())
			.amount(r.carriedOver())
			.amount(r.returned())
			.decimal(r.rate());
	}

	private void behind(ExcelWorkbook workbook, LedgerReport report, Locale locale) {
		ExcelWorkbook.Table table = workbook.table(text("ledger.sheet.behind", locale),
				List.of(text("ledger.district", locale), text("ledger.project", locale),
						text("ledger.leadMinistry", locale), text("ledger.year", locale), text("ledger.source", locale),
						text("ledger.rate", locale), text("ledger.behind.expected", locale)));
		for (LedgerReport.Behind b : report.behind()) {
			LedgerViews.Line line = b.placed().line();
			table.line()
				.text(LedgerReport.district(b.placed()))
				.text(line.projectName())
				.text(ministry(line.leadMinistry(), locale))
				.integer(line.year())
				.text(text("ledger.source." + line.source(), locale))
				.decimal(b.rate())
				.decimal(b.expected());
		}
		table.filter();
	}

	private String ministry(String code, Locale locale) {
		return (code != null && !"null".equals(code)) ? text("ministry." + code, locale) : "";
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
