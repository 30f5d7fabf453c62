package kr.go.sandan.home;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page, written in Java (issue 18: {@link HomePageHtml}): an open call with a
 * notice posted after it, in the calls and in its round's row, and a round without call
 * or decision. (That the page stayed the same byte for byte as the template wrote it was
 * checked on the synthetic data: docs/performance.md.)
 */
class HomePageTest extends WorkflowTestSupport {

	private Document home(String language) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/").param("lang", language).header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void anOpenCallWithItsNoticeAndARoundWithNothingYet() throws Exception {
		this.jdbc.update("insert into program_round (year, ordinal, planned_designations) values (2960, 960, 4)");
		this.jdbc.update("insert into program_round (year, ordinal, planned_designations) values (2961, 961, 5)");
		long call = this.jdbc.queryForObject("""
				insert into proposal_call (round_id, opens_at, closes_at, notice, opened_at, opened_by)
				select id, timestamptz '2026-12-01 09:00+09', timestamptz '2960-02-26 18:00+09', '공고', now(), 'ministry'
				from program_round where year = 2960 returning id""", Long.class);
		this.jdbc.update("""
				insert into proposal_call_notice (call_id, kind, body, posted_at, posted_by)
				values (?, 'CORRECTION', '정정 <내용>', now(), 'ministry')""", call);

		Document page = home("ko");
		assertThat(page.title()).startsWith("홈");
		Element open = page.select("#open-calls li")
			.stream()
			.filter((item) -> item.text().contains("2960년 (960차) 지역선정 공모"))
			.findFirst()
			.orElseThrow();
		assertThat(open.selectFirst("a").attr("href")).isEqualTo("/calls/" + call);
		assertThat(open.selectFirst(".call-phase").text()).isEqualTo("접수 중");
		assertThat(open.selectFirst(".call-phase").hasClass("bg-light-success")).isTrue();
		assertThat(open.selectFirst(".nowrap").text()).isEqualTo("2026-12-01 09:00 ~ 2960-02-26 18:00 (한국 시간)");
		assertThat(open.selectFirst("strong.krds-badge").text()).isEqualTo("정정·변경 공고 1건");

		Element round = row(page, "2960년 960차");
		assertThat(round.select("td").get(0).text()).isEqualTo("4곳");
		assertThat(round.select("td").get(1).selectFirst("a").attr("href")).isEqualTo("/calls/" + call);
		assertThat(round.select("td").get(1).text()).isEqualTo("2026-12-01 접수 중");
		assertThat(round.select("td").get(2).text()).isEqualTo("아직 발표된 지역이 없습니다.");
		Element nothing = row(page, "2961년 961차");
		assertThat(nothing.select("td").get(1).text()).isEqualTo("기재 없음");
		// the release's rounds: their announced decisions by status
		assertThat(row(page, "2021년 2차").select("td").get(2).select("li").eachText()).isNotEmpty()
			.allMatch((count) -> count.matches(".+ \\d+곳"));

		Document english = home("en");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(row(english, "2960 (round 960)").select("td").get(1).text()).endsWith("Open");
	}

	private static Element row(Document page, String round) {
		return page.select("table tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals(round))
			.findFirst()
			.orElseThrow(
					() -> new AssertionError("no row " + round + " in " + page.select("table tbody th").eachText()));
	}

}
