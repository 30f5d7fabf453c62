package kr.go.sandan.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kr.go.sandan.web.NumberInput;

/**
 * The requested projects of a plan as an .xlsx workbook a region fills in, and read back.
 * One row per project and year on the first sheet (task, project, lead ministry,
 * new/continuing, year, 국비, 지방비, 민자 in KRW million); the allowed ministries, kinds, years
 * and the unit, with an example row, on the second. Columns are read by position; every
 * cell is checked and every refusal names its row and column.
 */
public final class ProjectWorkbook {

	/** The largest file read: a 200-project plan over three years is far below it. */
	static final int MAX_BYTES = 1024 * 1024;

	/** The most data rows read (200 projects × 3 years, with room to spare). */
	static final int MAX_ROWS = 1000;

	static final int TASK = 0;

	static final int NAME = 1;

	static final int MINISTRY = 2;

	static final int KIND = 3;

	static final int YEAR = 4;

	static final int NATIONAL = 5;

	static final int LOCAL = 6;

	static final int PRIVATE = 7;

	private static final int COLUMNS = 8;

	private static final String[] HEADER_KEYS = { "plan.import.col.task", "plan.import.col.name",
			"plan.import.col.ministry", "plan.import.col.kind", "plan.import.col.year", "plan.import.col.national",
			"plan.import.col.local", "plan.import.col.private" };

	static final String NEW = "신규";

	static final String CONTINUING = "계속";

	private ProjectWorkbook() {
	}

	/**
	 * A refusal of one cell (row and column as Excel shows them) or of the whole file.
	 */
	public record Problem(int row, String column, String columnKey, String messageKey, String value) {

		static Problem ofFile(String messageKey) {
			return new Problem(0, null, null, messageKey, null);
		}

	}

	/**
	 * One filled row: a project's request in one year (year null for a project with
	 * none).
	 */
	record Line(int row, String task, String name, Ministry ministry, Boolean newlyProposed, Integer year,
			BigDecimal national, BigDecimal local, BigDecimal privateFunds) implements java.io.Serializable {
	}

	/** What a file says: its lines, or the problems that refuse it. */
	record Reading(List<Line> lines, List<Problem> problems) {

		boolean refused() {
			return !this.problems.isEmpty();
		}

	}

	/** The template: the plan's projects as they stand, one row per project and year. */
	static byte[] template(InnovationPlan plan, List<Integer> years, Function<String, String> messages) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			Sheet sheet = workbook.createSheet(messages.apply("plan.import.sheet.projects"));
			Row head = sheet.createRow(0);
			for (int c = 0; c < COLUMNS; c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(messages.apply(HEADER_KEYS[c]));
				cell.setCellStyle(header);
				sheet.setColumnWidth(c, ((c == NAME) ? 40 : (c == TASK) ? 30 : 14) * 256);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (KeyTask task : plan.getKeyTasks()) {
				for (RequestedProject project : task.getProjects()) {
					List<YearBudget> budgets = project.getBudgets();
					if (budgets.isEmpty()) {
						line(sheet.createRow(r++), task.getName(), project, null);
					}
					for (YearBudget budget : budgets) {
						line(sheet.createRow(r++), task.getName(), project, budget);
					}
				}
			}
			Sheet lists = workbook.createSheet(messages.apply("plan.import.sheet.lists"));
			Row listHead = lists.createRow(0);
			String[] listHeads = { messages.apply("plan.import.col.ministry"), messages.apply("plan.import.col.kind"),
					messages.apply("plan.import.col.year"), messages.apply("plan.import.col.task"),
					messages.apply("plan.import.unit") };
			for (int c = 0; c < listHeads.length; c++) {
				Cell cell = listHead.createCell(c);
				cell.setCellValue(listHeads[c]);
				cell.setCellStyle(header);
				lists.setColumnWidth(c, 24 * 256);
			}
			Ministry[] ministries = Ministry.values();
			int rows = Math.max(Math.max(ministries.length, years.size()), plan.getKeyTasks().size());
			for (int i = 0; i < rows; i++) {
				Row row = lists.createRow(i + 1);
				if (i < ministries.length) {
					row.createCell(0).setCellValue(ministries[i].koreanName());
				}
				if (i < 2) {
					row.createCell(1).setCellValue((i == 0) ? NEW : CONTINUING);
				}
				if (i < years.size()) {
					row.createCell(2).setCellValue(years.get(i));
				}
				if (i < plan.getKeyTasks().size()) {
					row.createCell(3).setCellValue(plan.getKeyTasks().get(i).getName());
				}
				if (i == 0) {
					row.createCell(4).setCellValue(messages.apply("plan.import.unitValue"));
				}
			}
			// the example row, apart from the data so that it is never imported
			Row exampleHead = lists.createRow(rows + 2);
			exampleHead.createCell(0).setCellValue(messages.apply("plan.import.example"));
			exampleHead.getCell(0).setCellStyle(header);
			Row example = lists.createRow(rows + 3);
			String firstTask = plan.getKeyTasks().isEmpty() ? "" : plan.getKeyTasks().get(0).getName();
			Object[] values = { firstTask, messages.apply("plan.import.exampleName"), Ministry.MOTIE.koreanName(), NEW,
					years.get(0), "1,200", "300", "0" };
			for (int c = 0; c < COLUMNS; c++) {
				Cell cell = example.createCell(c);
				if (values[c] instanceof Integer year) {
					cell.setCellValue(year);
				}
				else {
					cell.setCellValue(String.valueOf(values[c]));
				}
			}
			validations(sheet, ministries.length, years, plan.getKeyTasks().size(), lists.getSheetName());
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void line(Row row, String task, RequestedProject project, YearBudget budget) {
		row.createCell(TASK).setCellValue(task);
		row.createCell(NAME).setCellValue(project.getName());
		if (project.getLeadMinistry() != null) {
			row.createCell(MINISTRY).setCellValue(project.getLeadMinistry().koreanName());
		}
		if (project.getNewlyProposed() != null) {
			row.createCell(KIND).setCellValue(project.getNewlyProposed() ? NEW : CONTINUING);
		}
		if (budget != null) {
			row.createCell(YEAR).setCellValue(budget.year());
			row.createCell(NATIONAL).setCellValue(budget.national().doubleValue());
			row.createCell(LOCAL).setCellValue(budget.local().doubleValue());
			row.createCell(PRIVATE).setCellValue(budget.privateFunds().doubleValue());
		}
	}

	/**
	 * Drop-down lists and number checks where Excel offers them (Excel still accepts
	 * paste).
	 */
	private static void validations(Sheet sheet, int ministries, List<Integer> years, int tasks, String lists) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		String quoted = "'" + lists.replace("'", "''") + "'";
		add(sheet, helper.createFormulaListConstraint(quoted + "!$A$2:$A$" + (ministries + 1)), MINISTRY);
		add(sheet, helper.createExplicitListConstraint(new String[] { NEW, CONTINUING }), KIND);
		add(sheet, helper.createExplicitListConstraint(years.stream().map(String::valueOf).toArray(String[]::new)),
				YEAR);
		if (tasks > 0) {
			add(sheet, helper.createFormulaListConstraint(quoted + "!$D$2:$D$" + (tasks + 1)), TASK);
		}
		for (int c = NATIONAL; c <= PRIVATE; c++) {
			add(sheet,
					helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
					c);
		}
	}

