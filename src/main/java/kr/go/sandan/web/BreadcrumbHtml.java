package kr.go.sandan.web;

/**
 * The breadcrumb at the top of a page written in Java, as the templates write it: home,
 * the pages above (links) and the page itself.
 */
public final class BreadcrumbHtml {

	private BreadcrumbHtml() {
	}

	/** A page above this one: its address (from the root) and its name, as text. */
	public record Crumb(String href, String label) {
	}

	/**
	 * Writes the breadcrumb, from its {@code nav} to its end.
	 * @param current the page's own name, as text
	 * @param above the pages between home and this one, the highest first
	 */
	public static HtmlWriter write(HtmlWriter out, String current, Crumb... above) {
		return crumbs(out, "/", "nav.home", current, above);
	}

	/**
	 * Writes the breadcrumb of a page reached from the reader's own work page
	 * ({@code /me}) rather than from home, as the work pages' templates write it.
	 * @param current the page's own name, as text
	 * @param above the pages between the work page and this one, the highest first
	 */
	public static HtmlWriter fromMyWork(HtmlWriter out, String current, Crumb... above) {
		return crumbs(out, "/me", "nav.me", current, above);
	}

	private static HtmlWriter crumbs(HtmlWriter out, String start, String startLabel, String current, Crumb... above) {
		out.text("<nav class=\"krds-breadcrumb-wrap\" aria-label=\"")
			.message("layout.breadcrumb")
			.text("\">\n    <ol class=\"breadcrumb\">\n      <li class=\"home\"><a href=\"")
			.text(start)
			.text("\" class=\"txt\">")
			.message(startLabel)
			.text("</a></li>");
		for (Crumb crumb : above) {
			out.text("\n      <li><a href=\"")
				.escaped(crumb.href())
				.text("\" class=\"txt\">")
				.escaped(crumb.label())
				.text("</a></li>");
		}
		return out.text("\n      <li><span class=\"txt\" aria-current=\"page\">")
			.escaped(current)
			.text("</span></li>\n    </ol>\n  </nav>");
	}

}
