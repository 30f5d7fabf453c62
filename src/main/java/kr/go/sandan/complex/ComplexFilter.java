package kr.go.sandan.complex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * What the list of complexes was asked for, read leniently: a value the portal does not
 * know (an old link, an address typed by hand) is left out and named in
 * {@link #ignored()}, as the dashboard and the plan search do, never an error page.
 * {@code null} means all.
 *
 * @param ignored the labels (message keys) of the conditions left out
 */
record ComplexFilter(@Nullable String region, @Nullable ComplexType type, @Nullable Boolean smartGreen, int page,
		List<String> ignored) {

	static ComplexFilter read(@Nullable String region, @Nullable String type, @Nullable String smartGreen,
			@Nullable String page, Collection<String> regionCodes) {
		List<String> ignored = new ArrayList<>();
		// a region's code as its links write it (gyeongnam) or as the list sends it
		String code = StringUtils.hasText(region) ? region.strip().toUpperCase(Locale.ROOT) : null;
		if (code != null && !regionCodes.contains(code)) {
			ignored.add("complexes.filter.region");
			code = null;
		}
		ComplexType kind = null;
		if (StringUtils.hasText(type)) {
			try {
				kind = ComplexType.valueOf(type.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				ignored.add("complexes.filter.type");
			}
		}
		Boolean green = null;
		if (StringUtils.hasText(smartGreen)) {
			switch (smartGreen.strip().toLowerCase(Locale.ROOT)) {
				case "true", "on", "yes", "1" -> green = Boolean.TRUE;
				case "false", "off", "no", "0" -> green = Boolean.FALSE;
				default -> ignored.add("complexes.filter.smartGreen");
			}
		}
		return new ComplexFilter(code, kind, green, page(page, ignored), List.copyOf(ignored));
	}

	/**
	 * The page asked for (leading zeros as people type them): below the first, the first;
	 * not a number, the first, named; past the last, as {@code Paging} clamps it (an
	 * empty last page).
	 */
	private static int page(@Nullable String page, List<String> ignored) {
		if (!StringUtils.hasText(page)) {
			return 1;
		}
		String digits = page.strip();
		if (!digits.matches("-?[0-9]{1,60}")) {
			ignored.add("complexes.filter.page");
			return 1;
		}
		if (digits.startsWith("-")) {
			return 1;
		}
		digits = digits.replaceFirst("^0+(?=.)", "");
		return (digits.length() > 9) ? Integer.MAX_VALUE : Math.max(1, Integer.parseInt(digits));
	}

}
