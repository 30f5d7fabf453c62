package kr.go.sandan.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/**
 * A section form of rows that the region adds and removes in place: "add rows" and a
 * row's "remove" post the section and show it again with the change, saving nothing (no
 * script needed; nothing typed is lost). Blank rows are ignored when the section is
 * saved.
 *
 * @param <R> the row
 */
abstract class RowsForm<R> extends SectionForm {

	/** Blank rows a section offers beyond its own. */
	static final int SPARE_ROWS = 3;

	/** Rows one press of "add rows" adds. */
	static final int ADDED_ROWS = 5;

	@Valid
	private List<R> rows = new ArrayList<>();

	/** A new, blank row. */
	abstract R blankRow();

	/** Whether a row holds nothing. */
	abstract boolean isBlank(R row);

	/** The most rows the section keeps. */
	public abstract int maxRows();

	final void addBlankRows(int count) {
		for (int i = 0; i < count && this.rows.size() < maxRows(); i++) {
			this.rows.add(blankRow());
		}
	}

	final void removeRow(int index) {
		if (index >= 0 && index < this.rows.size()) {
			this.rows.remove(index);
		}
	}

	/** The rows that hold something, in order. */
	final List<R> filled() {
		return this.rows.stream().filter((row) -> row != null && !isBlank(row)).toList();
	}

	/** Refuses more filled rows than the section keeps. */
	final void checkRowCount(org.springframework.validation.BindingResult result) {
		if (filled().size() > maxRows()) {
			result.reject("plan.error.tooManyRows", new Object[] { maxRows() }, null);
		}
	}

	public List<R> getRows() {
		return this.rows;
	}

	public void setRows(List<R> rows) {
		this.rows = rows;
	}

}
