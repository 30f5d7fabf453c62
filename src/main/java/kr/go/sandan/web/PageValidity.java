package kr.go.sandan.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * When a page being rendered stops being true by the clock alone, without any change of
 * the data: a call's phase (접수 예정 → 접수 중 → 마감) moves at its dates. A page that keeps
 * rendered pages ({@code cache}) serves it again only before that time.
 */
public final class PageValidity {

	static final String ATTRIBUTE = PageValidity.class.getName() + ".until";

	private PageValidity() {
	}

	/**
	 * The page is true until the given time (the earliest of several wins); null: ever.
	 */
	public static void until(Instant instant) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (instant == null || attributes == null) {
			return;
		}
		Object known = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (!(known instanceof Instant earlier) || instant.isBefore(earlier)) {
			attributes.setAttribute(ATTRIBUTE, instant, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/**
	 * Until when the page rendered for the request is true, or null when the clock does
	 * not matter.
	 */
	public static Instant of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof Instant instant) ? instant : null;
	}

}