	private static void add(Sheet sheet, DataValidationConstraint constraint, int column) {
		DataValidation validation = sheet.getDataValidationHelper()
			.createValidation(constraint, new CellRangeAddressList(1, MAX_ROWS, column, column));
		validation.setShowErrorBox(true);
		sheet.addValidationData(validation);
	}

	/**
	 * Reads a filled template. The file is refused as a whole when it is not an .xlsx
	 * workbook, is empty or too large, or holds formulas (a formula's value is what Excel
	 * last computed, which the portal cannot check); otherwise every cell is checked.
	 */
	static Reading read(byte[] content, List<String> taskNames, List<Integer> years) {
		List<Problem> problems = new ArrayList<>();
		if (content == null || content.length == 0) {
			return new Reading(List.of(), List.of(Problem.ofFile("plan.import.error.empty")));
		}
		if (content.length > MAX_BYTES) {
			return new Reading(List.of(), List.of(Problem.ofFile("plan.import.error.tooLarge")));
		}
		// an .xlsx file is a zip archive: "PK\3\4"
		if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
			return new Reading(List.of(), List.of(Problem.ofFile("plan.import.error.notXlsx")));
		}
		List<Line> lines = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return new Reading(List.of(), List.of(Problem.ofFile("plan.import.error.empty")));
			}
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				return new Reading(List.of(), List.of(Problem.ofFile("plan.import.error.tooManyRows")));
			}
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA) {
						return new Reading(List.of(),
								List.of(new Problem(cell.getRowIndex() + 1,
										CellReference.convertNumToColString(cell.getColumnIndex()), null,
										"plan.import.error.formula", null)));
					}
				}
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || blank(row)) {
					continue;
				}
				Line line = line(row, taskNames, years, problems);
				if (line != null) {
					lines.add(line);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// POI refuses what is not a workbook, or a zip bomb, with runtime exceptions
			return new Reading(List.of(), List.of(Problem.ofFile("plan.import.error.notXlsx")));
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(Problem.ofFile("plan.import.error.empty"));
		}
		consistent(lines, problems);
		return new Reading(lines, problems);
	}

	private static boolean blank(Row row) {
		for (int c = 0; c < COLUMNS; c++) {
			if (!text(row.getCell(c)).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static Line line(Row row, List<String> taskNames, List<Integer> years, List<Problem> problems) {
		int before = problems.size();
		int r = row.getRowNum() + 1;
		String task = text(row.getCell(TASK));
		if (task.isEmpty()) {
			problems.add(problem(r, TASK, "plan.import.error.required", task));
		}
		else if (!taskNames.contains(task)) {
			problems.add(problem(r, TASK, "plan.import.error.unknownTask", task));
		}
		String name = text(row.getCell(NAME));
		if (name.isEmpty()) {
			problems.add(problem(r, NAME, "plan.import.error.required", name));
		}
		else if (name.length() > 200) {
			problems.add(problem(r, NAME, "plan.import.error.tooLong", name.substring(0, 20) + "…"));
		}
		String ministryText = text(row.getCell(MINISTRY));
		Ministry ministry = null;
		if (!ministryText.isEmpty()) {
			ministry = Arrays.stream(Ministry.values())
				.filter((m) -> m.koreanName().equals(ministryText) || m.name().equalsIgnoreCase(ministryText))
				.findFirst()
				.orElse(null);
			if (ministry == null) {
				problems.add(problem(r, MINISTRY, "plan.import.error.unknownMinistry", ministryText));
			}
		}
		String kindText = text(row.getCell(KIND));
		Boolean newlyProposed = switch (kindText.toLowerCase(Locale.ROOT)) {
			case "" -> null;
			case NEW, "new" -> true;
			case CONTINUING, "continuing" -> false;
			default -> {
				problems.add(problem(r, KIND, "plan.import.error.unknownKind", kindText));
				yield null;
			}
		};
		String yearText = text(row.getCell(YEAR)).replace("년", "").trim();
		Integer year = null;
		if (!yearText.isEmpty()) {
			try {
				year = Integer.valueOf(yearText);
				if (!years.contains(year)) {
					problems.add(problem(r, YEAR, "plan.import.error.year", yearText));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(problem(r, YEAR, "plan.import.error.year", yearText));
			}
		}
		BigDecimal[] amounts = new BigDecimal[3];
		boolean anyAmount = false;
		for (int s = 0; s < 3; s++) {
			amounts[s] = amount(row, r, NATIONAL + s, problems);
			anyAmount |= !text(row.getCell(NATIONAL + s)).isEmpty();
		}
		if (anyAmount && yearText.isEmpty()) {
			problems.add(problem(r, YEAR, "plan.import.error.required", yearText));
		}
		if (problems.size() > before) {
			return null;
		}
		return new Line(r, task, name, ministry, newlyProposed, year, zero(amounts[0]), zero(amounts[1]),
				zero(amounts[2]));
	}

	private static BigDecimal zero(BigDecimal amount) {
		return (amount != null) ? amount : BigDecimal.ZERO;
	}

	/**
	 * An amount as officials write it ("1,200", "１２００", a number cell), in KRW million.
	 */
	private static BigDecimal amount(Row row, int r, int column, List<Problem> problems) {
		String text = text(row.getCell(column));
		BigDecimal amount;
		try {
			amount = NumberInput.parse(text);
		}
		catch (ParseException ex) {
			problems.add(problem(r, column, "plan.import.error.number", text));
			return null;
		}
		if (amount == null) {
			return null;
		}
		if (amount.signum() < 0) {
			problems.add(problem(r, column, "plan.import.error.negative", text));
			return null;
		}
		BigDecimal plain = amount.stripTrailingZeros();
		if (plain.scale() > 1) {
			problems.add(problem(r, column, "plan.import.error.decimals", text));
			return null;
		}
		if (plain.precision() - plain.scale() > 13) {
			problems.add(problem(r, column, "plan.import.error.tooLarge", text));
			return null;
		}
		return (plain.scale() < 0) ? plain.setScale(0) : plain;
	}

	/**
	 * The rows of one project (same task and name) agree on ministry and kind, and name
	 * each year once.
	 */
	private static void consistent(List<Line> lines, List<Problem> problems) {
		Map<List<String>, Line> first = new LinkedHashMap<>();
		Map<List<Object>, Line> years = new LinkedHashMap<>();
		for (Line line : lines) {
			Line seen = first.putIfAbsent(List.of(line.task(), line.name()), line);
			if (seen != null) {
				if (seen.ministry() != line.ministry()) {
					problems.add(problem(line.row(), MINISTRY, "plan.import.error.disagrees",
							(line.ministry() != null) ? line.ministry().koreanName() : ""));
				}
				if (!java.util.Objects.equals(seen.newlyProposed(), line.newlyProposed())) {
					problems.add(problem(line.row(), KIND, "plan.import.error.disagrees", ""));
				}
			}
			List<Object> yearKey = java.util.Arrays.asList(line.task(), line.name(), line.year());
			if (years.putIfAbsent(yearKey, line) != null) {
				problems.add(problem(line.row(), YEAR, "plan.import.error.duplicateYear",
						(line.year() != null) ? line.year().toString() : ""));
			}
		}
	}

	private static Problem problem(int row, int column, String key, String value) {
		return new Problem(row, CellReference.convertNumToColString(column), HEADER_KEYS[column], key, value);
	}

	/**
	 * A cell as text: numbers as Excel shows them (no binary fractions), blanks empty.
	 */
	static String text(Cell cell) {
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
