package kr.go.sandan.district;

import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.Numbers;
import kr.go.sandan.web.RenderedHtml;

/**
 * A district's verified figures as a plan's public page shows them, and a target's chart
 * (target path against verified actuals) as the district page shows it too, written as
 * HTML in Java once per request. The template fragments that printed them wrote every
 * cell through the template engine (a number format and a message or two per cell: about
 * 15 KB of a designated plan's page, most of its render after the budget tables; issue
 * 18); this writes the same text, byte for byte (checked on every plan page before the
 * fragments were removed). Text is escaped as {@code th:text} escapes it; pages print it
 * with {@code th:utext}.
 */
@Component("districtFiguresHtml")
public class PublicFiguresHtml {

	private final MessageSource messages;

	private final Numbers numbers;

	PublicFiguresHtml(MessageSource messages, Numbers numbers) {
		this.messages = messages;
		this.numbers = numbers;
	}

	/**
	 * The sections written, by the figures they show (compared by value: the district,
	 * its targets and the verified actuals, all read from the record at each request, so
	 * a newly accepted report or a changed target is a new key, never an old section) and
	 * language; at most 8 MB of them. A plan's page then sends bytes written once, not a
	 * number format and a message per cell at each render (issue 18).
	 */
	private final Cache<Written, RenderedHtml> written = Caffeine.newBuilder()
		.maximumWeight(8L << 20)
		.weigher((Written key, RenderedHtml html) -> html.size())
		.build();

	private record Written(DistrictViews.PublicFigures figures, Locale locale) {
	}

	/** The section of a plan's page with the district's verified figures, as bytes. */
	public RenderedHtml kept(DistrictViews.PublicFigures figures, Locale locale) {
		return this.written.get(new Written(figures, locale), (key) -> new RenderedHtml(figures(figures, locale)));
	}

	/** The section of a plan's page with the district's verified figures. */
	public String figures(DistrictViews.PublicFigures figures, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text(
				"<section aria-labelledby=\"district-figures-title\" id=\"district-figures\">\n  <h2 id=\"district-figures-title\">")
			.message("district.public.title")
			.text("</h2>\n  <p class=\"form-hint\">")
			.message("district.public.help")
			.text("</p>\n  ");
		List<TargetProgress> progress = figures.progress();
		if (progress.isEmpty()) {
			out.text("<p>").message("district.attainment.none").text("</p>");
		}
		out.text("\n  ");
		for (int i = 0; i < progress.size(); i++) {
			if (i > 0) {
				out.text("\n  ");
			}
			target(out, progress.get(i), i + 1, locale);
		}
		out.text("\n</section>");
		return out.toString();
	}

	/** A target's chart, numbered {@code n} in its page (its title's id). */
	public String chart(TargetProgress progress, int n, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		chart(out, progress, n);
		return out.toString();
	}

