package kr.go.sandan.complex;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.region.Region;
import kr.go.sandan.web.Dates;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.RenderedHtml;

/**
 * The rows of the complexes list (between its {@code tbody} tags), written in Java: the
 * template printed each of a page's 50 rows through two fragment calls and a dozen
 * expressions (issue 18). The same markup, escaped as {@code th:text} escapes it.
 */
@Component
class ComplexRowsHtml {

	private final MessageSource messages;

	private final Dates dates;

	private final ComplexBadges badges;

	ComplexRowsHtml(MessageSource messages, Dates dates, ComplexBadges badges) {
		this.messages = messages;
		this.dates = dates;
		this.badges = badges;
	}

	RenderedHtml rows(List<ComplexRow> rows, Map<Long, Region> regions, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		for (ComplexRow row : rows) {
			out.text("\n      <tr>\n        <th scope=\"row\"><span>").escaped(row.nameIn(locale)).text("</span>");
			if (english && row.nameEn() != null) {
				out.text("<span class=\"muted\" lang=\"ko\">").escaped(" (" + row.name() + ")").text("</span>");
			}
			out.text(" ");
			this.badges.proposed(out, row);
			Region region = regions.get(row.regionId());
			out.text("</th>\n        <td><a href=\"/regions/")
				.escaped(region.getCode().toLowerCase(Locale.ROOT))
				.text("\">")
				.escaped(region.currentNameIn(locale))
				.text("</a></td>\n        <td>");
			this.badges.type(out, row.type());
			out.text("</td>\n        <td>");
			if (!row.smartGreen()) {
				out.text("—");
			}
			else if (row.smartGreenAnnouncedOn() != null) {
				out.message("complexes.smartGreen.on", this.dates.date(row.smartGreenAnnouncedOn()));
			}
			else {
				out.message("complexes.smartGreen.year", row.smartGreenYear());
			}
			out.text("</td>\n      </tr>");
		}
		return new RenderedHtml(out.text("\n      ").toString());
	}

}
