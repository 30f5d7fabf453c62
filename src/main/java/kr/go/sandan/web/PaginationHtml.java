package kr.go.sandan.web;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The page links of a Spring Data page written in Java (issue 18), as
 * {@code fragments/pagination.html} writes them for the pages still written by templates
 * (audit, accounts): nothing for a single page; at most 20 links, the current one marked.
 * {@code PaginationHtmlTest} renders both and compares the bytes.
 */
public final class PaginationHtml {

	private PaginationHtml() {
	}

	/**
	 * The links to the pages of {@code page}, each keeping the current filters
	 * ({@link PageLinks#upTo}).
	 */
	public static void pages(HtmlWriter out, Page<?> page, PageLinks links) {
		if (page.getTotalPages() <= 1) {
			return;
		}
		out.text("<nav class=\"krds-pagination\" aria-label=\"")
			.message("common.pagination")
			.text("\">\n  <div class=\"page-links\">\n    ");
		List<String> targets = links.upTo(page.getTotalPages());
		for (int i = 0; i < targets.size(); i++) {
			boolean current = i == page.getNumber();
			out.text(current ? "<a class=\"page-link active\"\n       aria-current=\"page\"\n       href=\""
					: "<a class=\"page-link\"\n       href=\"")
				.escaped(targets.get(i))
				.text("\">")
				.number(i + 1)
				.text("</a>");
		}
		out.text("\n  </div>\n</nav>");
	}

}
