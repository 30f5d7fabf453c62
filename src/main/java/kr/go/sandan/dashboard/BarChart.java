package kr.go.sandan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server, drawn as SVG by
 * {@code dashboard/charts :: bars}: one row per bar, its label on the left, its value at
 * the bar's end. Geometry in SVG user units; the SVG scales to its box.
 *
 * @param id the chart's id in the page (title and description ids derive from it)
 * @param title what the chart shows
 * @param description the chart said in words, for readers who do not see it
 */
public record BarChart(String id, String title, String description, List<Bar> bars) {

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

	/** A value to draw. */
	record Value(String label, BigDecimal value, String valueText, String series) {
	}

	static BarChart of(String id, String title, String description, List<Value> values) {
		BigDecimal max = values.stream().map(Value::value).reduce(BigDecimal.ZERO, BigDecimal::max);
		int room = WIDTH - LABEL_WIDTH - 90;
		List<Bar> bars = new ArrayList<>();
		int y = 8;
		for (Value value : values) {
			int width = (max.signum() == 0) ? 0
					: value.value().multiply(BigDecimal.valueOf(room)).divide(max, 0, RoundingMode.HALF_UP).intValue();
			bars.add(new Bar(value.label(), value.value(), value.valueText(), value.series(), y, width));
			y += ROW;
		}
		return new BarChart(id, title, description, bars);
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

	public String getTitleId() {
		return this.id + "-title";
	}

	public String getDescId() {
		return this.id + "-desc";
	}

	public boolean isEmpty() {
		return this.bars.isEmpty();
	}

}
