package kr.go.sandan.dashboard;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.region.Region;
import kr.go.sandan.round.RoundRow;
import kr.go.sandan.web.FilterHtml;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.Numbers;

/**
 * The map's content ({@code /map}), written in Java (issue 18): the template engine had
 * spent seven tenths of a fresh map walking 17 shapes, labels and rows. The markup is
 * what {@code dashboard/map.html} wrote, byte for byte (compared with
 * {@code scripts/capture-pages.sh} on the synthetic data: both colourings, a round chosen
 * and not, Korean and English); text is escaped as {@code th:text} escapes it.
 */
@Component
class MapPageHtml {

	private final MessageSource messages;

	private final Numbers numbers;

	MapPageHtml(MessageSource messages, Numbers numbers) {
		this.messages = messages;
		this.numbers = numbers;
	}

	/**
	 * The page's content.
	 * @param attainmentColour whether the map is coloured by attainment (else by the
	 * decisions)
	 * @param attainment the mean attainment of each region, by region id
	 */
	JavaPages.Content content(DashboardFilter filter, boolean attainmentColour, List<RoundRow> rounds,
			List<RegionMap.Shape> shapes, String viewBox, List<Glance.RegionLine> lines,
			Map<Long, BigDecimal> attainment, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("\n  <h1>")
			.message("map.title")
			.text("</h1>\n  <p>")
			.message("map.intro")
			.text("</p>\n  <form class=\"filter\" method=\"get\" action=\"/map\" role=\"search\" aria-label=\"")
			.message("dashboard.filter")
			.text("\">\n    ");
		FilterHtml.select(out, "round", "dashboard.filter.round",
				DashboardFilter.roundChoices(rounds, this.messages, locale), filter.roundValue());
		out.text("\n    <div class=\"form-group\">\n      <div class=\"form-tit\"><label for=\"colour\">")
			.message("map.colour")
			.text("</label></div>\n      <div class=\"form-conts\">\n        <select id=\"colour\" name=\"colour\" class=\"krds-form-select\">\n          <option value=\"designation\"")
			.text(attainmentColour ? "" : " selected=\"selected\"")
			.text(">")
			.message("map.colour.designation")
			.text("</option>\n          <option value=\"attainment\"")
			.text(attainmentColour ? " selected=\"selected\"" : "")
			.text(">")
			.message("map.colour.attainment")
			.text("</option>\n        </select>\n      </div>\n    </div>\n    ");
		FilterHtml.apply(out);
		out.text(
				"\n  </form>\n  <div class=\"dashboard-pair\">\n    <figure class=\"map-figure\">\n      <svg class=\"region-map\" role=\"group\" xmlns=\"http://www.w3.org/2000/svg\" aria-labelledby=\"map-title map-desc\" viewBox=\"")
			.escaped(viewBox)
			.text("\">\n        <title id=\"map-title\">")
			.message("map.boundaries.title")
			.text("</title>\n        <desc id=\"map-desc\">")
			.message("map.boundaries.desc")
			.text("</desc>\n        ");
		for (RegionMap.Shape shape : shapes) {
			shape(out, shape, attainmentColour, locale);
		}
		out.text("\n        <g aria-hidden=\"true\">\n          ");
		for (RegionMap.Shape shape : shapes) {
			if (shape.isCallout()) {
				RegionMap.Outline outline = shape.outline();
				out.text("\n            <line class=\"region-leader\" x1=\"")
					.text(String.valueOf(outline.pointX()))
					.text("\" y1=\"")
					.text(String.valueOf(outline.pointY()))
					.text("\" x2=\"")
					.text(String.valueOf(shape.getLeaderX()))
					.text("\" y2=\"")
					.text(String.valueOf(outline.labelY()))
					.text("\"></line>\n            <circle class=\"region-leader-dot\" r=\"1.5\" cx=\"")
					.text(String.valueOf(outline.pointX()))
					.text("\" cy=\"")
					.text(String.valueOf(outline.pointY()))
					.text("\"></circle>\n          ");
			}
		}
		out.text("\n          ");
		for (RegionMap.Shape shape : shapes) {
			RegionMap.Outline outline = shape.outline();
			out.text("<text class=\"region-label region-label-")
				.escaped(attainmentColour ? "att-" + shape.getAttainmentShade() : shape.shade())
				.text(shape.isCallout() ? " region-label-callout" : "")
				.text("\"\n                x=\"")
				.text(String.valueOf(outline.labelX()))
				.text("\" y=\"")
				.text(String.valueOf(outline.labelY() + 3))
				.text("\" text-anchor=\"")
				.escaped(outline.anchor())
				.text("\" data-region=\"")
				.escaped(shape.code())
				.text("\">")
				.escaped(shape.label())
				.text("</text>");
		}
		out.text("\n        </g>\n      </svg>\n      <figcaption>\n        ");
		if (attainmentColour) {
			out.text("<ul class=\"map-legend\">");
			legend(out, "map-att-green", "map.legend.green");
			legend(out, "map-att-amber", "map.legend.amber");
			legend(out, "map-att-red", "map.legend.red");
			legend(out, "map-att-grey", "map.legend.grey");
			out.text("\n        </ul>");
		}
		out.text("\n        ");
		if (!attainmentColour) {
			out.text("<ul class=\"map-legend\">");
			legend(out, "tile-designated", "map.legend.designated");
			legend(out, "tile-selected", "map.legend.selected");
			legend(out, "tile-none", "map.legend.none");
			out.text("\n        </ul>");
		}
		out.text("\n        <p class=\"muted\">")
			.message("map.boundaries.source")
			.text("</p>\n      </figcaption>\n    </figure>\n    <div class=\"krds-table-wrap\">\n      <table class=\"tbl data\">\n        <caption>")
			.message("map.table.caption")
			.text("</caption>\n        <thead><tr>\n          <th scope=\"col\">")
			.message("complexes.filter.region")
			.text("</th>\n          <th scope=\"col\">")
			.message("map.table.decisions")
			.text("</th>\n          <th scope=\"col\" class=\"num\">")
			.message("map.table.attainment")
			.text("</th>\n        </tr></thead>\n        <tbody>");
		for (Glance.RegionLine line : lines) {
			row(out, line, attainment.get(line.region().getId()), locale);
		}
		return new JavaPages.Content()
			.html(out.text("\n        </tbody>\n      </table>\n    </div>\n  </div>\n").toString());
	}

