package kr.go.sandan.cache;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import kr.go.sandan.audit.DataGeneration;
import kr.go.sandan.web.PageValidity;

/**
 * Pages kept as they were sent, served again while the data they were made from has not
 * changed: every state change of the portal is audited and moves the
 * {@link DataGeneration} of what it touches in its own transaction, so an entry is served
 * only while that generation is the one read before the page was rendered. Single-flight:
 * while a page is rendered for a generation, who asks for it waits for that render. What
 * is kept: a 200 HTML answer to a GET that set no cookie, keyed by what the subclass says
 * makes the page differ; a HEAD is answered from it (headers only) and never keeps one.
 * Runs after Spring Security's filters: they have decided who may see the page and
 * written the security headers, on every response alike. A request saying
 * {@code Cache-Control: no-cache} (a browser's hard reload, the query-budget tests) is
 * rendered afresh.
 */
abstract class KeptPages extends OncePerRequestFilter {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	/** Says whether the page came from the cache ({@code hit}) or was rendered. */
	static final String HEADER = "X-Page-Cache";

	private final DataGeneration generation;

	private final Cache<String, Page> pages;

	/** Pages being rendered, by generation and key: the others asking wait for them. */
	private final ConcurrentMap<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

	/** How long a request waits for another's render of the same page before its own. */
	private static final long RENDER_WAIT_SECONDS = 10;

	/**
	 * A page (or a PDF) as it was sent; {@code validUntil} is when it stops being true by
	 * the clock alone ({@link PageValidity}), or null.
	 */
	record Page(long generation, String contentType, String contentLanguage, String contentDisposition, byte[] body,
			Instant validUntil) {

		boolean isValid(long current, Instant now) {
			return this.generation == current && (this.validUntil == null || now.isBefore(this.validUntil));
		}

	}

	KeptPages(DataGeneration generation, long maxBytes) {
		this.generation = generation;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, Page page) -> key.length() + page.body().length)
			.build();
	}

	/** Whether this request may be answered from, and its answer kept in, this cache. */
	abstract boolean keeps(HttpServletRequest request);

	/** What, besides the page's address, day and language, the page depends on. */
	abstract String reader(HttpServletRequest request);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isRead(request) || request.getParameter("lang") != null
				|| "no-cache".equals(request.getHeader(HttpHeaders.CACHE_CONTROL)) || !keeps(request);
	}

	/**
	 * A GET, or a HEAD (an uptime check, a link checker): answered from what a GET kept,
	 * with no body.
	 */
	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	/**
	 * The data generation the page is made from: everything's unless the subclass knows
	 * what the page shows ({@link DataGeneration#ofPlan(long)}).
	 */
	long generation(HttpServletRequest request) {
		return this.generation.current();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// read before the page is rendered: whatever it shows is at least this new
		long generation = generation(request);
		String key = key(request);
		Page kept = this.pages.getIfPresent(key);
		boolean head = "HEAD".equals(request.getMethod());
		if (kept != null && kept.isValid(generation, Instant.now())) {
			send(kept, response, head);
			return;
		}
		if (head) {
			// answered without the body a page is kept from: rendered, nothing kept
			response.setHeader(HEADER, "miss");
			chain.doFilter(request, response);
			return;
		}
		// one render per page and generation: who asks while it is rendered waits for it
		String flight = generation + " " + key;
		CompletableFuture<Page> mine = new CompletableFuture<>();
		CompletableFuture<Page> other = this.rendering.putIfAbsent(flight, mine);
		if (other != null) {
			Page shared = awaited(other);
			if (shared != null && shared.isValid(generation, Instant.now())) {
				send(shared, response, false);
				return;
			}
			render(request, response, chain, key, generation);
			return;
		}
		Page rendered = null;
		try {
			rendered = render(request, response, chain, key, generation);
		}
		finally {
			mine.complete(rendered);
			this.rendering.remove(flight, mine);
		}
	}

	private static Page awaited(CompletableFuture<Page> render) {
		try {
			return render.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			// rendered on its own instead
			return null;
		}
	}

	private void send(Page kept, HttpServletResponse response, boolean headersOnly) throws IOException {
		response.setHeader(HEADER, "hit");
		response.setContentType(kept.contentType());
		if (kept.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, kept.contentLanguage());
		}
		if (kept.contentDisposition() != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, kept.contentDisposition());
		}
		response.setContentLength(kept.body().length);
		if (!headersOnly) {
			response.getOutputStream().write(kept.body());
		}
	}

	/** Renders the page; answers what was kept of it, or null if it may not be kept. */
	private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			long generation) throws ServletException, IOException {
		response.setHeader(HEADER, "miss");
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			String type = wrapper.getContentType();
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && type != null
					&& (type.startsWith("text/html") || type.startsWith("application/pdf"))
					&& !wrapper.containsHeader(HttpHeaders.SET_COOKIE)) {
				Page page = new Page(generation, type, wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE),
						wrapper.getHeader(HttpHeaders.CONTENT_DISPOSITION), wrapper.getContentAsByteArray(),
						PageValidity.of(request));
				// a slower render of an older generation does not replace a newer page
				this.pages.asMap().merge(key, page, (old, made) -> (old.generation() > made.generation()) ? old : made);
				return page;
			}
			return null;
		}
		finally {
			// whatever happened, the reader gets what was written
			wrapper.copyBodyToResponse();
		}
	}

	private String key(HttpServletRequest request) {
		Cookie language = cookie(request, "PORTAL_LANG");
		// the day too: a page may say when it was made (the announcement summary does)
		StringBuilder key = new StringBuilder(reader(request)).append(' ')
			.append(LocalDate.now(SEOUL))
			.append(' ')
			.append((language != null) ? language.getValue() : "")
			.append(' ')
			.append(path(request));
		// every parameter, in one order (a filter or page number makes another page)
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				key.append('&').append(name).append('=').append(value);
			}
		});
		return key.toString();
	}

	/** The path within the portal (what the controllers map). */
	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** Nobody is signed in (the security context is known: this runs after the chain). */
	static boolean isAnonymous() {
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
