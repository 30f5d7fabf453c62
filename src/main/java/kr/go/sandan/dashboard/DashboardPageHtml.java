package kr.go.sandan.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.opendata.OpenData;
import kr.go.sandan.region.Region;
import kr.go.sandan.round.RoundRow;
import kr.go.sandan.web.FilterHtml;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.RenderedHtml;

/**
 * The dashboard's content ({@code /dashboard}), written in Java (issue 18): its blocks
 * were Java already ({@link ChartHtml}), the template engine still spent a quarter of a
 * fresh dashboard on the frame and the filter. The markup is what
 * {@code dashboard/index.html} wrote, byte for byte (compared with
 * {@code scripts/capture-pages.sh} on the synthetic data: each round, a year, an
 * industry, values the portal does not know, public and ministry, Korean and English).
 */
@Component
class DashboardPageHtml {

	private final MessageSource messages;

	private final DashboardCharts charts;

	/**
	 * The content last written for each reader's choice, language and kind of reader,
	 * with what it was written from: written again only when a request reads something
	 * else. The data are read at every request, so the page is never older than the
	 * database; building and writing the blocks again from the same figures was a third
	 * of the ministry's dashboard and two fifths of the public's (issue 18). A choice's
	 * entry holds what it was written from (some hundred kilobytes for the ministry's).
	 */
	private final Cache<View, Written> written = Caffeine.newBuilder().maximumSize(64).build();

	private record View(DashboardFilter filter, Locale locale, boolean ministry) {
	}

	private record Written(OpenData.PublishedProgram program, DashboardCharts.@Nullable Office office,
			RenderedHtml html) {
	}

	DashboardPageHtml(MessageSource messages, DashboardCharts charts) {
		this.messages = messages;
		this.charts = charts;
	}

	/**
	 * The page's content for what was read: the kept content when it was written from
	 * equal data for the same choice and language, otherwise written now (and kept).
	 */
	JavaPages.Content kept(DashboardReads.Dashboard dashboard, Locale locale) {
		return new JavaPages.Content().kept(written(dashboard, locale));
	}

	/** The content of {@link #kept}, as its kept bytes. */
	RenderedHtml written(DashboardReads.Dashboard dashboard, Locale locale) {
		View view = new View(dashboard.filter(), locale, dashboard.office() != null);
		Written kept = this.written.getIfPresent(view);
		if (kept == null || !kept.program().equals(dashboard.program())
				|| !Objects.equals(kept.office(), dashboard.office())) {
			OpenData.PublishedProgram program = dashboard.program();
			DashboardCharts.Blocks blocks = this.charts.blocks(program, dashboard.filter(), dashboard.office(), locale);
			kept = new Written(program, dashboard.office(),
					new RenderedHtml(content(dashboard.filter(), program.rounds(), program.regions(),
							blocks.planCount(), program.lastPublishedOn(), blocks.common(), blocks.office(), locale)));
			this.written.put(view, kept);
		}
		return kept.html();
	}

	/**
	 * The page's content.
	 * @param updatedOn the day the newest published decision was published
	 * @param common the public's blocks
	 * @param office the ministry's blocks (none for everyone else)
	 */
	String content(DashboardFilter filter, List<RoundRow> rounds, List<Region> regions, int planCount,
			@Nullable LocalDate updatedOn, List<Chart> common, List<Chart> office, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("\n  <h1>")
			.message("dashboard.title")
			.text("</h1>\n  <p>")
			.message("dashboard.intro")
			.text("</p>\n  <p class=\"muted\">")
			.message("dashboard.updatedOn", (updatedOn != null) ? updatedOn : "-")
			.text("</p>\n\n  ");
		FilterHtml.ignored(out, filter.ignored());
		out.text("\n\n  <form class=\"filter\" method=\"get\" action=\"/dashboard\" role=\"search\" aria-label=\"")
			.message("dashboard.filter")
			.text("\">\n    ");
		FilterHtml.select(out, "round", "dashboard.filter.round",
				DashboardFilter.roundChoices(rounds, this.messages, locale), filter.roundValue());
		out.text("\n    <div class=\"form-group\">\n      <div class=\"form-tit\"><label for=\"year\">")
			.message("dashboard.filter.budgetYear")
			.text("</label></div>\n      <div class=\"form-conts\">\n        <input id=\"year\" name=\"year\" type=\"text\" inputmode=\"numeric\" class=\"krds-input\" maxlength=\"4\" size=\"6\"\n               value=\"")
			.text((filter.year() != null) ? String.valueOf(filter.year()) : "")
			.text("\">\n      </div>\n    </div>\n    ");
		FilterHtml.select(out, "region", "complexes.filter.region", DashboardFilter.regionChoices(regions, locale),
				filter.region());
		out.text("\n    ");
		FilterHtml.words(out, "industry", "dashboard.filter.industry", filter.industry(),
				DashboardFilter.INDUSTRY_LENGTH, "text");
		out.text("\n    ");
		FilterHtml.apply(out);
		out.text("\n  </form>\n  <p role=\"status\">")
			.message("dashboard.planCount", planCount)
			.text("</p>\n\n  ")
			.text(ChartHtml.blocks(common))
			.text("\n  <p class=\"muted\">")
			.message("dashboard.publicExecution.only")
			.text("</p>\n\n  ");
		if (!office.isEmpty()) {
			out.text("<div class=\"dashboard-office\">\n    <h2>")
				.message("dashboard.office.title")
				.text("</h2>\n    <p>")
				.message("dashboard.office.note")
				.text("</p>\n    ")
				.text(ChartHtml.blocks(office))
				.text("\n  </div>");
		}
		return out.text("\n").toString();
	}

}
