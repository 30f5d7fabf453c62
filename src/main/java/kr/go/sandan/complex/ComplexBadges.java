package kr.go.sandan.complex;

import org.springframework.stereotype.Component;

import kr.go.sandan.web.Dates;
import kr.go.sandan.web.HtmlWriter;

/**
 * A complex's type, Smart Green and proposal badges, written in Java as the templates
 * wrote them (issue 18: the round and region pages print them once per row;
 * {@code fragments/status :: smartGreen} still writes the Smart Green one for the plan
 * pages in templates).
 */
@Component
public class ComplexBadges {

	private final Dates dates;

	ComplexBadges(Dates dates) {
		this.dates = dates;
	}

	/** The type in words, or that none is stated. */
	public void type(HtmlWriter out, ComplexType type) {
		if (type != null) {
			out.text("<span>").message("complex.type." + type).text("</span>");
		}
		else {
			out.text("<span class=\"muted\">").message("complex.type.unknown").text("</span>");
		}
	}

	/** The Smart Green badge, for a complex designated one; nothing otherwise. */
	public void smartGreen(HtmlWriter out, ComplexRow row) {
		if (row == null || !row.smartGreen()) {
			return;
		}
		out.text("<span class=\"krds-badge small bg-light-success\">");
		if (row.smartGreenAnnouncedOn() != null) {
			out.message("complex.smartGreen.badgeOn", this.dates.date(row.smartGreenAnnouncedOn()));
		}
		else {
			out.message("complex.smartGreen.badge", row.smartGreenYear());
		}
		out.text("</span>");
	}

	/** That the complex is still a region's proposal; nothing otherwise. */
	public void proposed(HtmlWriter out, ComplexRow row) {
		if (row != null && row.proposed()) {
			out.text("<span class=\"krds-badge small outline-secondary\">").message("complex.proposed").text("</span>");
		}
	}

}
