package kr.go.sandan.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.web.ExcelWorkbook;
import kr.go.sandan.web.TextInput;

/**
 * The district ledger's import template (.xlsx, or CSV with the same columns): one row
 * per project, year, source and stage, with the amount, the date it holds from and the
 * reason. Read cell by cell (every refused cell named by row and column), then checked
 * line by line with the ledger's own rules; what differs from the current figures is what
 * a confirmation saves, so the same file imported twice changes nothing the second time.
 */
public final class LedgerImport {

	/**
	 * Room for the template of the largest plausible district, filled in: 200 projects,
	 * five years, three sources, six stages (18,000 rows; as CSV about 1.3 MB).
	 */
	static final int MAX_BYTES = 4 * 1024 * 1024;

	static final int MAX_ROWS = 20_000;

	private static final String[] HEADER_KEYS = { "ledger.import.col.project", "ledger.import.col.name",
			"ledger.import.col.year", "ledger.import.col.source", "ledger.import.col.stage", "ledger.import.col.amount",
			"ledger.import.col.enteredOn", "ledger.import.col.reason" };

	private static final int COLUMNS = HEADER_KEYS.length;

	private LedgerImport() {
	}

	/** A refused cell (or the whole file, without row and column). */
	public record Problem(int row, @Nullable String column, @Nullable String columnKey, String messageKey,
			@Nullable String value) {

		static Problem ofFile(String messageKey) {
			return new Problem(0, null, null, messageKey, null);
		}

	}

	/** One row of the file, read. */
	record Row(int row, long projectId, int year, Source source, Stage stage, BigDecimal amount, LocalDate enteredOn,
			@Nullable String reason) implements Serializable {
	}

	/** A line of the ledger and the district it belongs to. */
	record Located(DistrictViews.District district, LedgerViews.Line line) {
	}

	/** One line's figures the file changes, as the ledger form would post them. */
	public record Change(DistrictViews.District district, LedgerViews.Line line, Map<Stage, BigDecimal> after,
			LocalDate enteredOn, @Nullable String reason) {

		LedgerForm form() {
			LedgerForm form = new LedgerForm();
			form.setVersion(this.line.version());
			form.setSecured(value(Stage.SECURED));
			form.setAllocated(value(Stage.ALLOCATED));
			form.setExecuted(value(Stage.EXECUTED));
			form.setSettled(value(Stage.SETTLED));
			form.setCarriedOver(value(Stage.CARRIED_OVER));
			form.setReturned(value(Stage.RETURNED));
			form.setEnteredOn(this.enteredOn);
			form.setReason(this.reason);
			return form;
		}

		/** The stage's figure after the import: the file's, else the current one. */
		public @Nullable BigDecimal value(Stage stage) {
			BigDecimal changed = this.after.get(stage);
			return (changed != null) ? changed : this.line.amount(stage);
		}

		/** The stages whose figure the import changes. */
		public List<Stage> stages() {
			return new ArrayList<>(this.after.keySet());
		}

	}

	/** The rows read and the problems found, by cell. */
	record Reading(List<Row> rows, List<Problem> problems) {
	}

	/** The checked rows kept between the preview and the confirmation. */
	record Pending(long planId, long version, ArrayList<Row> rows) implements Serializable {

		static String attribute(long planId) {
			return "ledger-import-" + planId;
		}

	}

	/**
	 * The template: the district's lines, a row per stage, with their current figures.
	 */
	static byte[] template(List<LedgerViews.Line> lines, Function<String, String> messages) {
		return template(lines, Function.identity(), LedgerViews.Line::projectName, messages);
	}

	/**
	 * The template of any lines (a lead ministry's across districts), each named as
	 * {@code name} says; the name is for people and not read back.
	 */
	static <T> byte[] template(List<T> items, Function<T, LedgerViews.Line> lineOf, Function<T, String> name,
			Function<String, String> messages) {
		ExcelWorkbook workbook = new ExcelWorkbook();
		List<String> headers = new ArrayList<>();
		for (String key : HEADER_KEYS) {
			headers.add(messages.apply(key));
		}
		ExcelWorkbook.Table table = workbook.table(messages.apply("ledger.import.sheet"), headers);
		for (T item : items) {
			LedgerViews.Line line = lineOf.apply(item);
			for (Stage stage : Stage.values()) {
				table.line()
					.integer(line.projectId())
					.text(name.apply(item))
					.integer(line.year())
					.text(messages.apply("ledger.source." + line.source()))
					.text(messages.apply("ledger.stage." + stage))
					.amount(line.amount(stage))
					.text(null)
					.text(null);
			}
		}
		table.widths(10, 30, 8, 10, 12, 14, 14, 40);
		table.filter();
		return workbook.bytes();
	}

