package kr.go.sandan.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.support.WorkflowTestSupport;
import kr.go.sandan.web.RenderedHtml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard is read at every request and written again only when what was read
 * differs from what the kept content was written from (issue 18): a change the page shows
 * is on the next page, for the ministry and for everyone; an unchanged dashboard is
 * written once per choice, language and kind of reader. Round 2973 written straight to
 * the database, rolled back.
 */
@Transactional
class DashboardWrittenOnceTest extends WorkflowTestSupport {

	private static final Locale KOREAN = Locale.KOREAN;

	@Autowired
	private DashboardReads reads;

	@Autowired
	private DashboardPageHtml html;

	private Document page(boolean ministry, String round) throws Exception {
		var request = get("/dashboard").param("round", round).header("Cache-Control", "no-cache");
		if (ministry) {
			request.with(this.accounts.as("ministry"));
		}
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The ministry's count of the round's plans in each status, by the column's name. */
	private static List<String> statusRow(Document page, String year) {
		Element table = page.selectFirst("section[aria-labelledby=chart-office-statuses-heading] table");
		assertThat(table).isNotNull();
		Element row = table.select("tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals(year))
			.findFirst()
			.orElseThrow();
		List<String> columns = table.select("thead th").eachText();
		List<String> cells = row.select("td").eachText();
		return List.of(cells.get(columns.indexOf("경쟁력강화사업지구 지정") - 1), cells.get(columns.indexOf("사업 완료") - 1));
	}

	private RenderedHtml written(boolean ministry) {
		return this.accounts.signedIn("ministry",
				() -> this.html.written(this.reads.read("2973", null, null, null, ministry), KOREAN));
	}

	@Test
	void aChangeThePageShowsIsOnTheNextPageAndAnUnchangedOneIsWrittenOnce() throws Exception {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(2973, "GANGWON", "강원특별자치도", LocalDate.of(2973, 1, 1),
				LocalDate.of(2975, 12, 31), 1, 1);
		districts.published(plan);

		assertThat(statusRow(page(true, "2973"), "2973")).containsExactly("1", "0");
		RenderedHtml ministry = written(true);
		// read again, the same figures: the content written before, not written anew
		assertThat(written(true)).isSameAs(ministry);
		// the public's page of the same choice is its own, without the ministry's blocks
		RenderedHtml everyone = written(false);
		assertThat(everyone).isNotSameAs(ministry);
		assertThat(everyone.html()).doesNotContain("chart-office-statuses");
		assertThat(written(false)).isSameAs(everyone);

		// the district completes: the ministry's next page counts it so, at once
		this.jdbc.update("update innovation_plan set status = 'COMPLETED' where id = ?", plan);
		assertThat(statusRow(page(true, "2973"), "2973")).containsExactly("0", "1");
		assertThat(written(true)).isNotSameAs(ministry);
		// nothing the public reads changed: its kept content stands
		assertThat(written(false)).isSameAs(everyone);

		// a published change is the public's too: a second district of the round
		String before = page(false, "2973").selectFirst("section[aria-labelledby=chart-rounds-heading] tbody").text();
		districts.published(districts.designated(2973, "CHUNGBUK", "충청북도", LocalDate.of(2973, 1, 1),
				LocalDate.of(2975, 12, 31), 1, 1));
		String after = page(false, "2973").selectFirst("section[aria-labelledby=chart-rounds-heading] tbody").text();
		assertThat(after).isNotEqualTo(before);
		assertThat(written(false)).isNotSameAs(everyone);
	}

}
