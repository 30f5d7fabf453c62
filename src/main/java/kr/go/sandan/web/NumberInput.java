package kr.go.sandan.web;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.beans.PropertyEditorSupport;
import java.text.ParseException;
import java.util.regex.Pattern;

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

	/**
	 * Decimals, shown without exponent or trailing zeros. A property editor rather than a
	 * formatter: when a formatter refuses a value, Spring's binder falls back to its
	 * default number editor, which reads {@code 1e100000000} (and then expands it).
	 */
	public static final class Decimals extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(read(text));
		}

		@Override
		public String getAsText() {
			BigDecimal value = (BigDecimal) getValue();
			return (value == null) ? "" : (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
		}

	}

	/**
	 * Whole numbers that fit an {@code int} ({@code null} for blank, unless primitive).
	 */
	public static final class Integers extends PropertyEditorSupport {

		private final boolean primitive;

		public Integers(boolean primitive) {
			this.primitive = primitive;
		}

		@Override
		public void setAsText(String text) {
			BigDecimal value = read(text);
			if (value == null) {
				if (this.primitive) {
					throw new IllegalArgumentException("a number is needed");
				}
				setValue(null);
				return;
			}
			try {
				setValue(value.intValueExact());
			}
			catch (ArithmeticException ex) {
				throw new IllegalArgumentException("not a whole number in range");
			}
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value == null) ? "" : value.toString();
		}

	}

	/**
	 * Whole numbers that fit a {@code long} ({@code null} for blank, unless primitive).
	 */
	public static final class Longs extends PropertyEditorSupport {

		private final boolean primitive;

		public Longs(boolean primitive) {
			this.primitive = primitive;
		}

		@Override
		public void setAsText(String text) {
			BigDecimal value = read(text);
			if (value == null) {
				if (this.primitive) {
					throw new IllegalArgumentException("a number is needed");
				}
				setValue(null);
				return;
			}
			try {
				setValue(value.longValueExact());
			}
			catch (ArithmeticException ex) {
				throw new IllegalArgumentException("not a whole number in range");
			}
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value == null) ? "" : value.toString();
		}

	}

	private static BigDecimal read(String text) {
		try {
			return parse(text);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
	}

}