	/** The cells of the file as text, row by row (the header row left out). */
	static Reading read(byte[] content, @Nullable String fileName, Function<String, String> messages, LocalDate today) {
		if (content == null || content.length == 0) {
			return new Reading(List.of(), List.of(Problem.ofFile("ledger.import.error.empty")));
		}
		if (content.length > MAX_BYTES) {
			return new Reading(List.of(), List.of(Problem.ofFile("ledger.import.error.tooLarge")));
		}
		List<List<String>> cells;
		boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
				&& content[3] == 4;
		if (zip) {
			cells = xlsx(content);
		}
		else if (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
			cells = csv(new String(content, StandardCharsets.UTF_8));
		}
		else {
			cells = null;
		}
		if (cells == null) {
			return new Reading(List.of(), List.of(Problem.ofFile("ledger.import.error.notReadable")));
		}
		if (cells.size() > MAX_ROWS + 1) {
			return new Reading(List.of(), List.of(Problem.ofFile("ledger.import.error.tooManyRows")));
		}
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (int r = 1; r < cells.size(); r++) {
			List<String> row = cells.get(r);
			if (row.stream().allMatch(String::isEmpty)) {
				continue;
			}
			Row read = row(r + 1, row, messages, today, problems);
			if (read != null) {
				rows.add(read);
			}
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(Problem.ofFile("ledger.import.error.empty"));
		}
		return new Reading(rows, problems);
	}

	private static @Nullable Row row(int number, List<String> cells, Function<String, String> messages, LocalDate today,
			List<Problem> problems) {
		int before = problems.size();
		Long project = null;
		Integer year = null;
		try {
			project = Long.valueOf(cell(cells, 0));
		}
		catch (NumberFormatException ex) {
			problems.add(problem(number, 0, "ledger.import.error.project", cell(cells, 0)));
		}
		if (cell(cells, 2).matches("\\d{4}")) {
			year = Integer.valueOf(cell(cells, 2));
		}
		else {
			problems.add(problem(number, 2, "ledger.import.error.year", cell(cells, 2)));
		}
		Source source = null;
		for (Source s : Source.values()) {
			if (cell(cells, 3).equalsIgnoreCase(s.name())
					|| cell(cells, 3).equals(messages.apply("ledger.source." + s))) {
				source = s;
			}
		}
		if (source == null) {
			problems.add(problem(number, 3, "ledger.import.error.source", cell(cells, 3)));
		}
		Stage stage = null;
		for (Stage s : Stage.values()) {
			if (cell(cells, 4).equalsIgnoreCase(s.name())
					|| cell(cells, 4).equals(messages.apply("ledger.stage." + s))) {
				stage = s;
			}
		}
		if (stage == null) {
			problems.add(problem(number, 4, "ledger.import.error.stage", cell(cells, 4)));
		}
		String amountText = cell(cells, 5).replace(",", "");
		if (amountText.isEmpty()) {
			// a stage left blank is not entered
			return null;
		}
		BigDecimal amount = null;
		try {
			amount = new BigDecimal(amountText);
			if (amount.signum() < 0 || amount.scale() > 1 || amount.precision() - amount.scale() > 13) {
				problems.add(problem(number, 5, "ledger.import.error.amount", cell(cells, 5)));
			}
		}
		catch (NumberFormatException ex) {
			problems.add(problem(number, 5, "ledger.import.error.amount", cell(cells, 5)));
		}
		LocalDate enteredOn = today;
		if (!cell(cells, 6).isEmpty()) {
			try {
				enteredOn = LocalDate.parse(cell(cells, 6));
				if (enteredOn.isAfter(today)) {
					problems.add(problem(number, 6, "ledger.error.futureDate", cell(cells, 6)));
				}
			}
			catch (DateTimeParseException ex) {
				problems.add(problem(number, 6, "ledger.import.error.date", cell(cells, 6)));
			}
		}
		String reason = cell(cells, 7);
		if (!TextInput.isAcceptable(reason)) {
			// a NUL in a CSV passed the preview and would have failed the save in
			// PostgreSQL
			problems.add(problem(number, 7, "ledger.import.error.characters",
					reason.replaceAll("[\\p{Cc}\\p{Cs}&&[^\\t\\n\\r]]", "?")));
		}
		else if (reason.length() > 1000) {
			problems.add(problem(number, 7, "ledger.import.error.reason", reason.substring(0, 50)));
		}
		if (problems.size() > before) {
			return null;
		}
		return new Row(number, project, year, source, stage, amount, enteredOn, reason.isEmpty() ? null : reason);
	}