	private void shape(HtmlWriter out, RegionMap.Shape shape, boolean attainmentColour, Locale locale) {
		String state = switch (shape.shade()) {
			case "designated" -> "map.legend.designated";
			case "selected" -> "map.legend.selected";
			default -> "map.legend.none";
		};
		String label = shape.name() + ": " + HtmlWriter.message(this.messages, locale, state)
				+ ((shape.attainment() != null)
						? ", " + HtmlWriter.message(this.messages, locale, "map.attainment", shape.getAttainmentText())
						: "");
		out.text("<a href=\"")
			.escaped(shape.getHref())
			.text("\" aria-label=\"")
			.escaped(label)
			.text("\">\n          <path class=\"region-shape ")
			.escaped(attainmentColour ? "map-att-" + shape.getAttainmentShade() : "tile-" + shape.shade())
			.text("\" d=\"")
			.escaped(shape.path())
			.text("\"></path>\n        </a>");
	}

	private static void legend(HtmlWriter out, String swatch, String label) {
		out.text("\n          <li><span class=\"swatch ")
			.text(swatch)
			.text("\" aria-hidden=\"true\"></span><span>")
			.message(label)
			.text("</span></li>");
	}

	private void row(HtmlWriter out, Glance.RegionLine line, BigDecimal attainment, Locale locale) {
		Region region = line.region();
		out.text("\n        <tr>\n          <th scope=\"row\"><a href=\"/regions/")
			.escaped(region.getCode().toLowerCase(Locale.ROOT))
			.text("\">")
			.escaped(region.currentNameIn(locale))
			.text("</a></th>\n          <td>\n            ");
		if (line.byYear().isEmpty()) {
			out.text("<span class=\"muted\">").message("map.legend.none").text("</span>");
		}
		out.text("\n            ");
		Iterator<Map.Entry<Integer, PlanStatus>> entries = line.byYear().entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<Integer, PlanStatus> entry = entries.next();
			out.text("<span>")
				.escaped(entry.getKey() + " "
						+ HtmlWriter.message(this.messages, locale, "plan.status." + entry.getValue()))
				.text("</span>")
				.text(entries.hasNext() ? ", " : "");
		}
		out.text("\n          </td>\n          <td class=\"num\">")
			.escaped((attainment != null) ? this.numbers.format(attainment) + "%" : "-")
			.text("</td>\n        </tr>");
	}

}
