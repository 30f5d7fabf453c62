package kr.go.sandan.district;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kr.go.sandan.web.NumberInput;

/**
 * A district year's actuals as an .xlsx workbook the region fills in offline, and read
 * back, as a plan's projects are ({@code plan.ProjectWorkbook}): one row per target with
 * its number, name, unit, the report's year, baseline, last year's actual and the year's
 * target filled in; the region writes the actual and its source. Columns are read by
 * position; every cell is checked (the target's number and name, unit, year, number,
 * source) and every refusal names its row and column. A row whose actual and source are
 * both blank changes nothing.
 */
final class ActualsWorkbook {

	/** The largest file read. */
	static final int MAX_BYTES = 1024 * 1024;

	/** The most rows read (a district has a handful of targets). */
	static final int MAX_ROWS = 200;

	static final int NUMBER = 0;

	static final int TARGET = 1;

	static final int UNIT = 2;

	static final int YEAR = 3;

	static final int BASELINE = 4;

	static final int LAST_YEAR = 5;

	static final int YEAR_TARGET = 6;

	static final int ACTUAL = 7;

	static final int SOURCE = 8;

	private static final String[] HEADER_KEYS = { "district.excel.col.number", "district.excel.col.target",
			"district.excel.col.unit", "district.excel.col.year", "district.excel.col.baseline",
			"district.excel.col.lastYear", "district.excel.col.yearTarget", "district.excel.col.actual",
			"district.excel.col.source" };

	private ActualsWorkbook() {
	}

	/**
	 * A refusal of one cell (row and column as Excel shows them) or of the whole file.
	 */
	record Problem(int row, @Nullable String column, @Nullable String columnKey, String messageKey,
			@Nullable String value) {

		static Problem ofFile(String messageKey) {
			return new Problem(0, null, null, messageKey, null);
		}

	}

	/** One filled row: a target's actual and source for the year. */
	record Line(int row, long targetId, @Nullable BigDecimal value,
			@Nullable String source) implements java.io.Serializable {
	}

	/** What a file says: its lines, or the problems that refuse it. */
	record Reading(List<Line> lines, List<Problem> problems) {

		boolean refused() {
			return !this.problems.isEmpty();
		}

	}

