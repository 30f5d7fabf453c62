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

import kr.go.sandan.audit.DataGeneration;
import kr.go.sandan.web.RenderedHtml;
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

	private final DataGeneration generation;

	private final TemplateRendering templates;

	private final Cache<String, Rendered> fragments = Caffeine.newBuilder()
		.maximumWeight(32L * 1024 * 1024)
		.weigher((String key, Rendered rendered) -> key.length() + rendered.html().size())
		.build();

	RenderedFragments(DataGeneration generation, TemplateRendering templates) {
		this.generation = generation;
		this.templates = templates;
	}

	private final Cache<String, Computed> values = Caffeine.newBuilder().maximumSize(10_000).build();

	private record Rendered(long generation, RenderedHtml html) {
	}

	private record Computed(long generation, Object value) {
	}

	/**
	 * A small value computed from the data (e.g. the name of the round a page is about),
	 * kept like the fragments: until the next change.
	 */
	public <T> T value(String key, Supplier<T> compute) {
		return value(key, this.generation.current(), compute);
	}

	/**
	 * {@link #value(String, Supplier)} kept under a narrower generation, e.g.
	 * {@link DataGeneration#ofCall(long)} read before the value is computed.
	 */
	@SuppressWarnings("unchecked")
	public <T> T value(String key, long generation, Supplier<T> compute) {
		Computed kept = this.values.getIfPresent(key);
		if (kept != null && kept.generation() == generation) {
			return (T) kept.value();
		}
		T value = compute.get();
		this.values.put(key, new Computed(generation, value));
		return value;
	}

	/**
	 * The fragment's HTML (for a page's model, {@code th:utext}), from the cache while
	 * nothing has changed since it was rendered, otherwise rendered from the model the
	 * supplier gives.
	 * @param key what the fragment shows, e.g. {@code ranking:12}
	 */
	public RenderedHtml html(String key, String template, String fragment, Supplier<Map<String, Object>> model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return html(key, this.generation.current(), template, fragment, model, locale, request, response);
	}

	/**
	 * {@link #html} kept under a narrower generation, e.g.
	 * {@link DataGeneration#ofCall(long)} read before the fragment is rendered.
	 */
	public RenderedHtml html(String key, long generation, String template, String fragment,
			Supplier<Map<String, Object>> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		String fullKey = locale.toLanguageTag() + " " + key;
		Rendered kept = this.fragments.getIfPresent(fullKey);
		if (kept != null && kept.generation() == generation) {
			return kept.html();
		}
		RenderedHtml html = new RenderedHtml(
				this.templates.render(template, Set.of(fragment), model.get(), locale, request, response));
		this.fragments.put(fullKey, new Rendered(generation, html));
		return html;
	}

}
