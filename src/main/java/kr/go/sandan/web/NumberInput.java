package kr.go.sandan.web;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Numbers as Korean officials type them: {@code 1,000}, {@code 1 000}, full-width digits
 * ({@code １，０００}), a leading sign and a decimal point. Anything longer than
 * {@link #MAX_LENGTH} characters, or with an exponent ({@code 1e400}), is refused before
 * any number is built, so that no input can make the server expand a number it would then
 * refuse. A refused value becomes a {@code typeMismatch} error beside its field, with
 * what was typed kept.
 */
public final class NumberInput {

	/** The longest number text read: more digits than any column of the portal holds. */
	public static final int MAX_LENGTH = 40;

	private static final Pattern GROUPED = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

	private NumberInput() {
	}

	/**
	 * The number {@code text} states, or {@code null} for blank text.
	 * @throws ParseException when the text is not a plain decimal number
	 */
	public static BigDecimal parse(String text) throws ParseException {
		if (text == null) {
			return null;
		}
		if (text.length() > MAX_LENGTH * 2) {
			throw new ParseException("number text too long", MAX_LENGTH);
		}
		// full-width digits and signs as a Korean input method may give them
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replace('\u2212', '-')
			.replaceAll("[\\s\\u00A0\\u2009\\u202F]", "");
		if (plain.isEmpty()) {
			return null;
		}
		if (plain.length() > MAX_LENGTH || !GROUPED.matcher(plain).matches()) {
			throw new ParseException("not a number: " + abbreviated(text), 0);
		}
		return new BigDecimal(plain.replace(",", ""));
	}

	private static String abbreviated(String text) {
		return (text.length() > 20) ? text.substring(0, 20) + "…" : text;
	}

	/** Decimals, printed without exponent or trailing zeros. */
	public static final class Decimals implements Formatter<BigDecimal> {

		@Override
		public BigDecimal parse(String text, Locale locale) throws ParseException {
			return NumberInput.parse(text);
		}

		@Override
		public String print(BigDecimal value, Locale locale) {
			return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
		}

	}

	/** Whole numbers that fit an {@code int}. */
	public static final class Integers implements Formatter<Integer> {

		@Override
		public Integer parse(String text, Locale locale) throws ParseException {
			BigDecimal value = NumberInput.parse(text);
			if (value == null) {
				return null;
			}
			try {
				return value.intValueExact();
			}
			catch (ArithmeticException ex) {
				throw new ParseException("not a whole number in range: " + abbreviated(text), 0);
			}
		}

		@Override
		public String print(Integer value, Locale locale) {
			return value.toString();
		}

	}

	/** Whole numbers that fit a {@code long}. */
	public static final class Longs implements Formatter<Long> {

		@Override
		public Long parse(String text, Locale locale) throws ParseException {
			BigDecimal value = NumberInput.parse(text);
			if (value == null) {
				return null;
			}
			try {
				return value.longValueExact();
			}
			catch (ArithmeticException ex) {
				throw new ParseException("not a whole number in range: " + abbreviated(text), 0);
			}
		}

		@Override
		public String print(Long value, Locale locale) {
			return value.toString();
		}

	}

}
