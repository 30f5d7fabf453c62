package kr.go.sandan.dashboard;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.plan.PlanContent;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.plan.PublishedPlan;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.RegionNames;
import kr.go.sandan.round.RoundRow;
import kr.go.sandan.web.Dates;
import kr.go.sandan.web.FilterHtml;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;

/**
 * The plan search's content ({@code /plans}), written in Java (issue 18): the template
 * engine had spent half of a fresh search page walking its filter fragments and rows. The
 * markup is what {@code dashboard/plans.html} wrote, byte for byte (compared with
 * {@code scripts/capture-pages.sh} on the synthetic data, public and ministry, Korean and
 * English, with and without filters); text is escaped as {@code th:text} escapes it.
 */
@Component
class PlanSearchHtml {

	private final MessageSource messages;

	private final Dates dates;

	private final RegionNames regionNames;

	PlanSearchHtml(MessageSource messages, Dates dates, RegionNames regionNames) {
		this.messages = messages;
		this.dates = dates;
		this.regionNames = regionNames;
	}

	/**
	 * The page's content.
	 * @param ignored the labels (message keys) of the conditions left out
	 * @param status the status chosen, if any
	 * @param statuses the statuses the published plans have
	 * @param found the plans found, in the order shown
	 */
	JavaPages.Content content(DashboardFilter filter, List<String> ignored, @Nullable PlanStatus status,
			List<PlanStatus> statuses, List<RoundRow> rounds, List<Region> regions, List<PublishedPlan> found,
			Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("\n  <h1>").message("search.title").text("</h1>\n  <p>").message("search.intro").text("</p>\n  ");
		FilterHtml.ignored(out, ignored);
		out.text("\n  <form class=\"filter\" method=\"get\" action=\"/plans\" role=\"search\" aria-label=\"")
			.message("dashboard.filter")
			.text("\">\n    ");
		FilterHtml.select(out, "round", "dashboard.filter.round",
				DashboardFilter.roundChoices(rounds, this.messages, locale), filter.roundValue());
		out.text("\n    ");
		FilterHtml.select(out, "region", "complexes.filter.region", DashboardFilter.regionChoices(regions, locale),
				filter.region());
		out.text("\n    ");
		FilterHtml.choice(out, "status", "search.status", statuses, status, "plan.status.");
		out.text("\n    ");
		FilterHtml.words(out, "industry", "dashboard.filter.industry", filter.industry(),
				DashboardFilter.INDUSTRY_LENGTH, "search");
		out.text("\n    ");
		FilterHtml.apply(out);
		out.text("\n  </form>\n  <p role=\"status\">").message("dashboard.planCount", found.size()).text("</p>\n  ");
		if (!found.isEmpty()) {
			out.text("<div class=\"krds-table-wrap\">\n    <table class=\"tbl data search-results\">\n      <caption>")
				.message("search.caption")
				.text("</caption>\n      <thead><tr>\n        <th scope=\"col\">")
				.message("dashboard.filter.round")
				.text("</th>\n        <th scope=\"col\">")
				.message("complexes.filter.region")
				.text("</th>\n        <th scope=\"col\">")
				.message("search.hub")
				.text("</th>\n        <th scope=\"col\">")
				.message("search.industries")
				.text("</th>\n        <th scope=\"col\">")
				.message("search.status")
				.text("</th>\n        <th scope=\"col\">")
				.message("search.publishedOn")
				.text("</th>\n      </tr></thead>\n      <tbody>");
			for (PublishedPlan plan : found) {
				row(out, plan, locale);
			}
			out.text("\n      </tbody>\n    </table>\n  </div>");
		}
		out.text("\n  ");
		if (found.isEmpty()) {
			out.text("<p>").message("dashboard.none").text("</p>");
		}
		return new JavaPages.Content().html(out.text("\n").toString());
	}

	private void row(HtmlWriter out, PublishedPlan plan, Locale locale) {
		PlanContent content = plan.content();
		out.text("\n      <tr>\n        <td>")
			.message("dashboard.round", plan.roundYear(), plan.roundOrdinal())
			.text("</td>\n        <th scope=\"row\"><a href=\"/plans/")
			.text(Long.toString(plan.id()))
			.text("\">")
			.escaped(this.regionNames.in(plan.regionName(), locale))
			.text("</a></th>\n        <td>")
			.escaped((content.hub() != null) ? content.hub().nameIn(locale) : "-")
			.text("</td>\n        <td>")
			.escaped(content.mainIndustries().isEmpty() ? "-" : String.join(", ", content.mainIndustries()))
			.text("</td>\n        <td>")
			.message("plan.status." + plan.status())
			.text("</td>\n        <td>")
			.escaped((plan.publishedOn() != null) ? this.dates.date(plan.publishedOn()) : "-")
			.text("</td>\n      </tr>");
	}

}
