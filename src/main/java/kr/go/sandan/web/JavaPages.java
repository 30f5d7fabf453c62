package kr.go.sandan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Whole pages written in Java, for the pages most read by the public (issue 18): the
 * frame of {@code layout.html} ({@link LayoutModel}), the flash message and the page's
 * content, sent as UTF-8 bytes; kept parts ({@link RenderedHtml}) as the bytes they were
 * kept as. The same bytes {@code layout :: page(title, ~{::content})} writes around a
 * template's {@code <div th:fragment="content">} ({@code scripts/capture-pages.sh}
 * compares a page before and after it moves to Java); a form's CSRF field goes in at
 * render time ({@link Content#csrf()}).
 */
@Component
public class JavaPages {

	private final LayoutModel layout;

	private final MessageSource messages;

	JavaPages(LayoutModel layout, MessageSource messages) {
		this.layout = layout;
		this.messages = messages;
	}

	/**
	 * A page: its title (the browser's, escaped here) and its content, what the
	 * template's content {@code div} holds.
	 */
	public View page(String title, Content content) {
		return new Page(title, content);
	}

	/**
	 * What a page holds inside its content {@code div}: markup and kept parts, in order.
	 */
	public static final class Content {

		private final List<Object> parts = new ArrayList<>(8);

		private final StringBuilder text = new StringBuilder(8 * 1024);

		/** Markup, as is (already escaped). */
		public Content html(String markup) {
			this.text.append(markup);
			return this;
		}

		/**
		 * The CSRF field a form's {@code th:action} adds after the form's opening tag,
		 * written with the request's token when the page is sent.
		 */
		public Content csrf() {
			close();
			this.parts.add(CSRF);
			return this;
		}

		/** A kept part, sent as its kept bytes. */
		public Content kept(RenderedHtml kept) {
			close();
			this.parts.add(kept);
			return this;
		}

		private void close() {
			if (!this.text.isEmpty()) {
				this.parts.add(this.text.toString());
				this.text.setLength(0);
			}
		}

		List<Object> parts() {
			close();
			return this.parts;
		}

	}

	/** Where a form's CSRF field goes. */
	private static final Object CSRF = new Object();

	private final class Page implements View {

		private final String title;

		private final Content content;

		Page(String title, Content content) {
			this.title = title;
			this.content = content;
		}

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			Locale locale = RequestContextUtils.getLocale(request);
			LayoutModel.Frame frame = JavaPages.this.layout.frame(this.title, locale);
			StringBuilder top = new StringBuilder(frame.top().length() + 512);
			top.append("<!DOCTYPE html>\n<html lang=\"")
				.append(HtmlWriter.escape(locale.getLanguage()))
				.append("\">\n")
				.append(frame.top())
				.append("<main id=\"main\" class=\"inner portal-main\" tabindex=\"-1\">\n  ");
			if (model != null && model.get("flashMessage") instanceof String flash) {
				top.append("<div class=\"portal-alert success\" role=\"status\">")
					.append(HtmlWriter.escape(HtmlWriter.message(JavaPages.this.messages, locale, flash)))
					.append("</div>");
			}
			top.append("\n  <div>");
			List<byte[]> bytes = new ArrayList<>(8);
			bytes.add(Utf8ThymeleafView.utf8(top.toString()));
			for (Object part : this.content.parts()) {
				if (part == CSRF) {
					bytes.add(LayoutModel.csrfField(request).getBytes(StandardCharsets.UTF_8));
				}
				else {
					bytes
						.add((part instanceof RenderedHtml kept) ? kept.utf8() : Utf8ThymeleafView.utf8((String) part));
				}
			}
			bytes.add(("</div>\n</main>\n" + frame.bottom() + "</html>\n").getBytes(StandardCharsets.UTF_8));
			response.setContentType(getContentType());
			Utf8ThymeleafView.send(response, bytes);
		}

	}

}
