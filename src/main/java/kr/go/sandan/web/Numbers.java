package kr.go.sandan.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Formats figures for pages as officials write them: digit grouping, no trailing zeros
 * (63.8, 19,577, 3,200). Used in templates as {@code ${@numbers.format(value)}}.
 */
@Component("numbers")
public class Numbers {

	/**
	 * The formats, one per thread (a {@link DecimalFormat} is not thread-safe, and making
	 * one parses its pattern: a plan's page formats hundreds of figures).
	 */
	private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(() -> {
		DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.KOREA));
		format.setParseBigDecimal(true);
		return format;
	});

	private static final ThreadLocal<DecimalFormat> TWO_DECIMALS = ThreadLocal
		.withInitial(() -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.KOREA)));

	public String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		// whole amounts (most of a budget's figures): grouped by hand, as the format
		// would
		if (stripped.scale() <= 0 && stripped.compareTo(LONG_MIN) >= 0 && stripped.compareTo(LONG_MAX) <= 0) {
			return grouped(stripped.longValueExact());
		}
		// up to four decimals (attainment percents, 63.8): written by hand too, as the
		// format would (a twentieth of the ministry's dashboard went through the format;
		// issue 18)
		int scale = stripped.scale();
		if (scale > 0 && scale <= 4 && stripped.unscaledValue().bitLength() < 63) {
			long unscaled = stripped.unscaledValue().longValue();
			long abs = Math.abs(unscaled);
			long power = POWERS_OF_TEN[scale];
			String fraction = Long.toString(abs % power + power).substring(1);
			return ((unscaled < 0) ? "-" : "") + grouped(abs / power) + "." + fraction;
		}
		return GROUPED.get().format(stripped);
	}

	private static final long[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000 };

	private static final BigDecimal LONG_MIN = BigDecimal.valueOf(-Long.MAX_VALUE);

	private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

	static String grouped(long value) {
		String digits = Long.toString(Math.abs(value));
		StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
		if (value < 0) {
			text.append('-');
		}
		int first = digits.length() % 3;
		if (first == 0) {
			first = 3;
		}
		text.append(digits, 0, first);
		for (int i = first; i < digits.length(); i += 3) {
			text.append(',').append(digits, i, i + 3);
		}
		return text.toString();
	}

	/**
	 * A figure in a Korean unit as the reader counts: on Korean pages as written (1만명,
	 * 8,000억원); on English pages scaled to the words English has, to go with
	 * {@code unit.scaled.*} (10,000 people, 800 billion won). {@code 조} is a trillion
	 * already.
	 */
	public String scaled(BigDecimal value, Object unit, Locale locale) {
		if (value == null || unit == null || locale == null || !"en".equals(locale.getLanguage())) {
			return format(value);
		}
		return switch (unit.toString()) {
			case "TEN_THOUSAND_PERSONS", "TEN_THOUSAND_JOBS" -> format(value.movePointRight(4));
			case "HUNDRED_MILLION_WON", "HUNDRED_MILLION_USD" -> format(value.movePointLeft(1));
			default -> format(value);
		};
	}

	/** A score with exactly two decimals (85.00), as evaluation results are reported. */
	public String decimal(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return TWO_DECIMALS.get().format(value);
	}

	/** A difference with its sign (+1.50, −2.25). */
	public String signedDecimal(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return ((value.signum() > 0) ? "+" : "") + decimal(value);
	}

}
