package kr.go.sandan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An .xlsx workbook an officer can work with: one sheet per table, the header in the
 * first row, frozen and with a filter; numbers as numbers, times as real dates (Korean
 * time), and a marked style for flagged cells. Column widths are fixed (autosizing needs
 * fonts a server may lack).
 */
public final class ExcelWorkbook {

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle header;

	private final CellStyle decimal;

	private final CellStyle exact;

	private final CellStyle amount;

	private final CellStyle dateTime;

	private final CellStyle date;

	private final CellStyle flagged;

	private final CellStyle flaggedExact;

	public ExcelWorkbook() {
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.header = this.workbook.createCellStyle();
		this.header.setFont(bold);
		this.decimal = numberStyle("0.00");
		this.exact = numberStyle("0.00########");
		this.amount = numberStyle("#,##0.#");
		this.dateTime = numberStyle("yyyy-mm-dd hh:mm");
		this.date = numberStyle("yyyy-mm-dd");
		this.flagged = this.workbook.createCellStyle();
		this.flagged.setFont(bold);
		this.flagged.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
		this.flagged.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.flaggedExact = this.workbook.createCellStyle();
		this.flaggedExact.cloneStyleFrom(this.flagged);
		this.flaggedExact.setDataFormat(this.exact.getDataFormat());
	}

	private CellStyle numberStyle(String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		return style;
	}

	/** A new sheet whose first row holds the headers. */
	public Table table(String name, List<String> headers) {
		Sheet sheet = this.workbook.createSheet(name);
		Row row = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(this.header);
			sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 2 + 4)) * 256);
		}
		sheet.createFreezePane(0, 1);
		return new Table(sheet, headers.size());
	}

	/** The workbook's bytes. */
	public byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.workbook.write(out);
			this.workbook.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One sheet being written, row by row under its header. */
	public final class Table {

		private final Sheet sheet;

		private final int columns;

		private int rows = 1;

		Table(Sheet sheet, int columns) {
			this.sheet = sheet;
			this.columns = columns;
		}

		/** Starts the next row. */
		public Line line() {
			return new Line(this.sheet.createRow(this.rows++));
		}

		/** Sets column widths in characters, from the first column. */
		public Table widths(int... characters) {
			for (int i = 0; i < characters.length; i++) {
				this.sheet.setColumnWidth(i, characters[i] * 256);
			}
			return this;
		}

		/** Puts the filter on the header over every row written. */
		public void filter() {
			this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.rows - 1), 0, this.columns - 1));
		}

	}

	/**
	 * One row, written cell by cell from the left; a null value leaves its cell empty.
	 */
	public final class Line {

		private final Row row;

		private int column;

		Line(Row row) {
			this.row = row;
		}

		public Line text(String value) {
			Cell cell = this.row.createCell(this.column++);
			if (value != null) {
				cell.setCellValue(value);
			}
			return this;
		}

		/** A text cell marked as flagged (bold on orange). */
		public Line flaggedText(String value) {
			Cell cell = this.row.createCell(this.column++);
			if (value != null && !value.isEmpty()) {
				cell.setCellValue(value);
				cell.setCellStyle(ExcelWorkbook.this.flagged);
			}
			return this;
		}

		public Line integer(Number value) {
			Cell cell = this.row.createCell(this.column++);
			if (value != null) {
				cell.setCellValue(value.doubleValue());
			}
			return this;
		}

		/** A score or mean as reported, with two decimals shown. */
		public Line decimal(BigDecimal value) {
			return number(value, ExcelWorkbook.this.decimal);
		}

		/**
		 * A value kept exact (as many digits as a double holds), so that it can be
		 * recomputed.
		 */
		public Line exact(BigDecimal value, boolean flagged) {
			return number(value, flagged ? ExcelWorkbook.this.flaggedExact : ExcelWorkbook.this.exact);
		}

		/** An amount in KRW million. */
		public Line amount(BigDecimal value) {
			return number(value, ExcelWorkbook.this.amount);
		}

		public Line dateTime(Instant value) {
			Cell cell = this.row.createCell(this.column++);
			if (value != null) {
				cell.setCellValue(value.atZone(Dates.SEOUL).toLocalDateTime());
				cell.setCellStyle(ExcelWorkbook.this.dateTime);
			}
			return this;
		}

		public Line date(LocalDate value) {
			Cell cell = this.row.createCell(this.column++);
			if (value != null) {
				cell.setCellValue(value);
				cell.setCellStyle(ExcelWorkbook.this.date);
			}
			return this;
		}

		private Line number(BigDecimal value, CellStyle style) {
			Cell cell = this.row.createCell(this.column++);
			if (value != null) {
				cell.setCellValue(value.doubleValue());
				cell.setCellStyle(style);
			}
			return this;
		}

	}

}
