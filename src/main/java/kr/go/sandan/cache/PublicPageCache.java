package kr.go.sandan.cache;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import kr.go.sandan.audit.DataGeneration;

/**
 * Keeps the public pages as an anonymous visitor receives them, so that the next visitor
 * gets the same bytes without the queries and the rendering.
 *
 * <p>
 * What is kept: a GET of a public page ({@link #PUBLIC_PAGES}) by a visitor who is not
 * signed in (so nothing personal is on the page), answered 200 as HTML without setting a
 * cookie; keyed by path, parameters and language cookie. When it stays true: every state
 * change of the portal is audited, so an entry is served only while the
 * {@link DataGeneration} (the audit trail's newest id) is the one it was rendered under:
 * at once for this instance's own changes, within half a second for another instance's on
 * the same database. A request saying {@code Cache-Control: no-cache} (a browser's hard
 * reload, the query-budget tests) is rendered afresh. Security headers are written by the
 * filters before this one, on every response alike.
 */
public class PublicPageCache extends OncePerRequestFilter {

	/** The pages anyone may read and that are the same for every anonymous visitor. */
	static final Pattern PUBLIC_PAGES = Pattern
		.compile("/|/rounds/\\d+|/plans/\\d+|/plans/\\d+/announcement|/regions|/regions/[a-z]+|/complexes");

	private static final java.time.ZoneId SEOUL = java.time.ZoneId.of("Asia/Seoul");

	/** Says whether the page came from the cache ({@code hit}) or was rendered. */
	static final String HEADER = "X-Page-Cache";

	private final DataGeneration generation;

	private final Cache<String, Page> pages;

	/** Settings: whether pages are kept, and how many bytes of them at most. */
	@ConfigurationProperties("portal.page-cache")
	public record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("67108864") long maxBytes) {
	}

	/** A page as it was sent. */
	record Page(long generation, String contentType, String contentLanguage, byte[] body) {
	}

	PublicPageCache(DataGeneration generation, Settings settings) {
		this.generation = generation;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(settings.maxBytes())
			.weigher((String key, Page page) -> key.length() + page.body().length)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !PUBLIC_PAGES.matcher(path(request)).matches() || !isAnonymous()
				|| request.getParameter("lang") != null
				|| "no-cache".equals(request.getHeader(HttpHeaders.CACHE_CONTROL));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long generation = this.generation.current();
		String key = key(request);
		Page kept = this.pages.getIfPresent(key);
		if (kept != null && kept.generation() == generation) {
			response.setHeader(HEADER, "hit");
			response.setContentType(kept.contentType());
			if (kept.contentLanguage() != null) {
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, kept.contentLanguage());
			}
			response.setContentLength(kept.body().length);
			response.getOutputStream().write(kept.body());
			return;
		}
		response.setHeader(HEADER, "miss");
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			String type = wrapper.getContentType();
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
					&& !wrapper.containsHeader(HttpHeaders.SET_COOKIE)) {
				this.pages.put(key, new Page(generation, type, wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE),
						wrapper.getContentAsByteArray()));
			}
		}
		finally {
			// whatever happened, the visitor gets what was written
			wrapper.copyBodyToResponse();
		}
	}

	private static String key(HttpServletRequest request) {
		Cookie language = cookie(request, "PORTAL_LANG");
		// the day too: a page may say when it was made (the announcement summary does)
		StringBuilder key = new StringBuilder(java.time.LocalDate.now(SEOUL).toString()).append(' ')
			.append((language != null) ? language.getValue() : "")
			.append(' ')
			.append(path(request));
		// every parameter, in one order (a filter or page number makes another page)
		new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				key.append('&').append(name).append('=').append(value);
			}
		});
		return key.toString();
	}

	/** The path within the portal (what the controllers map). */
	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * Nobody is signed in: this filter runs inside Spring Security's chain, after the
	 * security context is known.
	 */
	private static boolean isAnonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	private static Cookie cookie(HttpServletRequest request, String name) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (name.equals(cookie.getName())) {
				return cookie;
			}
		}
		return null;
	}

}
