package kr.go.sandan.plan;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.complex.ComplexBadges;
import kr.go.sandan.complex.ComplexRow;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.RegionName;
import kr.go.sandan.region.RegionNames;
import kr.go.sandan.web.BreadcrumbHtml;
import kr.go.sandan.web.Dates;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;

/**
 * A region's history in the program, written in Java (issue 18): its names, its plans
 * round by round with hub and status (as far as the reader may know them), and its
 * complexes. The template engine had spent seven tenths of a fresh region page on its
 * rows and fragment calls. The markup is what {@code regions/detail.html} wrote, byte for
 * byte (every region, public, ministry and a region's staff, Korean and English, compared
 * with {@code scripts/capture-pages.sh}); text is escaped as {@code th:text} escapes it.
 */
@Component
class RegionPageHtml {

	private final MessageSource messages;

	private final Dates dates;

	private final RegionNames names;

	private final ComplexBadges badges;

	RegionPageHtml(MessageSource messages, Dates dates, RegionNames names, ComplexBadges badges) {
		this.messages = messages;
		this.dates = dates;
		this.names = names;
		this.badges = badges;
	}

	/** The page's content. */
	JavaPages.Content content(RegionPageReads.RegionPage page, Locale locale) {
		Region region = page.region();
		List<RegionPageReads.PlanRow> plans = page.plans();
		List<ComplexRow> complexes = page.complexes();
		RegionName current = region.currentName();
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("\n  ");
		BreadcrumbHtml
			.write(out, current.getName(),
					new BreadcrumbHtml.Crumb("/regions", HtmlWriter.message(this.messages, locale, "nav.regions")))
			.text("\n  <h1><span>")
			.escaped(current.getName())
			.text("</span> <span class=\"muted\" lang=\"en\">")
			.escaped(current.getNameEn())
			.text("</span></h1>\n\n  ");
		if (region.getNames().size() > 1) {
			names(out, region.getNames());
		}
		out.text("\n\n  <section aria-labelledby=\"plans\">\n    <h2 id=\"plans\">")
			.message("region.plans")
			.text("</h2>\n    ");
		if (plans.isEmpty()) {
			out.text("<p>").message("region.plans.none").text("</p>");
		}
		out.text("\n    ");
		if (!plans.isEmpty()) {
			plans(out, plans, locale);
		}
		out.text("\n  </section>\n\n  <section aria-labelledby=\"complexes\">\n    <h2 id=\"complexes\">")
			.message("region.complexes")
			.text("</h2>\n    ");
		if (complexes.isEmpty()) {
			out.text("<p>").message("region.complexes.none").text("</p>");
		}
		out.text("\n    ");
		if (!complexes.isEmpty()) {
			out.text("<ul class=\"plain-list\">");
			for (ComplexRow row : complexes) {
				out.text("\n      <li>\n        <span>").escaped(row.nameIn(locale)).text("</span>\n        (");
				this.badges.type(out, row.type());
				out.text(")\n        ");
				this.badges.smartGreen(out, row);
				out.text("\n        ");
				this.badges.proposed(out, row);
				out.text("\n      </li>");
			}
			out.text("\n    </ul>");
		}
		return new JavaPages.Content().html(out.text("\n  </section>\n").toString());
	}

	private void names(HtmlWriter out, List<RegionName> names) {
		out.text("<section aria-labelledby=\"names\">\n    <h2 id=\"names\">")
			.message("region.names")
			.text("</h2>\n    <ul class=\"plain-list\">");
		for (RegionName name : names) {
			out.text("\n      <li>\n        <strong>").escaped(name.getName()).text("</strong>\n        ");
			if (name.getValidFrom() != null) {
				out.text("<span>").message("region.name.from", this.dates.date(name.getValidFrom())).text("</span>");
			}
			out.text("\n        ");
			if (name.getValidTo() != null) {
				out.text("<span>")
					.message("region.name.until", this.dates.date(name.getValidTo().minusDays(1)))
					.text("</span>");
			}
			out.text("\n      </li>");
		}
		out.text("\n    </ul>\n  </section>");
	}

	private void plans(HtmlWriter out, List<RegionPageReads.PlanRow> plans, Locale locale) {
		out.text(
				"<div class=\"krds-table-wrap\">\n      <table class=\"tbl data\" id=\"region-plans\">\n        <caption>")
			.message("region.plans.caption")
			.text("</caption>\n        <thead><tr>\n          <th scope=\"col\">")
			.message("round.label")
			.text("</th>\n          <th scope=\"col\">")
			.message("plan.regionNameAtSubmission")
			.text("</th>\n          <th scope=\"col\">")
			.message("plan.hub")
			.text("</th>\n          <th scope=\"col\">")
			.message("plan.status")
			.text("</th>\n        </tr></thead>\n        <tbody>");
		for (RegionPageReads.PlanRow plan : plans) {
			PlanContent.Hub hub = plan.hub();
			out.text("\n        <tr>\n          <th scope=\"row\"><a href=\"/rounds/")
				.text(Long.toString(plan.roundId()))
				.text("\">")
				.message("round.name", plan.roundYear(), plan.roundOrdinal())
				.text("</a></th>\n          <td><a href=\"/plans/")
				.text(Long.toString(plan.id()))
				.text("\">")
				.escaped(this.names.in(plan.regionName(), locale))
				.text("</a></td>\n          <td>")
				.escaped((hub != null) ? hub.nameIn(locale) : null)
				.text("</td>\n          <td>");
			StatusBadge.badge(out, plan.status()).text("</td>\n        </tr>");
		}
		out.text("\n        </tbody>\n      </table>\n    </div>");
	}

}
