package kr.go.sandan.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The pieces of a GET filter form (dashboard, map, plan search, complexes), written in
 * Java (issue 18) as {@code fragments/filters.html} wrote them before those pages left
 * the template engine (the pages were compared byte for byte): one label and one control
 * per group, "all" first in each list, the chosen value kept, typed text escaped. Each
 * piece starts at its first tag; the caller writes the indentation before it.
 */
public final class FilterHtml {

	private FilterHtml() {
	}

	/**
	 * The conditions a filter left out because it did not understand them (message keys);
	 * nothing when none.
	 */
	public static void ignored(HtmlWriter out, List<String> names) {
		if (names.isEmpty()) {
			return;
		}
		out.text("<div class=\"krds-info-box\" role=\"status\">\n  <p>")
			.message("dashboard.filter.ignored")
			.text("</p>\n  <ul>");
		for (String name : names) {
			out.text("<li>").message(name).text("</li>");
		}
		out.text("</ul>\n</div>");
	}

	/**
	 * One option of a list: its value and its label as the reader reads it (escaped
	 * here).
	 */
	public record Choice(String value, String label) {
	}

	/**
	 * A list of choices ({@code name}) under its label (a message key): the rounds by
	 * year, the regions by code.
	 */
	public static void select(HtmlWriter out, String name, String label, List<Choice> choices,
			@Nullable String selected) {
		open(out, name, label);
		for (Choice choice : choices) {
			option(out, choice.value(), choice.value().equals(selected));
			out.escaped(choice.label()).text("</option>");
		}
		close(out, choices.isEmpty());
	}

	/** Enum values named by their message keys ({@code prefix} + value). */
	public static void choice(HtmlWriter out, String name, String label, List<? extends Enum<?>> values,
			@Nullable Enum<?> selected, String prefix) {
		open(out, name, label);
		for (Enum<?> value : values) {
			option(out, value.name(), value == selected);
			out.message(prefix + value.name()).text("</option>");
		}
		close(out, values.isEmpty());
	}

	/** Words to look for: an industry, a complex's name ({@code type} text or search). */
	public static void words(HtmlWriter out, String name, String label, @Nullable String value, int maxlength,
			String type) {
		out.text("<div class=\"form-group\">\n  <div class=\"form-tit\"><label for=\"")
			.escaped(name)
			.text("\">")
			.message(label)
			.text("</label></div>\n  <div class=\"form-conts\">\n    <input id=\"")
			.escaped(name)
			.text("\" name=\"")
			.escaped(name)
			.text("\" type=\"")
			.escaped(type)
			.text("\" class=\"krds-input\" maxlength=\"")
			.number(maxlength)
			.text("\" value=\"")
			.escaped(value)
			.text("\">\n  </div>\n</div>");
	}

	/** The button that applies the filter. */
	public static void apply(HtmlWriter out) {
		out.text("<button type=\"submit\" class=\"krds-btn primary\">")
			.message("complexes.filter.apply")
			.text("</button>");
	}

	private static void open(HtmlWriter out, String name, String label) {
		out.text("<div class=\"form-group\">\n  <div class=\"form-tit\"><label for=\"")
			.escaped(name)
			.text("\">")
			.message(label)
			.text("</label></div>\n  <div class=\"form-conts\">\n    <select id=\"")
			.escaped(name)
			.text("\" name=\"")
			.escaped(name)
			.text("\" class=\"krds-form-select\">\n      <option value=\"\">")
			.message("complexes.filter.all")
			.text("</option>");
	}

	/** An option's opening tag on a line of its own. */
	private static void option(HtmlWriter out, String value, boolean selected) {
		out.text("\n      <option value=\"").escaped(value).text(selected ? "\" selected=\"selected\">" : "\">");
	}

	/** The end of a list; a list of none keeps the line its options would have taken. */
	private static void close(HtmlWriter out, boolean none) {
		out.text(none ? "\n      \n    </select>\n  </div>\n</div>" : "\n    </select>\n  </div>\n</div>");
	}

}
