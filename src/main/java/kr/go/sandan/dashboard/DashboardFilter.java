package kr.go.sandan.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import kr.go.sandan.plan.PublishedPlan;
import kr.go.sandan.region.Region;
import kr.go.sandan.round.RoundRow;
import kr.go.sandan.web.FilterHtml;
import kr.go.sandan.web.HtmlWriter;

/**
 * What the reader chose to look at on the dashboard and the map, read from the query
 * string as typed: a value the portal does not know (a round that was never held, a year
 * out of range, a region code that is none of the 17, text where a number belongs) is
 * left out and named in {@link #ignored()}, never an error page. {@code null} means all.
 *
 * @param round the round, by its year (차수)
 * @param year a budget or district year (연도): narrows budgets, execution and attainment
 * @param region a region's code
 * @param industry part of a main industry's name
 * @param ignored the labels (message keys) of the parameters left out
 */
record DashboardFilter(@Nullable Integer round, @Nullable Integer year, @Nullable String region,
		@Nullable String industry, List<String> ignored) {

	/** Longest industry text kept; the rest is cut. */
	static final int INDUSTRY_LENGTH = 50;

	/** Years a budget or district year can be. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2999;

	static DashboardFilter read(@Nullable String round, @Nullable String year, @Nullable String region,
			@Nullable String industry, Collection<Integer> roundYears, Collection<String> regionCodes) {
		List<String> ignored = new ArrayList<>();
		Integer roundYear = number(round);
		if (blank(round)) {
			roundYear = null;
		}
		else if (roundYear == null || !roundYears.contains(roundYear)) {
			ignored.add("dashboard.filter.round");
			roundYear = null;
		}
		Integer budgetYear = number(year);
		if (blank(year)) {
			budgetYear = null;
		}
		else if (budgetYear == null || budgetYear < FIRST_YEAR || budgetYear > LAST_YEAR) {
			ignored.add("dashboard.filter.budgetYear");
			budgetYear = null;
		}
		String code = blank(region) ? null : region.trim().toUpperCase(Locale.ROOT);
		if (code != null && !regionCodes.contains(code)) {
			ignored.add("complexes.filter.region");
			code = null;
		}
		String text = blank(industry) ? null : clean(industry);
		return new DashboardFilter(roundYear, budgetYear, code, text, List.copyOf(ignored));
	}

	/** Everything, nothing ignored. */
	static DashboardFilter all() {
		return new DashboardFilter(null, null, null, null, List.of());
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable Integer number(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String digits = text.trim();
		if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Integer.valueOf(digits);
	}

	/** Control characters dropped, at most {@link #INDUSTRY_LENGTH} characters. */
	private static @Nullable String clean(String text) {
		String kept = text.codePoints()
			.filter((c) -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.trim();
		if (kept.isEmpty()) {
			return null;
		}
		return (kept.length() > INDUSTRY_LENGTH) ? kept.substring(0, INDUSTRY_LENGTH) : kept;
	}

	/** The rounds as the round filter lists them: by year, named as 2021년 2차. */
	static List<FilterHtml.Choice> roundChoices(List<RoundRow> rounds, MessageSource messages, Locale locale) {
		return rounds.stream()
			.map((round) -> new FilterHtml.Choice(String.valueOf(round.year()),
					HtmlWriter.message(messages, locale, "dashboard.round", round.year(), round.ordinal())))
			.toList();
	}

	/**
	 * The regions as the region filter lists them: by code, named in the reader's
	 * language.
	 */
	static List<FilterHtml.Choice> regionChoices(List<Region> regions, Locale locale) {
		return regions.stream()
			.map((region) -> new FilterHtml.Choice(region.getCode(), DashboardController.regionName(region, locale)))
			.toList();
	}

	/** The chosen round's year as its option's value. */
	@Nullable String roundValue() {
		return (this.round != null) ? String.valueOf(this.round) : null;
	}

	/** Whether a published plan is in the chosen round, region and industry. */
	boolean accepts(PublishedPlan plan) {
		return acceptsRound(plan.roundYear()) && acceptsRegion(plan.regionCode()) && (this.industry == null
				|| plan.content().mainIndustries().stream().anyMatch((name) -> name.contains(this.industry)));
	}

	boolean acceptsRound(int roundYear) {
		return this.round == null || this.round == roundYear;
	}

	boolean acceptsRegion(@Nullable String regionCode) {
		return this.region == null || this.region.equals(regionCode);
	}

	boolean acceptsYear(int year) {
		return this.year == null || this.year == year;
	}

	public boolean isEmpty() {
		return this.round == null && this.year == null && this.region == null && this.industry == null;
	}

}
