package kr.go.sandan.plan;

/**
 * The colour of a plan status's badge: one source for the templates
 * ({@code fragments/status :: badge}) and the pages written in Java
 * ({@link PlanPageHtml}).
 */
public final class StatusBadge {

	private StatusBadge() {
	}

	/** The KRDS badge class of the status. */
	public static String colour(PlanStatus status) {
		return switch (status) {
			case DESIGNATED, CONFIRMED -> "bg-light-success";
			case PRELIMINARILY_SELECTED -> "bg-light-primary";
			default -> "bg-light-gray";
		};
	}

}
