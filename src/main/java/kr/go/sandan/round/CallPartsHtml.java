package kr.go.sandan.round;

import java.time.Instant;

import kr.go.sandan.web.Dates;
import kr.go.sandan.web.HtmlWriter;

/**
 * Parts of a call the pages written in Java share (the home page, the notice board, a
 * round's page), as {@code round/call-parts.html} writes them for the templates.
 */
public final class CallPartsHtml {

	private CallPartsHtml() {
	}

	/**
	 * The call's phase read from its dates, as {@code round/call-parts :: phase} writes
	 * it.
	 */
	public static HtmlWriter phase(HtmlWriter out, CallPhase phase) {
		return out.text("<span class=\"krds-badge call-phase ")
			.text(CallPhaseBadge.colour(phase))
			.text("\">")
			.message("call.phase." + phase)
			.text("</span>");
	}

	/**
	 * The submission period in Korean time, as {@code round/call-parts :: period} writes
	 * it.
	 */
	public static HtmlWriter period(HtmlWriter out, Instant opensAt, Instant closesAt, Dates dates) {
		return out.text("<span class=\"nowrap\">")
			.message("call.periodValue", dates.dateTime(opensAt), dates.dateTime(closesAt))
			.text("</span>");
	}

}