	private void target(HtmlWriter out, TargetProgress p, int n, Locale locale) {
		DistrictViews.Target target = p.target();
		String unit = (target.unit() != null) ? target.unit() : "";
		out.text("<div class=\"target-progress\">\n    <h3>").escaped(target.asWritten()).text("</h3>\n    ");
		chart(out, p, n);
		out.text(
				"\n    <div class=\"krds-table-wrap\">\n      <table class=\"tbl data attainment-table public-figures\">\n        <caption>")
			.message("district.attainment.caption", target.asWritten())
			.text("</caption>\n        <thead><tr>\n          <th scope=\"col\">")
			.message("district.year")
			.text("</th>\n          <th scope=\"col\">")
			.message("district.target")
			.text("</th>\n          <th scope=\"col\">")
			.message("district.actual")
			.text("</th>\n          <th scope=\"col\">")
			.message("district.attainment")
			.text("</th>\n        </tr></thead>\n        <tbody>\n        ");
		if (target.baselineValue() != null) {
			out.text("<tr>\n          <th scope=\"row\">")
				.message("district.baseline", String.valueOf(target.baselineYear()))
				.text("</th>\n          <td>")
				.escaped(this.numbers.format(target.baselineValue()) + " " + unit)
				.text("</td>\n          <td></td><td></td>\n        </tr>");
		}
		out.text("\n        ");
		List<TargetProgress.Cell> years = p.years();
		for (int i = 0; i < years.size(); i++) {
			TargetProgress.Cell c = years.get(i);
			if (i > 0) {
				out.text("\n        ");
			}
			out.text("<tr>\n          <th scope=\"row\">")
				.message("district.yearN", c.year().number())
				.text("</th>\n          <td>");
			if (c.target() != null) {
				out.escaped(this.numbers.format(c.target()) + " " + unit);
			}
			else {
				out.message("district.none");
			}
			out.text("</td>\n          <td class=\"public-actual\">");
			if (c.actual() != null && c.actual().value() != null) {
				out.escaped(this.numbers.format(c.actual().value()) + " " + unit);
			}
			else {
				out.message("district.public.none");
			}
			Attainment attainment = c.attainment();
			out.text("</td>\n          <td><span class=\"krds-badge attainment ")
				.escaped("att-" + attainment.status().name().toLowerCase(Locale.ROOT))
				.text("\">");
			if (attainment.percent() != null) {
				out.message("district.attainment.value", this.numbers.format(attainment.percent()),
						HtmlWriter.message(this.messages, locale, "district.attainment." + attainment.status().name()));
			}
			else {
				out.message("district.attainment.GREY");
			}
			out.text("</span></td>\n        </tr>");
		}
		out.text("\n        </tbody>\n      </table>\n    </div>\n  </div>");
	}

	private void chart(HtmlWriter out, TargetProgress p, int n) {
		out.text(
				"<figure>\n        <svg role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" class=\"attainment-chart\" viewBox=\"0 0 ")
			.number(p.getWidth())
			.text(" ")
			.number(p.getHeight())
			.text("\" width=\"")
			.number(p.getWidth())
			.text("\" height=\"")
			.number(p.getHeight())
			.text("\" aria-labelledby=\"chart-title-")
			.number(n)
			.text("\">\n          <title id=\"chart-title-")
			.number(n)
			.text("\">")
			.message("district.chart.title", p.target().asWritten())
			.text("</title>\n          <desc>")
			.message("district.chart.legend")
			.text("</desc>\n          <line stroke=\"#8a8f99\" stroke-width=\"1\" x1=\"")
			.number(p.getLeft())
			.text("\" y1=\"")
			.number(p.getBottom())
			.text("\" x2=\"")
			.number(p.getWidth() - p.getLeft())
			.text("\" y2=\"")
			.number(p.getBottom())
			.text("\"/>\n          ");
		String points = p.pathPoints();
		if (!points.isEmpty()) {
			out.text("<polyline fill=\"none\" stroke=\"#256ef4\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"")
				.escaped(points)
				.text("\"/>");
		}
		out.text("\n          ");
		for (TargetProgress.Cell c : p.years()) {
			out.text("\n            ");
			if (c.targetPoint() != null) {
				out.text("<circle r=\"4\" fill=\"#256ef4\" cx=\"")
					.number(c.targetPoint().x())
					.text("\" cy=\"")
					.number(c.targetPoint().y())
					.text("\"/>");
			}
			out.text("\n            ");
			if (c.actualPoint() != null) {
				out.text("<rect width=\"10\" height=\"10\"\n                  x=\"")
					.number(c.actualPoint().x() - 5)
					.text("\" y=\"")
					.number(c.actualPoint().y() - 5)
					.text("\" class=\"")
					.escaped("att-" + c.attainment().status().name().toLowerCase(Locale.ROOT))
					.text("\"/>");
			}
			out.text("\n            ");
			if (c.targetPoint() != null) {
				out.text("<text font-size=\"11\" fill=\"#1e2124\"\n                  x=\"")
					.number(c.targetPoint().x() - 14)
					.text("\" y=\"")
					.number(p.getHeight() - 8)
					.text("\">")
					.message("district.yearN", c.year().number())
					.text("</text>");
			}
			out.text("\n          ");
		}
		out.text("\n        </svg>\n        <figcaption>")
			.message("district.chart.legend")
			.text("</figcaption>\n      </figure>");
	}

}
