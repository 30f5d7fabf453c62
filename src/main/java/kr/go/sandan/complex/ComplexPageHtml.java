package kr.go.sandan.complex;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import kr.go.sandan.region.Region;
import kr.go.sandan.web.FilterHtml;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.PageLinks;
import kr.go.sandan.web.PaginationHtml;
import kr.go.sandan.web.RenderedHtml;

/**
 * The complexes list's content ({@code /complexes}), written in Java (issue 18): its rows
 * were Java already ({@link ComplexRowsHtml}), the template engine still spent six tenths
 * of a fresh list on the frame, the filter and the page links. The markup is what
 * {@code complexes/list.html} wrote, byte for byte (compared with
 * {@code scripts/capture-pages.sh} on the synthetic data: filters, pages, names to
 * escape, public and ministry, Korean and English); since, the conditions left out are
 * named above the form ({@link ComplexFilter}).
 */
@Component
class ComplexPageHtml {

	private final MessageSource messages;

	private final PageLinks links;

	ComplexPageHtml(MessageSource messages, PageLinks links) {
		this.messages = messages;
		this.links = links;
	}

	/**
	 * The page's content.
	 * @param rows the page of complexes found
	 * @param rowsHtml their rows
	 * @param regions the 17 regions in their order
	 * @param filter what was asked for, the conditions left out named above the form
	 */
	JavaPages.Content content(Page<ComplexRow> rows, RenderedHtml rowsHtml, List<Region> regions, ComplexFilter filter,
			@Nullable String name, Locale locale) {
		String region = filter.region();
		ComplexType type = filter.type();
		Boolean smartGreen = filter.smartGreen();
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("\n  <h1>").message("complexes.title").text("</h1>\n  ");
		FilterHtml.ignored(out, filter.ignored());
		out.text("<form class=\"filter\" method=\"get\" action=\"/complexes\" role=\"search\" aria-label=\"")
			.message("complexes.filter")
			.text("\">\n    ");
		FilterHtml.words(out, "name", "complexes.filter.name", name, 100, "search");
		out.text("\n    ");
		FilterHtml.select(out, "region", "complexes.filter.region",
				regions.stream().map((r) -> new FilterHtml.Choice(r.getCode(), r.currentNameIn(locale))).toList(),
				region);
		out.text("\n    ");
		FilterHtml.choice(out, "type", "complexes.filter.type", List.of(ComplexType.values()), type, "complex.type.");
		out.text("\n    <div class=\"form-group\">\n      <div class=\"form-tit\"><label for=\"smartGreen\">")
			.message("complexes.filter.smartGreen")
			.text("</label></div>\n      <div class=\"form-conts\">\n        <select id=\"smartGreen\" name=\"smartGreen\" class=\"krds-form-select\">\n          <option value=\"\">")
			.message("complexes.filter.all")
			.text("</option>\n          <option value=\"true\"")
			.text(Boolean.TRUE.equals(smartGreen) ? " selected=\"selected\">" : ">")
			.message("complexes.filter.smartGreen.yes")
			.text("</option>\n          <option value=\"false\"")
			.text(Boolean.FALSE.equals(smartGreen) ? " selected=\"selected\">" : ">")
			.message("complexes.filter.smartGreen.no")
			.text("</option>\n        </select>\n      </div>\n    </div>\n    ");
		FilterHtml.apply(out);
		out.text("\n  </form>\n\n  <p role=\"status\">")
			.message("complexes.count", rows.getTotalElements())
			.text("</p>\n  ");
		JavaPages.Content content = new JavaPages.Content();
		if (!rows.isEmpty()) {
			out.text(
					"<div class=\"krds-table-wrap\">\n    <table class=\"tbl data\" id=\"complexes\">\n      <caption>")
				.message("complexes.caption")
				.text("</caption>\n      <thead><tr>\n        <th scope=\"col\">")
				.message("complexes.name")
				.text("</th>\n        <th scope=\"col\">")
				.message("complexes.region")
				.text("</th>\n        <th scope=\"col\">")
				.message("complexes.type")
				.text("</th>\n        <th scope=\"col\">")
				.message("complexes.smartGreen")
				.text("</th>\n      </tr></thead>\n      <tbody>");
			content.html(out.toString()).kept(rowsHtml);
			out = new HtmlWriter(this.messages, locale);
			out.text("</tbody>\n    </table>\n  </div>");
		}
		out.text("\n  ");
		PaginationHtml.pages(out, rows, this.links);
		return content.html(out.text("\n").toString());
	}

}
