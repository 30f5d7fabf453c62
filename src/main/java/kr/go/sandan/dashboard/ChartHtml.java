package kr.go.sandan.dashboard;

import java.util.List;

import kr.go.sandan.web.HtmlWriter;

/**
 * Dashboard blocks ({@link Chart}) written as HTML in Java, once per request. The
 * template fragment that printed them (a bar, a cell and a link at a time, each a SpEL
 * call) was most of a fresh dashboard's render (issue 18); this writes the same text,
 * byte for byte (checked on every dashboard variant before the fragment was removed).
 * Text is escaped as {@code th:text} escapes it; the page prints the result with
 * {@code th:utext}.
 */
final class ChartHtml {

	private final HtmlWriter out = new HtmlWriter();

	private ChartHtml() {
	}

	/** The blocks one after the other, as the page's loop over them printed them. */
	static String blocks(List<Chart> charts) {
		ChartHtml writer = new ChartHtml();
		charts.forEach(writer::block);
		return writer.out.toString();
	}

	private HtmlWriter text(String text) {
		return this.out.text(text);
	}

	private HtmlWriter escaped(String text) {
		return this.out.escaped(text);
	}

	private void block(Chart chart) {
		boolean empty = chart.empty() != null && chart.isEmpty();
		text("<section class=\"dashboard-block\" aria-labelledby=\"").escaped(chart.getHeadingId()).text("\">\n");
		text("  <h2 id=\"").escaped(chart.getHeadingId()).text("\">").escaped(chart.title()).text("</h2>\n  ");
		if (empty) {
			text("<p>").escaped(chart.empty()).text("</p>");
		}
		text("\n  ");
		if (!empty) {
			text("<div class=\"dashboard-pair\">\n    ");
			bars(chart);
			text("\n    <div class=\"krds-table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
				.escaped(chart.caption())
				.text("\">\n      <table class=\"tbl data\">\n        <caption>")
				.escaped(chart.caption())
				.text("</caption>\n        <thead><tr>\n          ");
			List<Chart.Column> columns = chart.columns();
			for (int i = 0; i < columns.size(); i++) {
				if (i > 0) {
					text("\n          ");
				}
				text("<th scope=\"col\"").text(columns.get(i).numeric() ? " class=\"num\"" : "")
					.text(">")
					.escaped(columns.get(i).label())
					.text("</th>");
			}
			text("\n        </tr></thead>\n        <tbody>\n        ");
			List<Chart.Row> rows = chart.rows();
			for (int i = 0; i < rows.size(); i++) {
				if (i > 0) {
					text("\n        ");
				}
				text("<tr>");
				row(chart, rows.get(i));
				text("\n        </tr>");
			}
			text("\n        </tbody>\n        ");
			if (chart.footer() != null) {
				text("<tfoot><tr>");
				row(chart, chart.footer());
				text("\n        </tr></tfoot>");
			}
			text("\n      </table>\n    </div>\n  </div>");
		}
		text("\n  ");
		if (chart.note() != null && !empty) {
			text("<p class=\"muted\">").escaped(chart.note()).text("</p>");
		}
		text("\n</section>");
	}

	private void row(Chart chart, Chart.Row row) {
		text("\n          <th scope=\"row\">");
		cell(row.head());
		text("</th>\n          ");
		List<Chart.Cell> cells = row.cells();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text("\n          ");
			}
			text("<td").text(chart.columns().get(i + 1).numeric() ? " class=\"num\"" : "").text(">");
			cell(cells.get(i));
			text("</td>");
		}
	}

	private void cell(Chart.Cell cell) {
		if (cell.href() != null) {
			text("<a href=\"").escaped(cell.href()).text("\">").escaped(cell.text()).text("</a>");
		}
		else {
			escaped(cell.text());
		}
	}

	private void bars(Chart chart) {
		text("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"\n"
				+ "     preserveAspectRatio=\"xMinYMin meet\" viewBox=\"0 0 ")
			.number(chart.getWidth())
			.text(" ")
			.number(chart.getHeight())
			.text("\" aria-labelledby=\"")
			.escaped(chart.getTitleId() + " " + chart.getDescId())
			.text("\">\n  <title id=\"")
			.escaped(chart.getTitleId())
			.text("\">")
			.escaped(chart.title())
			.text("</title>\n  <desc id=\"")
			.escaped(chart.getDescId())
			.text("\">")
			.escaped(chart.description())
			.text("</desc>\n  ");
		for (Chart.Bar bar : chart.bars()) {
			text("<g>\n    <text class=\"chart-label\" x=\"").number(chart.getLabelWidth() - 8)
				.text("\" text-anchor=\"end\" y=\"")
				.number(bar.textY())
				.text("\">")
				.escaped(bar.label())
				.text("</text>\n    <rect class=\"")
				.escaped("chart-bar chart-" + bar.series())
				.text("\" rx=\"2\" x=\"")
				.number(chart.getLabelWidth())
				.text("\" y=\"")
				.number(bar.y())
				.text("\" width=\"")
				.number(bar.width())
				.text("\" height=\"")
				.number(chart.getBarHeight())
				.text("\"></rect>\n    <text class=\"chart-value\" x=\"")
				.number(bar.valueX())
				.text("\" y=\"")
				.number(bar.textY())
				.text("\">")
				.escaped(bar.valueText())
				.text("</text>\n  </g>");
		}
		text("\n</svg>");
	}

}
