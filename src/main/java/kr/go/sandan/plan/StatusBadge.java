package kr.go.sandan.plan;

import kr.go.sandan.web.HtmlWriter;

/**
 * The colour of a plan status's badge: one source for the templates
 * ({@code fragments/status :: badge}) and the pages written in Java
 * ({@link PlanPageHtml}, {@link RoundPageHtml}, {@link RegionPageHtml}).
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

	/**
	 * The status's badge, as {@code fragments/status :: badge} writes it.
	 */
	public static HtmlWriter badge(HtmlWriter out, PlanStatus status) {
		return out.text("<span class=\"krds-badge ")
			.text(colour(status))
			.text("\">")
			.message("plan.status." + status)
			.text("</span>");
	}

}
