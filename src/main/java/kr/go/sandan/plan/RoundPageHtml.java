package kr.go.sandan.plan;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.complex.ComplexBadges;
import kr.go.sandan.complex.ComplexRow;
import kr.go.sandan.region.RegionNames;
import kr.go.sandan.round.AnnouncedCall;
import kr.go.sandan.round.CallPartsHtml;
import kr.go.sandan.round.RoundSheet;
import kr.go.sandan.web.BreadcrumbHtml;
import kr.go.sandan.web.Dates;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.Numbers;

/**
 * A round's page content, written in Java (issue 18): its figures, call, indicators and
 * the regions whose plans were announced, each with its hub, status and targets. The
 * template engine had spent half of a fresh round page on its rows and fragment calls.
 * The markup is what {@code rounds/detail.html} wrote, byte for byte (every synthetic
 * round, public, ministry and a region, Korean and English, compared with
 * {@code scripts/capture-pages.sh}); text is escaped as {@code th:text} escapes it.
 */
@Component
class RoundPageHtml {

	private final MessageSource messages;

	private final Dates dates;

	private final Numbers numbers;

	private final ComplexBadges badges;

	private final RegionNames names;

	RoundPageHtml(MessageSource messages, Dates dates, Numbers numbers, ComplexBadges badges, RegionNames names) {
		this.names = names;
		this.messages = messages;
		this.dates = dates;
		this.numbers = numbers;
		this.badges = badges;
	}

	/**
	 * What a round's page is about.
	 *
	 * @param call its call, once announced
	 */
	record Round(RoundSheet round, @Nullable AnnouncedCall call, Instant now, List<PublishedPlan> plans,
			Map<Long, ComplexRow> complexRows) {
	}

	/** The page's title: the round's name. */
	String title(RoundSheet round, Locale locale) {
		return HtmlWriter.message(this.messages, locale, "round.name", round.year(), round.ordinal());
	}

	JavaPages.Content content(Round page, Locale locale) {
		RoundSheet round = page.round();
		int year = round.year();
		int ordinal = round.ordinal();
		int plans = page.plans().size();
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("\n  ");
		BreadcrumbHtml.write(out, title(round, locale))
			.text("\n  <h1>")
			.message("round.heading", year, ordinal)
			.text("</h1>\n\n  <dl class=\"summary\">\n    <div><dt>")
			.message("round.planned")
			.text("</dt><dd>")
			.message("round.planned.value", round.plannedDesignations())
			.text("</dd></div>\n    ");
		if (round.callOpenedOn() != null) {
			// the day the call was announced, apart from the call itself below (both had
			// been labelled 지역선정 공모)
			out.text("<div><dt>")
				.message("round.callOpenedOn")
				.text("</dt>\n      <dd>")
				.escaped(this.dates.date(round.callOpenedOn()))
				.text("</dd></div>");
		}
		out.text("\n    ");
		AnnouncedCall call = page.call();
		if (call != null) {
			out.text("<div id=\"round-call\"><dt>")
				.message("round.callOpened")
				.text("</dt>\n      <dd>\n        <a href=\"/calls/")
				.text(Long.toString(call.id()))
				.text("\">")
				.message("call.heading", call.roundYear(), call.roundOrdinal())
				.text("</a>\n        ");
			CallPartsHtml.phase(out, call.phase(page.now())).text("\n        ");
			CallPartsHtml.period(out, call.opensAt(), call.closesAt(), this.dates).text("\n      </dd></div>");
		}
		out.text("\n    ");
		Integer preSubmissions = round.reportedPreSubmissions();
		if (preSubmissions != null) {
			out.text("<div><dt>")
				.message("round.preSubmissions")
				.text("</dt>\n      <dd>")
				.message("round.preSubmissions.value", preSubmissions, preSubmissions - plans)
				.text("</dd></div>");
		}
		out.text("\n    ");
		if (round.reportedEvaluatorCount() != null) {
			out.text("<div><dt>")
				.message("round.evaluators")
				.text("</dt>\n      <dd>")
				.message("round.evaluators.value", round.reportedEvaluatorCount())
				.text("</dd></div>");
		}
		out.text("\n    ");
		if (round.finalConfirmationPlanned() != null) {
			out.text("<div><dt>")
				.message("round.finalConfirmation")
				.text("</dt>\n      <dd>")
				.message("round.finalConfirmation.value", round.finalConfirmationPlanned().getYear(),
						round.finalConfirmationPlanned().getMonthValue())
				.text("</dd></div>");
		}
		out.text("\n  </dl>\n\n  ");
		indicators(out, round.indicators(), locale);
		out.text("\n\n  <h2>").message("round.regions").text("</h2>\n  ");
		if (plans == 0) {
			out.text("<p>").message("round.nothingAnnounced").text("</p>");
		}
		out.text("\n  ");
		if (plans > 0) {
			regions(out, page, year, locale);
		}
		out.text("\n  ");
		if (preSubmissions != null && preSubmissions > plans) {
			out.text("<p class=\"note\">").message("round.unnamed.note", preSubmissions - plans).text("</p>");
		}
		return new JavaPages.Content().html(out.text("\n").toString());
	}

