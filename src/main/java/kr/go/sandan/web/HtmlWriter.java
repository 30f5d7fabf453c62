package kr.go.sandan.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.unbescape.html.HtmlEscape;

import org.springframework.context.MessageSource;

/**
 * HTML put together in Java for the long, repeated parts of a page (charts, figure
 * tables), which the template engine would print an attribute and a message at a time
 * (issue 18). Text and messages are escaped as {@code th:text} escapes them, a missing
 * message reads as Thymeleaf shows one ({@code ??code_locale??}); the page prints the
 * result with {@code th:utext}.
 */
public final class HtmlWriter {

	private final StringBuilder html = new StringBuilder(8 * 1024);

	private final MessageSource messages;

	private final Locale locale;

	/**
	 * The messages without arguments this writer printed, escaped: a table repeats its
	 * labels in every row, looked up once per writer (one render).
	 */
	private final Map<String, String> labels = new HashMap<>();

	/** A writer that looks messages up in the reader's language. */
	public HtmlWriter(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** A writer of markup and data only (no message). */
	public HtmlWriter() {
		this(null, Locale.ROOT);
	}

	/** Markup, as is. */
	public HtmlWriter text(String markup) {
		this.html.append(markup);
		return this;
	}

	/** Text, escaped; nothing for {@code null}. */
	public HtmlWriter escaped(String text) {
		if (text != null) {
			this.html.append(escape(text));
		}
		return this;
	}

	/**
	 * Text escaped as {@code th:text} escapes it (unbescape's HTML4/XML escape of the
	 * markup-significant characters {@code < > & " '}, the only ones it changes): the
	 * text itself when it holds none of them, as nearly every label, name and figure
	 * does. unbescape looks each code point up before it knows there is nothing to do,
	 * which was a twentieth of a fresh dashboard (issue 18).
	 */
	public static String escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case '<', '>', '&', '"', '\'' -> {
					return HtmlEscape.escapeHtml4Xml(text);
				}
				default -> {
				}
			}
		}
		return text;
	}

	/** A whole number, as an attribute value or coordinate. */
	public HtmlWriter number(int value) {
		this.html.append(value);
		return this;
	}

	/** A message in the reader's language, escaped. */
	public HtmlWriter message(String code, Object... args) {
		if (args.length > 0) {
			return escaped(message(this.messages, this.locale, code, args));
		}
		this.html
			.append(this.labels.computeIfAbsent(code, (label) -> escape(message(this.messages, this.locale, label))));
		return this;
	}

	/** A message as {@code #{…}} reads it: formatted only when given arguments. */
	public static String message(MessageSource messages, Locale locale, String code, Object... args) {
		return messages.getMessage(code, (args.length > 0) ? args : null, "??" + code + "_" + locale + "??", locale);
	}

	@Override
	public String toString() {
		return this.html.toString();
	}

}
