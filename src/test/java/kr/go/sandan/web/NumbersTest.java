package kr.go.sandan.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures read the same whether grouped by hand (whole amounts) or by the format (the
 * rest): compared with a {@link DecimalFormat} made for each figure, as before.
 */
class NumbersTest {

	private static String expected(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.KOREA));
		format.setParseBigDecimal(true);
		return format.format(value.stripTrailingZeros());
	}

	@Test
	void formatsAsTheFormatWould() {
		Numbers numbers = new Numbers();
		Random random = new Random(18);
		for (String text : new String[] { "0", "0.00", "1", "-1", "999", "1000", "-1000", "1E+3", "12345678",
				"-123456789012", "9223372036854775807", "-9223372036854775807", "9223372036854775808",
				"-9223372036854775808", "63.80", "19577", "0.00005", "1234.56789", "1E+30", "-0.5", "87.5", "0.0001",
				"-0.0001", "-1234567.25", "100.0", "-0.00001", "922337203685477.5807", "-922337203685477.5807",
				"922337203685477.5808" }) {
			assertThat(numbers.format(new BigDecimal(text))).as(text).isEqualTo(expected(new BigDecimal(text)));
		}
		for (int i = 0; i < 20_000; i++) {
			BigDecimal value = BigDecimal.valueOf(random.nextLong() >> random.nextInt(63), random.nextInt(9) - 2);
			assertThat(numbers.format(value)).as(value.toString()).isEqualTo(expected(value));
		}
		assertThat(numbers.format(null)).isEmpty();
		assertThat(numbers.decimal(new BigDecimal("85"))).isEqualTo("85.00");
		assertThat(numbers.signedDecimal(new BigDecimal("1234.5"))).isEqualTo("+1,234.50");
	}

	@Test
	void koreanUnitsAreCountedInEnglishWordsOnEnglishPagesOnly() {
		Numbers numbers = new Numbers();
		assertThat(numbers.scaled(new BigDecimal("1.3"), "TEN_THOUSAND_PERSONS", Locale.ENGLISH)).isEqualTo("13,000");
		assertThat(numbers.scaled(new BigDecimal("8000"), "HUNDRED_MILLION_WON", Locale.ENGLISH)).isEqualTo("800");
		assertThat(numbers.scaled(new BigDecimal("5.1"), "TRILLION_WON", Locale.ENGLISH)).isEqualTo("5.1");
		assertThat(numbers.scaled(new BigDecimal("1.3"), "TEN_THOUSAND_PERSONS", Locale.KOREAN)).isEqualTo("1.3");
		assertThat(numbers.scaled(new BigDecimal("207"), "FIRMS", Locale.ENGLISH)).isEqualTo("207");
	}

}
