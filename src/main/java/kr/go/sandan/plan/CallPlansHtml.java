package kr.go.sandan.plan;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.region.RegionNames;
import kr.go.sandan.round.ProposalCall;
import kr.go.sandan.web.BreadcrumbHtml;
import kr.go.sandan.web.Dates;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;

/**
 * The ministry's overview of a call's plans, written in Java (issue 18): the template
 * engine was a quarter of the page, a message and a date format per cell of 17 rows. The
 * same markup {@code plans/call-plans.html} wrote, escaped as {@code th:text} escapes it.
 */
@Component
class CallPlansHtml {

	private final MessageSource messages;

	private final RegionNames regions;

	private final Dates dates;

	CallPlansHtml(MessageSource messages, RegionNames regions, Dates dates) {
		this.messages = messages;
		this.regions = regions;
		this.dates = dates;
	}

	/** The page's title: the call's round. */
	String title(ProposalCall call, Locale locale) {
		return HtmlWriter.message(this.messages, locale, "callPlans.title", call.getRound().getYear(),
				call.getRound().getOrdinal());
	}

	/** The page inside its content {@code div}. */
	JavaPages.Content content(ProposalCall call, List<CallPlanRow> rows, Locale locale) {
		String callPath = "/ministry/calls/" + call.getId();
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("\n  ");
		BreadcrumbHtml
			.fromMyWork(out, HtmlWriter.message(this.messages, locale, "callPlans.short"),
					new BreadcrumbHtml.Crumb("/ministry/calls",
							HtmlWriter.message(this.messages, locale, "calls.title")),
					new BreadcrumbHtml.Crumb(callPath,
							HtmlWriter.message(this.messages, locale, "round.name", call.getRound().getYear(),
									call.getRound().getOrdinal())))
			.text("\n  <h1>")
			.escaped(title(call, locale))
			.text("</h1>\n  <p>")
			.message("me.call.closes", this.dates.dateTime(call.getClosesAt()))
			.text("</p>\n  <p><a class=\"krds-btn secondary\" href=\"")
			.text(callPath)
			.text("/plans.xlsx\">")
			.message("callPlans.excel")
			.text("</a></p>\n  <p role=\"status\">")
			.message("callPlans.count", rows.size(),
					(int) rows.stream().filter((row) -> row.submittedAt() != null).count())
			.text("</p>\n  ");
		if (!rows.isEmpty()) {
			table(out, rows, locale);
		}
		out.text("\n  ");
		if (rows.isEmpty()) {
			out.text("<p>").message("callPlans.empty").text("</p>");
		}
		return new JavaPages.Content().html(out.text("\n").toString());
	}

	private void table(HtmlWriter out, List<CallPlanRow> rows, Locale locale) {
		out.text(
				"<div class=\"krds-table-wrap\">\n    <table class=\"tbl data cards\" id=\"call-plans\">\n      <caption>")
			.message("callPlans.caption")
			.text("</caption>\n      <thead><tr>\n        <th scope=\"col\">")
			.message("plan.region")
			.text("</th>\n        <th scope=\"col\">")
			.message("plan.status")
			.text("</th>\n        <th scope=\"col\">")
			.message("callPlans.completeness")
			.text("</th>\n        <th scope=\"col\">")
			.message("callPlans.missing")
			.text("</th>\n        <th scope=\"col\">")
			.message("callPlans.submittedAt")
			.text("</th>\n        <th scope=\"col\">")
			.message("callPlans.versions")
			.text("</th>\n      </tr></thead>\n      <tbody>");
		for (CallPlanRow row : rows) {
			out.text("\n      <tr>\n        <th scope=\"row\"><a href=\"/plans/")
				.text(Long.toString(row.planId()))
				.text("\">")
				.escaped(this.regions.in(row.regionName(), locale))
				.text("</a></th>\n        <td data-label=\"")
				.message("plan.status")
				.text("\">");
			StatusBadge.badge(out, row.status()).text("\n          ");
			if (row.hubChangedAfterSelection() != null) {
				out.text("<strong class=\"krds-badge bg-light-warning hub-changed\">")
					.message("callPlans.hubChanged", this.dates.date(row.hubChangedAfterSelection()))
					.text("</strong>");
			}
			out.text("</td>\n        <td class=\"num\" data-label=\"")
				.message("callPlans.completeness")
				.text("\">")
				.number(row.completed())
				.text("/")
				.number(row.sections())
				.text("</td>\n        <td data-label=\"")
				.message("callPlans.missing")
				.text("\">\n          ");
			if (row.missing().isEmpty()) {
				out.text("<span>").message("callPlans.none").text("</span>");
			}
			out.text("\n          ");
			for (int i = 0; i < row.missing().size(); i++) {
				out.text("<span>")
					.escaped(HtmlWriter.message(this.messages, locale, "plan.part." + row.missing().get(i))
							+ ((i == row.missing().size() - 1) ? "" : ", "))
					.text("</span>");
			}
			out.text("\n        </td>\n        <td class=\"nowrap\" data-label=\"")
				.message("callPlans.submittedAt")
				.text("\">")
				.escaped((row.submittedAt() != null) ? this.dates.dateTime(row.submittedAt()) : "—")
				.text("</td>\n        <td class=\"num\" data-label=\"")
				.message("callPlans.versions")
				.text("\">")
				.number(row.versions())
				.text("</td>\n      </tr>");
		}
		out.text("\n      </tbody>\n    </table>\n  </div>");
	}

}