	private void indicators(HtmlWriter out, List<RoundSheet.Indicator> indicators, Locale locale) {
		if (indicators.isEmpty()) {
			return;
		}
		out.text("<section>\n    <h2>").message("round.indicators").text("</h2>\n    <ol class=\"plain-list\">");
		for (RoundSheet.Indicator indicator : indicators) {
			String name = this.messages.getMessage("round.indicator." + indicator.code(), null, null, locale);
			out.text("\n      <li>\n        <span>")
				.escaped((name != null) ? name : indicator.name())
				.text("</span>\n        ");
			if (indicator.weight() != null) {
				out.text("<span>")
					.message("round.indicator.weight", this.numbers.format(indicator.weight()))
					.text("</span>");
			}
			out.text("\n      </li>");
		}
		out.text("\n    </ol>\n  </section>");
	}

	private void regions(HtmlWriter out, Round page, int year, Locale locale) {
		// the targets column only when some plan states targets
		boolean targets = page.plans().stream().anyMatch((plan) -> !plan.content().planTargets().isEmpty());
		out.text("<div class=\"krds-table-wrap\">\n    <table class=\"tbl data cards\">\n      <caption>")
			.message("round.regions.caption", year)
			.text("</caption>\n      <thead><tr>\n        <th scope=\"col\">")
			.message("plan.region")
			.text("</th>\n        <th scope=\"col\">")
			.message("plan.hub")
			.text("</th>\n        <th scope=\"col\">")
			.message("plan.status")
			.text("</th>\n        ");
		if (targets) {
			out.text("<th scope=\"col\">").message("plan.targets").text("</th>");
		}
		out.text("\n      </tr></thead>\n      <tbody>");
		for (PublishedPlan plan : page.plans()) {
			PlanContent.Hub hub = plan.content().hub();
			out.text("\n      <tr>\n        <th scope=\"row\"><a href=\"/plans/")
				.text(Long.toString(plan.id()))
				.text("\">")
				.escaped(this.names.in(plan.regionName(), locale))
				.text("</a></th>\n        <td data-label=\"")
				.message("plan.hub")
				.text("\">\n          <span>")
				.escaped((hub != null) ? hub.nameIn(locale) : null)
				.text("</span>\n          ");
			this.badges.smartGreen(out, (hub != null && hub.id() != null) ? page.complexRows().get(hub.id()) : null);
			out.text("\n        </td>\n        <td data-label=\"").message("plan.status").text("\">");
			StatusBadge.badge(out, plan.status()).text("</td>\n        ");
			if (targets) {
				List<PlanContent.Target> lines = plan.content().planTargets();
				out.text("<td data-label=\"").message("plan.targets").text("\">\n          ");
				if (lines.isEmpty()) {
					out.text("<span class=\"muted\">").message("common.notStated").text("</span>");
				}
				out.text("\n          ");
				if (!lines.isEmpty()) {
					out.text("<ul class=\"plain-list compact\">");
					for (PlanContent.Target line : lines) {
						out.text("\n            <li>").escaped(line.asWritten()).text("</li>");
					}
					out.text("\n          </ul>");
				}
				out.text("\n        </td>");
			}
			out.text("\n      </tr>");
		}
		out.text("\n      </tbody>\n    </table>\n  </div>");
	}

}
