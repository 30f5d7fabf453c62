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

	public String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.KOREA));
		format.setParseBigDecimal(true);
		return format.format(value.stripTrailingZeros());
	}

	/** A score with exactly two decimals (85.00), as evaluation results are reported. */
	public String decimal(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.KOREA)).format(value);
	}

	/** A difference with its sign (+1.50, −2.25). */
	public String signedDecimal(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return ((value.signum() > 0) ? "+" : "") + decimal(value);
	}

}
