package kr.go.sandan.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * HTML rendered once and kept (a shared fragment, e.g. a ranking board; the long tables
 * of a published plan's view), with its UTF-8 bytes. Written with {@code th:utext}, the
 * page shows a short marker in its place; {@link Utf8ThymeleafView} then sends the kept
 * bytes there, so the fragment is neither copied through Thymeleaf nor encoded again at
 * every request.
 */
public final class RenderedHtml {

	static final String MARKER_START = "<!--rendered-html:";

	static final String MARKER_END = "-->";

	private static final AtomicLong SERIAL = new AtomicLong();

	/** Only the bytes are kept (a Korean page's String would take twice as much). */
	private final byte[] utf8;

	private final String marker;

	public RenderedHtml(String html) {
		this.utf8 = html.getBytes(StandardCharsets.UTF_8);
		this.marker = MARKER_START + SERIAL.incrementAndGet() + MARKER_END;
	}

	/**
	 * HTML rendered apart from the page being rendered on this thread (if any), and kept:
	 * kept HTML it prints is copied into it, not left as a marker of this request.
	 */
	public static RenderedHtml apart(Supplier<String> render) {
		Map<String, RenderedHtml> page = PRINTED.get();
		PRINTED.remove();
		try {
			return new RenderedHtml(render.get());
		}
		finally {
			if (page != null) {
				PRINTED.set(page);
			}
		}
	}

	/** The HTML itself (decoded again: for a PDF or a fragment rendered to a string). */
	public String html() {
		return new String(this.utf8, StandardCharsets.UTF_8);
	}

	/** Its size in bytes, UTF-8. */
	public int size() {
		return this.utf8.length;
	}

	/** What a page shows in the fragment's place until the view sends the bytes. */
	String marker() {
		return this.marker;
	}

	byte[] utf8() {
		return this.utf8;
	}

	/**
	 * What {@code th:utext} writes: while {@link Utf8ThymeleafView} renders a page on
	 * this thread, the marker (the view then sends the kept bytes in its place); anywhere
	 * else (a PDF, a fragment rendered to a string) the HTML itself.
	 */
	@Override
	public String toString() {
		Map<String, RenderedHtml> printed = PRINTED.get();
		if (printed == null) {
			return html();
		}
		printed.put(this.marker, this);
		return this.marker;
	}

	/** The kept HTML printed by the page being rendered on this thread, by marker. */
	private static final ThreadLocal<Map<String, RenderedHtml>> PRINTED = new ThreadLocal<>();

	/**
	 * Starts collecting what the page rendered on this thread prints.
	 * @return what was collected before (a page rendered inside another), to restore
	 */
	static Map<String, RenderedHtml> startPrinting() {
		Map<String, RenderedHtml> before = PRINTED.get();
		PRINTED.set(new HashMap<>());
		return before;
	}

	/**
	 * What the page printed since {@link #startPrinting()}; collecting what was before.
	 */
	static Map<String, RenderedHtml> stopPrinting(Map<String, RenderedHtml> before) {
		Map<String, RenderedHtml> printed = PRINTED.get();
		if (before != null) {
			PRINTED.set(before);
		}
		else {
			PRINTED.remove();
		}
		return (printed != null) ? printed : Map.of();
	}

}
