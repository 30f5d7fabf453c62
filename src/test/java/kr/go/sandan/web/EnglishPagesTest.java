package kr.go.sandan.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages read the same in either language (issue #17): English units and names where they
 * are known, one date format, the regions in the release's 가나다 order, a favicon, and a
 * README that stands on its own.
 */
@PortalTest
class EnglishPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private Document read(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long round(int year) {
		return this.jdbc.queryForObject("select id from program_round where year = ?", Long.class, year);
	}

	private long plan(int year, String region) {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = ? and g.code = ?""", Long.class, year, region);
	}

	@Test
	void complexesHaveTheirWellKnownEnglishNamesOnEnglishPages() throws Exception {
		Document english = read("/complexes?lang=en&region=GYEONGGI");
		assertThat(english.select("#complexes tbody th").eachText())
			.contains("Banwol-Sihwa National Industrial Complex (반월시화국가산업단지)");
		Document korean = read("/complexes?lang=ko&region=GYEONGGI");
		assertThat(korean.select("#complexes tbody th").eachText()).contains("반월시화국가산업단지")
			.noneMatch((name) -> name.contains("Banwol"));
		// the rows' other cells (written in Java since issue 18): the region, linked, in
		// the
		// page's language; the type; a Smart Green selection with the day it was
		// announced
		assertThat(english.select("#complexes tbody td a[href=/regions/gyeonggi]").eachText()).isNotEmpty()
			.allMatch("Gyeonggi-do"::equals);
		assertThat(korean.select("#complexes tbody td a[href=/regions/gyeonggi]").eachText()).isNotEmpty()
			.allMatch("경기도"::equals);
		Document gunsan = read("/complexes?lang=en&region=JEONBUK&type=NATIONAL");
		assertThat(gunsan.select("#complexes tbody tr:contains(Gunsan)").text()).contains("National",
				"Selected on 2021-03-24");
		assertThat(read("/rounds/" + round(2020) + "?lang=en").select("tbody td").eachText()).contains(
				"Gumi National Industrial Complex", "Gwangju Cheomdan National Industrial Complex",
				"Seongseo General Industrial Complex", "Namdong National Industrial Complex",
				"Yeosu National Industrial Complex");
	}

	@Test
	void theRoundsListTheirRegionsAsTheReleaseDoesInGanadaOrder() throws Exception {
		assertThat(read("/rounds/" + round(2021) + "?lang=ko").select("tbody th a").eachText()).containsExactly("경기도",
				"경상남도", "부산광역시", "울산광역시", "전라북도");
		assertThat(read("/rounds/" + round(2020) + "?lang=ko").select("tbody th a").eachText()).containsExactly("경상북도",
				"광주광역시", "대구광역시", "인천광역시", "전라남도");
		// alphabetically in English
		assertThat(read("/rounds/" + round(2021) + "?lang=en").select("tbody th a").eachText()).containsExactly("Busan",
				"Gyeonggi-do", "Gyeongsangnam-do", "Jeollabuk-do", "Ulsan");
	}

	@Test
	void unitsReadInTheReadersLanguageWhileTheDataStaysAsStored() throws Exception {
		long gyeongnam = plan(2021, "GYEONGNAM");
		assertThat(read("/plans/" + gyeongnam + "?lang=ko").text()).contains("39.2조원");
		Document english = read("/plans/" + gyeongnam + "?lang=en");
		assertThat(english.text()).contains("39.2 trillion won", "Changwon National Industrial Complex")
			.doesNotContain("39.2조원");
		// what the release wrote stays as written
		assertThat(english.text()).contains("생산액 5.1조원 증대");
		// 만 and 억 are counted in English words: 고용 1만명 is 10,000 people, not "1 ten
		// thousand people"
		long gyeonggi = plan(2021, "GYEONGGI");
		assertThat(read("/plans/" + gyeonggi + "?lang=en").text()).contains("10,000 people", "250,000 people")
			.doesNotContain("ten thousand");
		assertThat(read("/plans/" + gyeonggi + "?lang=ko").text()).contains("25만명");
	}

	@Test
	void aPlansHistoryDoesNotRepeatTheBadgeInKoreanOnEnglishPages() throws Exception {
		// a release event whose note is just the Korean name of its status (예비선정 …)
		Map<String, Object> event = this.jdbc.queryForMap("""
				select e.plan_id, e.note from plan_status_event e
				where e.note = case e.status when 'PRELIMINARILY_SELECTED' then '예비선정'
				when 'DESIGNATED' then '경쟁력강화사업지구 지정' when 'CONFIRMED' then '최종 확정' end
				order by e.id limit 1""");
		String history = read("/plans/" + event.get("plan_id") + "?lang=en").select("#history + ol").text();
		assertThat(history).isNotBlank().doesNotContain((String) event.get("note"));
	}

	@Test
	void linkedComplexesHaveTheirEnglishNamesOnEnglishPlanPages() throws Exception {
		Map<String, Object> linked = this.jdbc.queryForMap("""
				select s.plan_id, c.name, c.name_en from plan_linked_site s
				join industrial_complex c on c.id = s.complex_id
				join innovation_plan p on p.id = s.plan_id
				where c.name_en is not null and p.published_on is not null order by s.id limit 1""");
		String plan = "/plans/" + linked.get("plan_id");
		assertThat(read(plan + "?lang=en").select("#sites tbody").text()).contains((String) linked.get("name_en"));
		assertThat(read(plan + "?lang=ko").select("#sites tbody").text()).contains((String) linked.get("name"))
			.doesNotContain((String) linked.get("name_en"));
	}

	@Test
	void everyPageWritesDatesOneWay() throws Exception {
		for (String language : new String[] { "ko", "en" }) {
			String home = read("/?lang=" + language).text();
			assertThat(home).contains("2021-01-06", "2021-03-24").doesNotContain("2021. 1. 6.", "6 Jan 2021");
			assertThat(read("/regions/jeonbuk?lang=" + language).text()).contains("2024-01-18")
				.doesNotContain("2024. 1. 18.", "18 Jan 2024");
		}
	}

	@Test
	void browsersFindTheFavicon() throws Exception {
		this.mvc.perform(get("/favicon.ico"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/x-icon"));
		assertThat(read("/").select("link[rel=icon]").attr("href")).isEqualTo("/favicon.ico");
	}

	@Test
	void theReadmeStandsOnItsOwn() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme).doesNotContain("../shared");
		assertThat(readme).contains("경쟁력강화사업지구", "스마트그린산단", "competitiveness-strengthening");
	}

}
