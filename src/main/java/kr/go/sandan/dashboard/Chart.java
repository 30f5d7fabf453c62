package kr.go.sandan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One block of the dashboard: a horizontal bar chart laid out on the server and the table
 * that says the same in rows, drawn by {@link ChartHtml} (the chart then the table). One
 * row per bar, its label on the left, its value at the bar's end; geometry in SVG user
 * units, the SVG scales to its box.
 *
 * @param id the block's id in the page (heading, title and description ids derive from
 * it)
 * @param title what the chart shows (the block's heading and the SVG's title)
 * @param description the chart said in words, for readers who do not see it
 * @param caption the table's caption
 * @param empty what to say when there is nothing to show ({@code null}: show the empty
 * chart)
 * @param note a line under the block, or {@code null}
 */
public record Chart(String id, String title, String description, String caption, @Nullable String empty,
		@Nullable String note, List<Bar> bars, List<Column> columns, List<Row> rows, @Nullable Row footer) {

	static final int WIDTH = 640;

	static final int LABEL_WIDTH = 230;

	static final int ROW = 30;

	static final int BAR = 20;

	/** A bar with its place; {@code series} picks its colour (a CSS class). */
	public record Bar(String label, BigDecimal value, String valueText, String series, int y, int width) {

		public int textY() {
			return this.y + BAR / 2 + 5;
		}

		public int valueX() {
			return LABEL_WIDTH + this.width + 6;
		}

	}

	/**
	 * A column of the table: its heading, and whether it holds figures (right-aligned).
	 */
	public record Column(String label, boolean numeric) {
	}

	/** A cell of the table, a link when {@code href} is set. */
	public record Cell(String text, @Nullable String href) {
	}

	/**
	 * A row of the table: its heading cell and the others, one per column after the
	 * first.
	 */
	public record Row(Cell head, List<Cell> cells) {
	}

	/** A value to draw. */
	record Value(String label, BigDecimal value, String valueText, String series) {
	}

	static Builder builder(String id, String title, String description, String caption) {
		return new Builder(id, title, description, caption);
	}

	/** Bars scaled to the largest value (or to {@code scale} when given, as 100 %). */
	static List<Bar> layout(List<Value> values, @Nullable BigDecimal scale) {
		BigDecimal max = (scale != null) ? scale
				: values.stream().map(Value::value).reduce(BigDecimal.ZERO, BigDecimal::max);
		int room = WIDTH - LABEL_WIDTH - 90;
		List<Bar> bars = new ArrayList<>();
		int y = 8;
		for (Value value : values) {
			int width = (max.signum() == 0) ? 0
					: value.value()
						.max(BigDecimal.ZERO)
						.min(max)
						.multiply(BigDecimal.valueOf(room))
						.divide(max, 0, RoundingMode.HALF_UP)
						.intValue();
			bars.add(new Bar(value.label(), value.value(), value.valueText(), value.series(), y, width));
			y += ROW;
		}
		return bars;
	}

	public int getWidth() {
		return WIDTH;
	}

	public int getHeight() {
		return Math.max(ROW, this.bars.size() * ROW + 16);
	}

	public int getLabelWidth() {
		return LABEL_WIDTH;
	}

	public int getBarHeight() {
		return BAR;
	}

	public String getHeadingId() {
		return this.id + "-heading";
	}

	public String getTitleId() {
		return this.id + "-title";
	}

	public String getDescId() {
		return this.id + "-desc";
	}

	/** Nothing to show: no row in the table. */
	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** Collects a block's bars and table rows. */
	static final class Builder {

		private final String id;

		private final String title;

		private final String description;

		private final String caption;

		private @Nullable String empty;

		private @Nullable String note;

		private @Nullable BigDecimal scale;

		private final List<Value> values = new ArrayList<>();

		private final List<Column> columns = new ArrayList<>();

		private final List<Row> rows = new ArrayList<>();

		private @Nullable Row footer;

		private Builder(String id, String title, String description, String caption) {
			this.id = id;
			this.title = title;
			this.description = description;
			this.caption = caption;
		}

		Builder empty(String text) {
			this.empty = text;
			return this;
		}

		Builder note(@Nullable String text) {
			this.note = text;
			return this;
		}

		/** Bars in percent: 100 fills the room, more is drawn as 100. */
		Builder percent() {
			this.scale = BigDecimal.valueOf(100);
			return this;
		}

		Builder column(String label) {
			this.columns.add(new Column(label, false));
			return this;
		}

		Builder numeric(String label) {
			this.columns.add(new Column(label, true));
			return this;
		}

		Builder bar(String label, BigDecimal value, String valueText, String series) {
			this.values.add(new Value(label, value, valueText, series));
			return this;
		}

		Builder row(Cell head, List<Cell> cells) {
			this.rows.add(new Row(head, List.copyOf(cells)));
			return this;
		}

		Builder footer(Cell head, List<Cell> cells) {
			this.footer = new Row(head, List.copyOf(cells));
			return this;
		}

		Chart build() {
			return new Chart(this.id, this.title, this.description, this.caption, this.empty, this.note,
					layout(this.values, this.scale), List.copyOf(this.columns), List.copyOf(this.rows), this.footer);
		}

	}

	static Cell text(Object text) {
		return new Cell(String.valueOf(text), null);
	}

	static Cell link(Object text, String href) {
		return new Cell(String.valueOf(text), href);
	}

}
