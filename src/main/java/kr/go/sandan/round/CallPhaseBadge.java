package kr.go.sandan.round;

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

}
