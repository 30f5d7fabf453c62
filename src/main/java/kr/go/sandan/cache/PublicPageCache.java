package kr.go.sandan.cache;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import kr.go.sandan.audit.DataGeneration;

/**
 * Keeps the public pages as an anonymous visitor receives them, so that the next visitor
 * gets the same bytes without the queries and the rendering: a GET (or a HEAD, headers
 * only) of a public page ({@link #PUBLIC_PAGES}) by a visitor who is not signed in (so
 * nothing personal is on the page), until the next change ({@link KeptPages}); at once
 * for this instance's own changes, within half a second for another instance's on the
 * same database.
 */
public class PublicPageCache extends KeptPages {

	/**
	 * The pages anyone may read and that are the same for every anonymous visitor, and
	 * the announcement's PDF (a publication day's download).
	 */
	static final Pattern PUBLIC_PAGES = Pattern
		.compile("/|/rounds/\\d+|/plans/\\d+|/plans/\\d+/announcement(\\.pdf)?|/regions|/regions/[a-z]+|/complexes"
				// issue 22: the program at a glance and the open data's page
				+ "|/dashboard|/map|/open-data");

	static final Pattern PLAN_PAGES = Pattern.compile("/plans/(\\d{1,18})(/announcement(\\.pdf)?)?");

	private final DataGeneration generation;

	/** Settings: whether pages are kept, and how many bytes of them at most. */
	@ConfigurationProperties("portal.page-cache")
	public record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("67108864") long maxBytes) {
	}

	PublicPageCache(DataGeneration generation, Settings settings) {
		super(generation, settings.maxBytes());
		this.generation = generation;
	}

	@Override
	boolean keeps(HttpServletRequest request) {
		return PUBLIC_PAGES.matcher(path(request)).matches() && isAnonymous();
	}

	/**
	 * A plan's page and its announcement show that plan (its round's data) and what
	 * belongs to no round (complexes, regions): another round's changes leave them be.
	 */
	@Override
	long generation(HttpServletRequest request) {
		Matcher plan = PLAN_PAGES.matcher(path(request));
		return plan.matches() ? this.generation.ofPlan(Long.parseLong(plan.group(1))) : this.generation.current();
	}

	@Override
	String reader(HttpServletRequest request) {
		return "anonymous";
	}

}
