package kr.go.sandan.web;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text written by the Java pages is escaped as {@code th:text} escapes it: compared with
 * unbescape's escape, which the writer now skips for text with nothing to escape.
 */
class HtmlEscapeTest {

	@Test
	void escapesEveryCodePointAsUnbescape() {
		for (int codePoint = 0; codePoint < Character.MAX_CODE_POINT + 1; codePoint++) {
			String alone = new String(Character.toChars(codePoint));
			String within = "산단 " + alone + " 대개조";
			assertThat(HtmlWriter.escape(alone)).as("U+%04X", codePoint).isEqualTo(HtmlEscape.escapeHtml4Xml(alone));
			assertThat(HtmlWriter.escape(within)).as("U+%04X within", codePoint)
				.isEqualTo(HtmlEscape.escapeHtml4Xml(within));
		}
		for (char surrogate = Character.MIN_SURROGATE; surrogate <= Character.MAX_SURROGATE; surrogate++) {
			String lone = "x" + surrogate + "<";
			assertThat(HtmlWriter.escape(lone)).isEqualTo(HtmlEscape.escapeHtml4Xml(lone));
		}
	}

	@Test
	void escapesMixedTextAsUnbescape() {
		Random random = new Random(18);
		char[] alphabet = "<>&\"'ab 가나\n\t\u0000;#1".toCharArray();
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(12); length > 0; length--) {
				text.append(alphabet[random.nextInt(alphabet.length)]);
			}
			String value = text.toString();
			assertThat(HtmlWriter.escape(value)).as(value).isEqualTo(HtmlEscape.escapeHtml4Xml(value));
		}
		assertThat(HtmlWriter.escape("<a href=\"x?a=1&b='2'\">"))
			.isEqualTo("&lt;a href=&quot;x?a=1&amp;b=&#39;2&#39;&quot;&gt;");
	}

	@Test
	void textWithNothingToEscapeIsWrittenAsIs() {
		String label = "성과목표 달성률 (검증된 실적) 87.5%";
		assertThat(HtmlWriter.escape(label)).isSameAs(label);
		assertThat(new HtmlWriter().escaped(label).escaped(null).escaped("R&D").toString())
			.isEqualTo(label + "R&amp;D");
	}

}
