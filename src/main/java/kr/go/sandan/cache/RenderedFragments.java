package kr.go.sandan.cache;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.web.TemplateRendering;

/**
 * The heavy, shared part of a signed-in page (the ranking board of a call: the same for
 * every ministry officer), rendered once and kept until the next audited change, like
 * {@link PublicPageCache} keeps whole public pages. Only for fragments without anything
 * personal: no forms (their CSRF token is the session's), no names of the reader, no
 * flash messages. The page around it (layout, the reader's name) is rendered as usual.
 */
@Component
public class RenderedFragments {

	private final AuditLog audit;

	private final TemplateRendering templates;

	private final Cache<String, Rendered> fragments = Caffeine.newBuilder()
		.maximumWeight(32L * 1024 * 1024)
		.weigher((String key, Rendered rendered) -> key.length() + rendered.html().length() * 2)
		.build();

	RenderedFragments(AuditLog audit, TemplateRendering templates) {
		this.audit = audit;
		this.templates = templates;
	}

	private record Rendered(long generation, String html) {
	}

	/**
	 * The fragment's HTML, from the cache while nothing has changed since it was
	 * rendered, otherwise rendered from the model the supplier gives.
	 * @param key what the fragment shows, e.g. {@code ranking:12}
	 */
	public String html(String key, String template, String fragment, Supplier<Map<String, Object>> model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		long generation = this.audit.lastEventId();
		String fullKey = locale.toLanguageTag() + " " + key;
		Rendered kept = this.fragments.getIfPresent(fullKey);
		if (kept != null && kept.generation() == generation) {
			return kept.html();
		}
		String html = this.templates.render(template, Set.of(fragment), model.get(), locale, request, response);
		this.fragments.put(fullKey, new Rendered(generation, html));
		return html;
	}

}
