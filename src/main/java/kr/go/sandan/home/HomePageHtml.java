package kr.go.sandan.home;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.complex.Complexes;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.round.AnnouncedCall;
import kr.go.sandan.round.CallPartsHtml;
import kr.go.sandan.round.RoundRow;
import kr.go.sandan.web.Dates;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;

/**
 * The home page's content, written in Java (issue 18): what the program is, the calls
 * open or coming, the rounds with their calls and announced decisions, and Smart Green
 * progress. The template engine had spent two thirds of a fresh home page walking its
 * rows, fragment calls and messages. The markup is what {@code home/index.html} wrote,
 * byte for byte (every synthetic and seeded round, public and ministry, Korean and
 * English, compared with {@code scripts/capture-pages.sh}); text is escaped as
 * {@code th:text} escapes it; links are written from the root, as the portal is served.
 */
@Component
class HomePageHtml {

	private final MessageSource messages;

	private final Dates dates;

	HomePageHtml(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * The page's content.
	 * @param openCalls the calls not closed, newest first
	 * @param callByRound the announced call of each round, by round id
	 * @param statusCounts the published plans of each round by status, by round id
	 */
	JavaPages.Content content(List<RoundRow> rounds, List<AnnouncedCall> openCalls,
			Map<Long, AnnouncedCall> callByRound, Map<Long, Map<PlanStatus, Long>> statusCounts,
			Complexes.SmartGreenSummary smartGreen, Instant now, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("\n  <h1>")
			.message("home.heading")
			.text("</h1>\n  <p class=\"lead\">")
			.message("home.intro")
			.text("</p>\n  <ul class=\"facts\">\n    <li>")
			.message("home.fact.origin")
			.text("</li>\n    <li>")
			.message("home.fact.hub")
			.text("</li>\n    <li>")
			.message("home.fact.support")
			.text("</li>\n  </ul>\n\n  <section aria-labelledby=\"open-calls-heading\" id=\"open-calls\" class=\"role-section\">\n    <h2 id=\"open-calls-heading\">")
			.message("home.calls")
			.text("</h2>\n    ");
		if (openCalls.isEmpty()) {
			out.text("<p>").message("home.calls.none").text("</p>\n    ");
		}
		else {
			out.text("\n    <ul class=\"plain-list\">");
			for (AnnouncedCall call : openCalls) {
				out.text("\n      <li>\n        <a href=\"/calls/")
					.text(Long.toString(call.id()))
					.text("\">")
					.message("call.heading", call.roundYear(), call.roundOrdinal())
					.text("</a>\n        ");
				CallPartsHtml.phase(out, call.phase(now)).text("\n        ");
				CallPartsHtml.period(out, call.opensAt(), call.closesAt(), this.dates).text("\n        ");
				if (call.noticeCount() > 0) {
					out.text("<strong class=\"krds-badge bg-light-warning\">")
						.message("home.calls.noticed", call.noticeCount())
						.text("</strong>");
				}
				out.text("\n      </li>");
			}
			out.text("\n    </ul>");
		}
		out.text("\n    <p><a href=\"/calls\">")
			.message("home.calls.board")
			.text("</a></p>\n  </section>\n\n  <h2 id=\"rounds\">")
			.message("home.rounds")
			.text("</h2>\n  <div class=\"krds-table-wrap\">\n    <table class=\"tbl data\">\n      <caption>")
			.message("home.rounds.caption")
			.text("</caption>\n      <thead><tr>\n        <th scope=\"col\">")
			.message("round.label")
			.text("</th>\n        <th scope=\"col\">")
			.message("round.planned")
			.text("</th>\n        <th scope=\"col\">")
			.message("round.callOpened")
			.text("</th>\n        <th scope=\"col\">")
			.message("round.announced")
			.text("</th>\n      </tr></thead>\n      <tbody>");
		for (RoundRow round : rounds) {
			roundRow(out, round, callByRound.get(round.id()), statusCounts.get(round.id()), now, locale);
		}
		out.text("\n      </tbody>\n    </table>\n  </div>\n\n  <h2>")
			.message("home.smartGreen")
			.text("</h2>\n  <p>")
			.message("home.smartGreen.intro")
			.text("</p>\n  <div class=\"krds-table-wrap\">\n    <table class=\"tbl data\">\n      <caption>")
			.message("home.smartGreen.caption")
			.text("</caption>\n      <thead><tr>\n        <th scope=\"col\">")
			.message("home.smartGreen.year")
			.text("</th>\n        <th scope=\"col\">")
			.message("home.smartGreen.target")
			.text("</th>\n      </tr></thead>\n      <tbody>");
		for (Complexes.SmartGreenProgress row : smartGreen.plan()) {
			out.text("\n      <tr>\n        <th scope=\"row\">")
				.number(row.year())
				.text("</th>\n        <td>")
				.message("home.smartGreen.count", row.cumulativeTarget())
				.text("</td>\n      </tr>");
		}
		out.text("\n      </tbody>\n    </table>\n  </div>\n  <p>")
			.message("home.smartGreen.recordedNow", smartGreen.recorded())
			.text("</p>\n  <p class=\"note\">")
			.message("home.smartGreen.note")
			.text("</p>\n  <p><a href=\"/complexes?smartGreen=true\">")
			.message("home.smartGreen.list")
			.text("</a></p>\n");
		return new JavaPages.Content().html(out.toString());
	}

	private void roundRow(HtmlWriter out, RoundRow round, AnnouncedCall call, Map<PlanStatus, Long> counts, Instant now,
			Locale locale) {
		out.text("\n      <tr>\n        <th scope=\"row\"><a href=\"/rounds/")
			.text(Long.toString(round.id()))
			.text("\">")
			.message("round.name", round.year(), round.ordinal())
			.text("</a></th>\n        <td>")
			.message("round.planned.value", round.plannedDesignations())
			.text("</td>\n        <td>\n          ");
		if (call != null) {
			out.text("<a href=\"/calls/")
				.text(Long.toString(call.id()))
				.text("\">")
				.escaped(this.dates.date(call.opensAt()))
				.text("</a>\n          ");
			CallPartsHtml.phase(out, call.phase(now));
			out.text("\n          ");
		}
		else {
			out.text("\n          \n          <span>");
			if (round.callOpenedOn() != null) {
				out.escaped(this.dates.date(round.callOpenedOn()));
			}
			else {
				out.message("common.notStated");
			}
			out.text("</span>");
		}
		out.text("\n        </td>\n        <td>\n          ");
		if (counts == null) {
			out.text("<span>").message("round.nothingAnnounced").text("</span>\n          ");
		}
		else {
			out.text("\n          <ul class=\"inline-list\">");
			counts.forEach((status, plans) -> out.text("\n            <li>")
				.message("round.statusCount", HtmlWriter.message(this.messages, locale, "plan.status." + status), plans)
				.text("</li>"));
			out.text("\n          </ul>");
		}
		out.text("\n        </td>\n      </tr>");
	}

}
