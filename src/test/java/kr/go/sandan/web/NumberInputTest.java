package kr.go.sandan.web;

import java.math.BigDecimal;
import java.text.ParseException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers as Korean officials type them, and nothing a number must not be. */
class NumberInputTest {

	@Test
	void groupedSpacedAndFullWidthNumbersAreRead() throws ParseException {
		assertThat(NumberInput.parse("1,000")).isEqualByComparingTo("1000");
		assertThat(NumberInput.parse("1 000")).isEqualByComparingTo("1000");
		assertThat(NumberInput.parse("１，０００")).isEqualByComparingTo("1000");
		assertThat(NumberInput.parse(" 12.5 ")).isEqualByComparingTo("12.5");
		assertThat(NumberInput.parse("−3")).isEqualByComparingTo("-3");
		assertThat(NumberInput.parse("1,234,567.25")).isEqualByComparingTo("1234567.25");
		assertThat(NumberInput.parse("")).isNull();
		assertThat(NumberInput.parse("  ")).isNull();
	}

	@Test
	void exponentsWordsAndMisplacedCommasAreRefusedBeforeAnyNumberIsBuilt() {
		for (String text : new String[] { "1e400", "1e100000000", "1E5", "abc", "1,00", "1,0000", "NaN", "Infinity",
				"0x10", "1.2.3", "٣", "9".repeat(41), "1".repeat(200) }) {
			assertThatThrownBy(() -> NumberInput.parse(text)).as(text).isInstanceOf(ParseException.class);
		}
	}

	@Test
	void theEditorsTellAWholeNumberFromOneThatDoesNotFit() {
		NumberInput.Integers integers = new NumberInput.Integers(false);
		integers.setAsText("2,027");
		assertThat(integers.getValue()).isEqualTo(2027);
		assertThatThrownBy(() -> integers.setAsText("2147483648")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> integers.setAsText("1.5")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NumberInput.Longs(true).setAsText(""))
			.isInstanceOf(IllegalArgumentException.class);
		NumberInput.Decimals decimals = new NumberInput.Decimals();
		decimals.setAsText("45,000");
		assertThat(decimals.getAsText()).isEqualTo("45000");
		decimals.setValue(new BigDecimal("12.3400"));
		assertThat(decimals.getAsText()).isEqualTo("12.34");
	}

}