	/**
	 * The template of the year's actuals: the targets with their path, last year's
	 * actuals ({@code lastYear} by target) and what the report holds now.
	 */
	static byte[] template(List<DistrictViews.Target> targets, DistrictYear year, Map<Long, BigDecimal> lastYear,
			Map<Long, DistrictViews.Actual> now, Function<String, String> messages) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			Sheet sheet = workbook.createSheet(messages.apply("district.excel.sheet"));
			Row head = sheet.createRow(0);
			for (int c = 0; c < HEADER_KEYS.length; c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(messages.apply(HEADER_KEYS[c]));
				cell.setCellStyle(header);
				sheet.setColumnWidth(c, ((c == TARGET || c == SOURCE) ? 36 : 12) * 256);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (DistrictViews.Target target : targets) {
				Row row = sheet.createRow(r++);
				row.createCell(NUMBER).setCellValue(r - 1);
				row.createCell(TARGET).setCellValue(target.asWritten());
				row.createCell(UNIT).setCellValue(Objects.toString(target.unit(), ""));
				row.createCell(YEAR).setCellValue(year.label());
				number(row, BASELINE, target.baselineValue());
				number(row, LAST_YEAR, lastYear.get(target.id()));
				number(row, YEAR_TARGET, target.yearTarget(year.number()));
				DistrictViews.Actual actual = now.get(target.id());
				if (actual != null) {
					number(row, ACTUAL, actual.value());
					if (actual.source() != null) {
						row.createCell(SOURCE).setCellValue(actual.source());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void number(Row row, int column, @Nullable BigDecimal value) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
		}
	}

	/**
	 * Reads a filled template. The file is refused as a whole when it is not an .xlsx
	 * workbook, is empty or too large, or holds formulas; otherwise every cell is
	 * checked.
	 */
	static Reading read(byte @Nullable [] content, List<DistrictViews.Target> targets, DistrictYear year) {
		if (content == null || content.length == 0) {
			return refused("district.excel.error.empty");
		}
		if (content.length > MAX_BYTES) {
			return refused("district.excel.error.tooLarge");
		}
		if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
			return refused("district.excel.error.notXlsx");
		}
		List<Problem> problems = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return refused("district.excel.error.empty");
			}
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				return refused("district.excel.error.tooManyRows");
			}
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA) {
						return new Reading(List.of(),
								List.of(new Problem(cell.getRowIndex() + 1,
										CellReference.convertNumToColString(cell.getColumnIndex()), null,
										"district.excel.error.formula", null)));
					}
				}
			}
			Set<Long> seen = new HashSet<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || blank(row)) {
					continue;
				}
				Line line = line(row, targets, year, problems, seen);
				if (line != null) {
					lines.add(line);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return refused("district.excel.error.notXlsx");
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(Problem.ofFile("district.excel.error.empty"));
		}
		return new Reading(problems.isEmpty() ? lines : List.of(), problems);
	}

	private static Reading refused(String key) {
		return new Reading(List.of(), List.of(Problem.ofFile(key)));
	}

	private static boolean blank(Row row) {
		for (int c = 0; c < HEADER_KEYS.length; c++) {
			if (!text(row.getCell(c)).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable Line line(Row row, List<DistrictViews.Target> targets, DistrictYear year,
			List<Problem> problems, Set<Long> seen) {
		int r = row.getRowNum() + 1;
		String numberText = text(row.getCell(NUMBER));
		String name = text(row.getCell(TARGET));
		DistrictViews.Target target = null;
		try {
			int number = Integer.parseInt(numberText);
			if (number >= 1 && number <= targets.size() && targets.get(number - 1).asWritten().equals(name)) {
				target = targets.get(number - 1);
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		if (target == null) {
			problems.add(problem(r, TARGET, "district.excel.error.target", numberText + " " + name));
			return null;
		}
		if (!seen.add(target.id())) {
			problems.add(problem(r, TARGET, "district.excel.error.duplicate", name));
			return null;
		}
		int before = problems.size();
		String unit = text(row.getCell(UNIT));
		if (!unit.equals(Objects.toString(target.unit(), ""))) {
			problems.add(problem(r, UNIT, "district.excel.error.unit", unit));
		}
		String yearText = text(row.getCell(YEAR)).replace("년", "").strip();
		if (!yearText.equals(String.valueOf(year.label()))) {
			problems.add(problem(r, YEAR, "district.excel.error.year", yearText));
		}
		String valueText = text(row.getCell(ACTUAL));
		BigDecimal value = null;
		try {
			value = NumberInput.parse(valueText);
			if (value != null) {
				BigDecimal plain = value.stripTrailingZeros();
				if (plain.scale() > 4 || plain.precision() - plain.scale() > 16) {
					problems.add(problem(r, ACTUAL, "district.excel.error.digits", valueText));
				}
			}
		}
		catch (ParseException ex) {
			problems.add(problem(r, ACTUAL, "district.excel.error.number", valueText));
		}
		String source = text(row.getCell(SOURCE));
		if (source.length() > 200) {
			problems.add(problem(r, SOURCE, "district.excel.error.tooLong", source.substring(0, 20) + "…"));
		}
		if (problems.size() > before || (value == null && source.isEmpty())) {
			return null;
		}
		return new Line(r, target.id(), value, source.isEmpty() ? null : source);
	}

	/**
	 * What saving a line would change: the target, its actual and source now and after.
	 */
	record Change(DistrictViews.Target target, @Nullable BigDecimal valueBefore, @Nullable String sourceBefore,
			@Nullable BigDecimal valueAfter, @Nullable String sourceAfter) {
	}

	/** The lines that would change what the report holds, in the targets' order. */
	static List<Change> changes(List<Line> lines, List<DistrictViews.Target> targets,
			Map<Long, DistrictViews.Actual> now) {
		List<Change> changes = new ArrayList<>();
		for (DistrictViews.Target target : targets) {
			for (Line line : lines) {
				if (line.targetId() != target.id()) {
					continue;
				}
				DistrictViews.Actual actual = now.get(target.id());
				BigDecimal value = (actual != null) ? actual.value() : null;
				String source = (actual != null) ? actual.source() : null;
				boolean same = ((value == null) ? line.value() == null
						: line.value() != null && value.compareTo(line.value()) == 0)
						&& Objects.equals(source, line.source());
				if (!same) {
					changes.add(new Change(target, value, source, line.value(), line.source()));
				}
			}
		}
		return changes;
	}

	private static Problem problem(int row, int column, String key, String value) {
		return new Problem(row, CellReference.convertNumToColString(column), HEADER_KEYS[column], key, value);
	}

	/**
	 * A cell as text: numbers as Excel shows them (no binary fractions), blanks empty.
	 */
	static String text(@Nullable Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue().replace('\u0000', ' ').strip();
			case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

}
