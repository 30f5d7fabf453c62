package kr.go.sandan.round;

import java.time.Instant;

import kr.go.sandan.web.HtmlWriter;

/**
 * The colour of a call phase's badge: one source for the templates
 * ({@code round/call-parts :: phase}) and the pages written in Java (the home page, a
 * round's page).
 */
public final class CallPhaseBadge {

	private CallPhaseBadge() {
	}

	/** The KRDS badge class of the phase. */
	public static String colour(CallPhase phase) {
		return switch (phase) {
			case OPEN -> "bg-light-success";
			case UPCOMING -> "bg-light-primary";
			default -> "bg-light-gray";
		};
	}

	/**
	 * The call's phase read from its dates, as {@code round/call-parts :: phase} writes
	 * it.
	 */
	public static HtmlWriter badge(HtmlWriter out, ProposalCall call, Instant now) {
		CallPhase phase = call.phase(now);
		return out.text("<span class=\"krds-badge call-phase ")
			.text(colour(phase))
			.text("\">")
			.message("call.phase." + phase)
			.text("</span>");
	}

}