	/**
	 * The changes the rows make to the district's lines, each checked by the ledger's
	 * rules for this person; a refusal is a problem of the rows that made it.
	 */
	static List<Change> changes(DistrictViews.District district, List<LedgerViews.Line> lines, List<Row> rows,
			kr.go.sandan.account.PortalUser user, LocalDate today, List<Problem> problems) {
		return changes(lines.stream().map((line) -> new Located(district, line)).toList(), rows, user, today, problems,
				"ledger.import.error.notALine");
	}

	/**
	 * The changes a lead ministry's file makes to the national lines it leads in every
	 * district ({@code lines}): a row of another source is refused in its source cell, a
	 * row of a project the ministry does not lead in its project cell; the rest as a
	 * district's file.
	 */
	static List<Change> nationalChanges(List<Located> lines, List<Row> rows, kr.go.sandan.account.PortalUser user,
			LocalDate today, List<Problem> problems) {
		List<Row> national = new ArrayList<>();
		for (Row row : rows) {
			if (row.source() != Source.NATIONAL) {
				problems.add(problem(row.row(), 3, "ledger.import.error.notNational", row.source().name()));
			}
			else {
				national.add(row);
			}
		}
		return changes(lines, national, user, today, problems, "ledger.import.error.otherMinistry");
	}

	private static List<Change> changes(List<Located> lines, List<Row> rows, kr.go.sandan.account.PortalUser user,
			LocalDate today, List<Problem> problems, String notALine) {
		Map<String, Located> byKey = new LinkedHashMap<>();
		for (Located located : lines) {
			LedgerViews.Line line = located.line();
			byKey.put(line.projectId() + "/" + line.year() + "/" + line.source(), located);
		}
		Map<Located, List<Row>> byLine = new LinkedHashMap<>();
		for (Row row : rows) {
			Located line = byKey.get(row.projectId() + "/" + row.year() + "/" + row.source());
			if (line == null) {
				problems.add(problem(row.row(), 0, notALine, row.projectId() + "/" + row.year()));
				continue;
			}
			byLine.computeIfAbsent(line, (l) -> new ArrayList<>()).add(row);
		}
		List<Change> changes = new ArrayList<>();
		byLine.forEach((located, own) -> {
			LedgerViews.Line line = located.line();
			DistrictViews.District district = located.district();
			Map<Stage, BigDecimal> after = new java.util.EnumMap<>(Stage.class);
			LocalDate on = null;
			String reason = null;
			for (Row row : own) {
				BigDecimal before = line.amount(row.stage());
				if (after.containsKey(row.stage())) {
					problems.add(problem(row.row(), 4, "ledger.import.error.twice", row.stage().name()));
				}
				if (before == null || before.compareTo(row.amount()) != 0) {
					after.put(row.stage(), row.amount());
					on = (on == null || row.enteredOn().isAfter(on)) ? row.enteredOn() : on;
					reason = (row.reason() != null) ? row.reason() : reason;
				}
			}
			if (after.isEmpty()) {
				return;
			}
			Change change = new Change(district, line, after, on, reason);
			Map<@Nullable String, String> refusals = Ledger.refusals(district, line, change.form(), user, today);
			refusals.forEach((field, key) -> problems.add(new Problem(own.get(0).row(), null, null, key,
					line.projectName() + " " + line.year() + " " + line.source())));
			changes.add(change);
		});
		return changes;
	}

	private static String cell(List<String> cells, int column) {
		return (column < cells.size()) ? cells.get(column) : "";
	}

	private static Problem problem(int row, int column, String key, @Nullable String value) {
		return new Problem(row, CellReference.convertNumToColString(column), HEADER_KEYS[column], key, value);
	}

	private static @Nullable List<List<String>> xlsx(byte[] content) {
		List<List<String>> rows = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				// more rows than read() takes: it refuses the file by their number (three
				// rows here said "no rows to read" of a 10,000-row file)
				return new ArrayList<>(java.util.Collections.nCopies(MAX_ROWS + 2, List.of()));
			}
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < COLUMNS; c++) {
					cells.add((row != null) ? text(row.getCell(c)) : "");
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			// POI refuses what is not a workbook, or a zip bomb, with runtime exceptions
			return null;
		}
	}

	/** A cell as text: numbers as Excel shows them, dates as ISO dates, blanks empty. */
	private static String text(@Nullable Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return switch (type) {
			case STRING -> cell.getStringCellValue().replace('\u0000', ' ').strip();
			case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			// a formula's value is whatever the program that saved it computed: not read
			default -> (type == CellType.FORMULA) ? "=" : "";
		};
	}

	/** RFC 4180 CSV: quoted fields with doubled quotes, a BOM ignored. */
	private static List<List<String>> csv(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString().strip());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString().strip());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				if (rows.size() > MAX_ROWS + 1) {
					return rows;
				}
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString().strip());
			rows.add(row);
		}
		return rows;
	}

}
