package kr.go.sandan.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A kept fragment is sent where the page shows it, byte for byte, in UTF-8. */
class Utf8ThymeleafViewTest {

	private static String sent(String page, Map<String, ?> model) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Utf8ThymeleafView.splice(page, model).forEach(out::writeBytes);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aKeptFragmentIsSentInItsPlace() {
		RenderedHtml board = new RenderedHtml("<table><td>울산 92.40</td></table>");
		String page = "<main><h1>순위표</h1>" + board + "</main>";
		assertThat(sent(page, Map.of("boardHtml", board, "year", 2031)))
			.isEqualTo("<main><h1>순위표</h1><table><td>울산 92.40</td></table></main>");
	}

	@Test
	void keptFragmentsAreSentWhereverTheyAreAndAsOftenAsTheyAppear() {
		RenderedHtml first = new RenderedHtml("<p>첫째</p>");
		RenderedHtml second = new RenderedHtml("<p>둘째</p>");
		String page = "<main>" + second + "<hr>" + first + "<hr>" + second + "<!-- 주석 --></main>";
		assertThat(sent(page, new java.util.LinkedHashMap<>(Map.of("first", first, "second", second))))
			.isEqualTo("<main><p>둘째</p><hr><p>첫째</p><hr><p>둘째</p><!-- 주석 --></main>");
	}

	@Test
	void aPageWithoutKeptFragmentsIsSentAsRendered() {
		RenderedHtml unused = new RenderedHtml("<p>다른 곳</p>");
		assertThat(sent("<p>한국어 페이지</p>", Map.of("other", unused))).isEqualTo("<p>한국어 페이지</p>");
		assertThat(sent("<p>한국어 페이지</p>", null)).isEqualTo("<p>한국어 페이지</p>");
	}

}
