package kr.go.sandan.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept HTML printed by a page is sent where the page shows it, byte for byte, in UTF-8;
 * anywhere else it prints as itself.
 */
class Utf8ThymeleafViewTest {

	/** The page as the view sends it, the supplier standing for the template engine. */
	private static String sent(Supplier<String> rendering) {
		Map<String, RenderedHtml> before = RenderedHtml.startPrinting();
		String page;
		Map<String, RenderedHtml> printed;
		try {
			page = rendering.get();
		}
		finally {
			printed = RenderedHtml.stopPrinting(before);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Utf8ThymeleafView.splice(page, printed).forEach(out::writeBytes);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aNulTypedBackIsSentAsTheReplacementCharacter() {
		RenderedHtml board = new RenderedHtml("<p>순위</p>");
		// before, between and after kept parts; the pages written in Java send their
		// parts through the same method
		assertThat(sent(() -> "<input value=\"a\u0000b\">" + board + "<textarea>\u0000</textarea>"))
			.isEqualTo("<input value=\"a\uFFFDb\"><p>순위</p><textarea>\uFFFD</textarea>");
		assertThat(new String(Utf8ThymeleafView.utf8("가\u0000\u0000나"), StandardCharsets.UTF_8))
			.isEqualTo("가\uFFFD\uFFFD나");
	}

	@Test
	void aKeptFragmentIsSentInItsPlace() {
		RenderedHtml board = new RenderedHtml("<table><td>울산 92.40</td></table>");
		assertThat(sent(() -> "<main><h1>순위표</h1>" + board + "</main>"))
			.isEqualTo("<main><h1>순위표</h1><table><td>울산 92.40</td></table></main>");
	}

	@Test
	void keptFragmentsAreSentWhereverTheyAreAndAsOftenAsTheyAppear() {
		RenderedHtml first = new RenderedHtml("<p>첫째</p>");
		RenderedHtml second = new RenderedHtml("<p>둘째</p>");
		assertThat(sent(() -> "<main>" + second + "<hr>" + first + "<hr>" + second + "<!-- 주석 --></main>"))
			.isEqualTo("<main><p>둘째</p><hr><p>첫째</p><hr><p>둘째</p><!-- 주석 --></main>");
	}

	@Test
	void onlyWhatThePagePrintedIsSpliced() {
		RenderedHtml elsewhere = new RenderedHtml("<p>다른 곳</p>");
		// a marker the page did not print (here: written as text) is sent as it stands
		String marker = RenderedHtml.MARKER_START + "1" + RenderedHtml.MARKER_END;
		assertThat(sent(() -> "<p>한국어 페이지</p>" + marker)).isEqualTo("<p>한국어 페이지</p>" + marker);
		assertThat(sent(() -> "<p>한국어 페이지</p>")).isEqualTo("<p>한국어 페이지</p>");
		// outside a page's rendering (a PDF, a fragment rendered to a string) it prints
		// as itself
		assertThat("<div>" + elsewhere + "</div>").isEqualTo("<div><p>다른 곳</p></div>");
	}

	@Test
	void aPageRenderedInsideAnotherKeepsEachOnesPrints() {
		RenderedHtml outer = new RenderedHtml("<p>바깥</p>");
		RenderedHtml inner = new RenderedHtml("<p>안쪽</p>");
		assertThat(sent(() -> {
			String nested = sent(() -> "[" + inner + "]");
			return outer + nested;
		})).isEqualTo("<p>바깥</p>[<p>안쪽</p>]");
	}

}
