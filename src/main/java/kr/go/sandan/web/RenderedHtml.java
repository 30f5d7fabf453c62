package kr.go.sandan.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTML rendered once and kept (a shared fragment, e.g. a ranking board), with its UTF-8
 * bytes. Put in a page's model and written with {@code th:utext}, the page shows a short
 * marker in its place; {@link Utf8ThymeleafView} then sends the kept bytes there, so the
 * fragment is neither copied through Thymeleaf nor encoded again at every request.
 */
public final class RenderedHtml {

	static final String MARKER_START = "<!--rendered-html:";

	static final String MARKER_END = "-->";

	private static final AtomicLong SERIAL = new AtomicLong();

	private final String html;

	private final byte[] utf8;

	private final String marker;

	public RenderedHtml(String html) {
		this.html = html;
		this.utf8 = html.getBytes(StandardCharsets.UTF_8);
		this.marker = MARKER_START + SERIAL.incrementAndGet() + MARKER_END;
	}

	/** The HTML itself. */
	public String html() {
		return this.html;
	}

	/** What a page shows in the fragment's place until the view sends the bytes. */
	String marker() {
		return this.marker;
	}

	byte[] utf8() {
		return this.utf8;
	}

	/** The marker: this is what {@code th:utext} writes. */
	@Override
	public String toString() {
		return this.marker;
	}

}
