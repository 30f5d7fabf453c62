package kr.go.sandan.web;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The frame of every page (layout.html): head, masthead, header with the language switch,
 * the reader's name and sign-out, the menu, and the footer. Written here rather than by
 * the template engine: the frame is the same text for every page but the title, the
 * current page in the other language and the reader's part, and the engine's work on it
 * (some 50 processed attributes, message lookups and links) cost about fifteen times a
 * trivial page at every fresh render (docs/performance.md, issue 18). The invariant text
 * is put together once per language; at each page only the title, the language links, the
 * reader's name, the sign-out form's CSRF field and the menu items by role are added,
 * escaped as {@code th:text} escapes them. The output is the same bytes the template
 * wrote (112 pages compared when it was changed; {@code LayoutFrameTest} checks the
 * reader's parts).
 */
@Component("layout")
public class LayoutModel {

	private final MessageSource messages;

	private final ConcurrentMap<String, Parts> parts = new ConcurrentHashMap<>();

	LayoutModel(MessageSource messages) {
		this.messages = messages;
	}

	/** The current page in the given language. */
	public String languageUrl(String language) {
		return languageUrl(currentRequest(), language);
	}

	static String languageUrl(HttpServletRequest request, String language) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		if (query == null) {
			return (path.isEmpty() ? "/" : path) + "?lang=" + language;
		}
		return UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	/**
	 * The frame around a page's content: {@link Frame#top()} from the head to the end of
	 * the header, {@link Frame#bottom()} the footer and the end of the body.
	 */
	public Frame frame(@Nullable Object title, Locale locale) {
		HttpServletRequest request = currentRequest();
		Parts parts = parts(locale, request.getContextPath());
		Viewer viewer = Viewer.current();
		StringBuilder top = new StringBuilder(parts.size() + 512);
		top.append(parts.beforeTitle)
			.append(escape((title != null) ? title.toString() : ""))
			.append(parts.afterTitle)
			.append(escape(languageUrl(request, "ko")))
			.append("\" lang=\"ko\" hreflang=\"ko\"")
			.append("ko".equals(locale.getLanguage()) ? " aria-current=\"true\"" : "")
			.append(">한국어</a>\n        <a href=\"")
			.append(escape(languageUrl(request, "en")))
			.append("\" lang=\"en\" hreflang=\"en\"")
			.append("en".equals(locale.getLanguage()) ? " aria-current=\"true\"" : "")
			.append(">English</a>\n      </nav>\n      ");
		if (viewer.signedIn()) {
			top.append(parts.userBeforeName)
				.append(escape(viewer.displayName()))
				.append(parts.userBeforeCsrf)
				.append(csrfField(request))
				.append(parts.userAfterCsrf);
		}
		top.append("\n      ");
		if (!viewer.signedIn()) {
			top.append(parts.signIn);
		}
		top.append(parts.beforeRoleItems);
		top.append(viewer.signedIn() ? parts.me : "").append("\n      ");
		top.append(viewer.ministry() ? parts.calls : "").append("\n      ");
		top.append(viewer.admin() ? parts.accounts : "").append("\n      ");
		top.append(viewer.auditor() ? parts.audit : "");
		top.append(parts.afterRoleItems);
		return new Frame(top.toString(), parts.bottom);
	}

	/** The text before and after a page's content. */
	public record Frame(String top, String bottom) {
	}

	/**
	 * What the template's {@code th:action} adds to a POST form: Spring Security's CSRF
	 * field.
	 */
	static String csrfField(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			return "<input type=\"hidden\" name=\"" + escape(token.getParameterName()) + "\" value=\""
					+ escape(token.getToken()) + "\"/>";
		}
		return "";
	}

	private Parts parts(Locale locale, String contextPath) {
		String language = locale.getLanguage();
		if (!"ko".equals(language) && !"en".equals(language)) {
			return new Parts(this::message, locale, contextPath);
		}
		return this.parts.computeIfAbsent(language + "|" + contextPath,
				(key) -> new Parts(this::message, locale, contextPath));
	}

	private String message(String code, Locale locale) {
		return escape(this.messages.getMessage(code, null, locale));
	}

	/**
	 * Escaped as {@code th:text} and attributes escape (HTML, markup-significant
	 * characters).
	 */
	private static String escape(@Nullable String text) {
		return (text != null) ? HtmlWriter.escape(text) : "";
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	@FunctionalInterface
	private interface Messages {

		String get(String code, Locale locale);

	}

	/** The invariant text of the frame in one language, its messages escaped. */
	private static final class Parts {

		final String beforeTitle;

		final String afterTitle;

		final String userBeforeName;

		final String userBeforeCsrf;

		final String userAfterCsrf;

		final String signIn;

		final String beforeRoleItems;

		final String me;

		final String calls;

		final String accounts;

		final String audit;

		final String afterRoleItems;

		final String bottom;

		Parts(Messages messages, Locale locale, String contextPath) {
			String c = escape(contextPath);
			java.util.function.Function<String, String> m = (code) -> messages.get(code, locale);
			this.beforeTitle = """
					<head>
					  <meta charset="UTF-8">
					  <meta name="viewport" content="width=device-width, initial-scale=1">
					  <!-- for the pages that load htmx (plans/edit-parts :: htmx): the CSP stays as it is, so no eval
					       (hx-on, js: values), no script in swapped content, no style element of its own; a refusal
					       (409, 403, 404) is swapped in like any page, so it is seen -->
					  <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false,"selfRequestsOnly":true,"historyCacheSize":0,"responseHandling":[{"code":"204","swap":false},{"code":"...","swap":true}]}'>
					  <title>""";
			this.afterTitle = " · " + m.apply("site.name") + "</title>\n" //
					+ "  <link rel=\"icon\" href=\"" + c + "/favicon.ico\" type=\"image/x-icon\">\n" //
					+ "  <link rel=\"stylesheet\" href=\"" + c + "/vendor/krds/fonts.css\">\n" //
					+ "  <link rel=\"stylesheet\" href=\"" + c + "/vendor/krds/css/token/krds_tokens.css\">\n" //
					+ "  <link rel=\"stylesheet\" href=\"" + c + "/vendor/krds/css/component/output.css\">\n" //
					+ "  <link rel=\"stylesheet\" href=\"" + c + "/css/portal.css\">\n" //
					+ "</head>\n" //
					+ "<body>\n" //
					+ "<div id=\"krds-skip-link\"><a href=\"#main\">" + m.apply("layout.skip") + "</a></div>\n" //
					+ "<div id=\"krds-masthead\">\n" //
					+ "  <div class=\"toggle-wrap\"><div class=\"toggle-head\"><div class=\"inner\">\n" //
					+ "    <span class=\"nuri-txt\">" + m.apply("layout.masthead") + "</span>\n" //
					+ "  </div></div></div>\n" //
					+ "</div>\n" //
					+ "<header class=\"portal-header\">\n" //
					+ "  <div class=\"inner portal-header-row\">\n" //
					+ "    <a class=\"portal-logo\" href=\"" + c + "/\">\n" //
					+ "      <span class=\"portal-logo-title\">" + m.apply("site.name") + "</span>\n" //
					+ "      <span class=\"portal-logo-sub\">" + m.apply("site.ministries") + "</span>\n" //
					+ "    </a>\n" //
					+ "    <div class=\"portal-tools\">\n" //
					+ "      <nav class=\"portal-lang\" aria-label=\"" + m.apply("layout.language") + "\">\n" //
					+ "        <a href=\"";
			this.userBeforeName = "<div class=\"portal-user\">\n" //
					+ "        <a href=\"" + c + "/me\" class=\"portal-user-name\">";
			this.userBeforeCsrf = "</a>\n" //
					+ "        <form method=\"post\" action=\"" + c + "/logout\" class=\"inline-form\">";
			this.userAfterCsrf = "\n" //
					+ "          <button type=\"submit\" class=\"krds-btn xsmall tertiary\">" + m.apply("nav.logout")
					+ "</button>\n" //
					+ "        </form>\n" //
					+ "      </div>";
			this.signIn = "<a class=\"krds-btn xsmall secondary\" href=\"" + c + "/login\">" + m.apply("nav.login")
					+ "</a>";
			this.beforeRoleItems = "\n" //
					+ "    </div>\n" //
					+ "  </div>\n" //
					+ "  <nav class=\"portal-nav\" aria-label=\"" + m.apply("layout.menu") + "\">\n" //
					+ "    <ul class=\"inner\">\n" //
					+ item(c, "/", m.apply("nav.home")) + "\n" //
					+ item(c, "/#rounds", m.apply("nav.rounds")) + "\n" //
					+ item(c, "/regions", m.apply("nav.regions")) + "\n" //
					+ item(c, "/complexes", m.apply("nav.complexes")) + "\n" //
					+ item(c, "/plans", m.apply("nav.search")) + "\n" //
					+ item(c, "/calls", m.apply("board.title")) + "\n" //
					+ item(c, "/dashboard", m.apply("nav.dashboard")) + "\n" //
					+ item(c, "/map", m.apply("nav.map")) + "\n" //
					+ item(c, "/open-data", m.apply("nav.openData")) + "\n" //
					+ "      ";
			this.me = item(c, "/me", m.apply("nav.me")).strip();
			this.calls = item(c, "/ministry/calls", m.apply("calls.title")).strip();
			this.accounts = item(c, "/admin/accounts", m.apply("accounts.title")).strip();
			this.audit = item(c, "/audit", m.apply("nav.audit")).strip();
			this.afterRoleItems = "\n" //
					+ "    </ul>\n" //
					+ "  </nav>\n" //
					+ "</header>\n";
			this.bottom = "<footer class=\"portal-footer\">\n" //
					+ "  <div class=\"inner\">\n" //
					+ "    <p>" + m.apply("layout.footer.program") + "</p>\n" //
					+ "    <p>" + m.apply("layout.footer.source") + "</p>\n" //
					+ "  </div>\n" //
					+ "</footer>\n" //
					+ "</body>\n";
		}

		private static String item(String contextPath, String path, String label) {
			return "      <li><a href=\"" + contextPath + path + "\">" + label + "</a></li>";
		}

		int size() {
			return this.beforeTitle.length() + this.afterTitle.length() + this.beforeRoleItems.length()
					+ this.afterRoleItems.length();
		}

	}

}
