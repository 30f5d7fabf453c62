package kr.go.sandan.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an anonymous visitor reads on each public page, in Korean and in English. */
@PortalTest
class PublicPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long roundId(int year) {
		return this.jdbc.queryForObject("select id from program_round where year = ?", Long.class, year);
	}

	private long planId(int year, String regionCode) {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = ? and g.code = ?""", Long.class, year, regionCode);
	}

	@Test
	void homePageTellsTheProgramAndListsItsRoundsInKorean() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"ko\">"), containsString("산업단지 대개조"),
					containsString("2020년 1차"), containsString("2021년 2차"), containsString("2022년 3차"),
					containsString("경쟁력강화사업지구 지정 5곳"), containsString("예비선정 5곳"), containsString("아직 발표된 지역이 없습니다."),
					containsString("2021-01-06"))))
			// Smart Green plan 7 → 10 → 15 and what is recorded
			.andExpect(content().string(allOf(containsString("7개"), containsString("10개"), containsString("15개"))));
	}

	@Test
	void whatAnyoneMayGetTheyMayAskAboutWithHead() throws Exception {
		// uptime checks and link checkers ask with HEAD: the same answer as GET's, not a
		// redirect to the sign-in page
		for (String page : new String[] { "/", "/rounds/" + roundId(2021), "/plans/" + planId(2021, "GYEONGNAM"),
				"/dashboard", "/map", "/calls", "/open-data", "/open-data/plans.csv", "/css/portal.css", "/ping" }) {
			String type = this.mvc.perform(get(page)).andReturn().getResponse().getContentType();
			this.mvc.perform(head(page)).andExpect(status().isOk()).andExpect(content().contentType(type));
		}
		// and what is signed in stays so
		this.mvc.perform(head("/ministry/calls")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(head("/me")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void homePageInEnglishOnRequestAndTheChoiceSticks() throws Exception {
		var result = this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("<html lang=\"en\">"), containsString("Industrial Complex Grand Renovation"),
							containsString("2021 (round 2)"), containsString("Preliminarily selected: 5"))))
			.andReturn();
		var cookie = result.getResponse().getCookie("PORTAL_LANG");
		this.mvc.perform(get("/regions").cookie(cookie))
			.andExpect(content().string(containsString("metropolitan and provincial governments")));
	}

	@Test
	void roundPageListsRegionsWithHubStatusAndTargets() throws Exception {
		this.mvc.perform(get("/rounds/{id}", roundId(2021)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("경기도"), containsString("경상남도"), containsString("부산광역시"),
					containsString("울산광역시"), containsString("전라북도"), containsString("반월시화국가산업단지"),
					containsString("명지녹산국가산업단지"), containsString("스마트그린산단 (2021-03-24 선정)"), containsString("예비선정"),
					containsString("생산액 5.1조원 증대"), containsString("민간 평가위원 9인"),
					containsString("8개 시·도 (보도자료에 지역명이 밝혀지지 않은 3곳 포함)"), containsString("성과목표 실현가능성"),
					containsString("2021년 12월 예정"))))
			// the day the call was announced, under its own label
			.andExpect(content().string(containsString("<div><dt>공모 공고일</dt>\n      <dd>2021-01-06</dd></div>")));
		this.mvc.perform(get("/rounds/{id}", roundId(2020)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("경상북도"), containsString("구미국가산단"),
					containsString("경쟁력강화사업지구 지정"), containsString("여수국가산단"))));
	}

	@Test
	void gyeongnamPlanPageShowsWhatTheAppendixSays() throws Exception {
		this.mvc.perform(get("/plans/{id}", planId(2021, "GYEONGNAM")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("경상남도 산단혁신계획 (2021년)"), containsString("창원국가산업단지"),
					containsString("39.2조원"), containsString("(지역 내 비중 51%)"), containsString("96억$"),
					containsString("2,664개사"), containsString("스마트그린산단 2019"), containsString("김해골든루트산단"),
					containsString("자동차·전장부품 공급기지"), containsString("사천일반산단"), containsString("항공부품 공급기지"),
					containsString("함안칠서일반산단"), containsString("철도차량부품 공급기지"), containsString("생산액 5.1조원 증대"),
					containsString("신규창업 207개"), containsString("고용 1.3만명 창출"), containsString("기계산업"),
					containsString("총 51개 사업"), containsString("산업전환지원센터"), containsString("스마트그린산단사업단 확대 개편"),
					containsString("(노후산단 기반 인프라 재정비)"), containsString("예비선정"), containsString("2021-03-24"))));
	}

	@Test
	void planPageInEnglishUsesTheEnglishFormOfTheNameAtSubmission() throws Exception {
		this.mvc.perform(get("/plans/{id}", planId(2021, "JEONBUK")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Jeollabuk-do innovation plan (2021)"), containsString("Importance"),
						containsString("Hub complex"), not(containsString("산단혁신계획 (2021년)")))));
		this.mvc.perform(get("/rounds/{id}", roundId(2021)).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Gyeongsangnam-do"),
					containsString("Achievability of the performance targets"),
					containsString("<dt>Call announced on</dt>"))));
	}

	@Test
	void busanPlanPageShowsBothTargetSetsAndFlagsTheDisagreement() throws Exception {
		this.mvc.perform(get("/plans/{id}", planId(2021, "BUSAN")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("생산 1.3조원 증대"), containsString("생산액 5조 원 중대"), containsString("불일치"),
						containsString("본문에만 있음"), containsString("보도자료 본문과 계획 요약(참고)의 목표가 1건 서로 다릅니다"),
						containsString("연계지역"), containsString("부산진해경제자유구역 지사지역"))));
	}

	@Test
	void jeonbukPlanKeepsItsNameAtSubmissionAndSaysTheCurrentOne() throws Exception {
		this.mvc.perform(get("/plans/{id}", planId(2021, "JEONBUK")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("전라북도 산단혁신계획 (2021년)"), containsString("(현재 명칭: 전북특별자치도)"))));
		this.mvc.perform(get("/regions/jeonbuk"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("전북특별자치도"), containsString("Jeonbuk State"),
					containsString("전라북도"), containsString("2024-01-18부터"), containsString("2021년 2차"),
					containsString("군산국가산업단지"), containsString("새만금국가산단"))));
	}

	@Test
	void complexListFiltersByRegionTypeAndSmartGreen() throws Exception {
		// other tests may add complexes to the shared database: count what is there
		int all = this.jdbc.queryForObject("select count(*) from industrial_complex", Integer.class);
		this.mvc.perform(get("/complexes"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("산업단지 " + all + "곳"), containsString("판교제2테크노밸리"), containsString("유형 미기재"))));
		// the release's five, and any another test selected and published
		int smartGreen = this.jdbc.queryForObject("select count(*) from smart_green_designation where published",
				Integer.class);
		this.mvc.perform(get("/complexes").param("smartGreen", "true"))
			.andExpect(content().string(allOf(containsString("산업단지 " + smartGreen + "곳"), containsString("반월시화국가산업단지"),
					containsString("2019년 선정"), containsString("군산국가산업단지"), not(containsString("구미국가산단")))));
		this.mvc.perform(get("/complexes").param("region", "JEONBUK").param("type", "NATIONAL"))
			.andExpect(content().string(allOf(containsString("산업단지 2곳"), containsString("군산국가산업단지"),
					containsString("새만금국가산단"), not(containsString("익산일반산단")))));
		this.mvc.perform(get("/complexes").param("smartGreen", "false").param("type", "GENERAL"))
			.andExpect(content().string(allOf(containsString("성서일반산단"), not(containsString("창원국가산업단지")))));
	}

	@Test
	void unknownIdsAndCodesAnswer404PagesNotErrors() throws Exception {
		for (String path : new String[] { "/plans/999999", "/plans/abc", "/rounds/999999", "/regions/atlantis",
				"/plans/1/no-such-page" }) {
			this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("페이지를 찾을 수 없습니다"), not(containsString("Exception")))));
		}
		this.mvc.perform(get("/plans/999999").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void anUnknownFilterValueIsLeftOutAndNamedAsTheDashboardDoes() throws Exception {
		int all = this.jdbc.queryForObject("select count(*) from industrial_complex", Integer.class);
		// an old link or an address typed by hand: the list, the unknown conditions named
		Document page = Jsoup.parse(this.mvc
			.perform(get("/complexes").param("type", "SPACEPORT")
				.param("smartGreen", "maybe")
				.param("page", "abc")
				.param("region", "atlantis")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("[role=status] p").first().text()).isEqualTo("알 수 없는 조건은 빼고 보여 드립니다:");
		assertThat(page.select("[role=status] li").eachText()).containsExactly("지역", "유형", "스마트그린산단", "쪽 번호");
		assertThat(page.text()).contains("산업단지 " + all + "곳");
		// the known ones still filter; codes as links write them
		Document national = Jsoup.parse(this.mvc
			.perform(get("/complexes").param("type", "national").param("region", "jeonbuk").param("smartGreen", "yes"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(national.select("[role=status] li")).isEmpty();
		assertThat(national.text()).contains("군산국가산업단지").doesNotContain("익산일반산단", "창원국가산업단지");
		assertThat(national.selectFirst("#type option[selected]").attr("value")).isEqualTo("NATIONAL");
		// and in English
		String english = this.mvc.perform(get("/complexes").param("type", "SPACEPORT").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Conditions the portal does not know were left out:", "<li>Type</li>");
	}

	@Test
	void pagesSendSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void everythingNotPublicNeedsALoginAndPostsNeedCsrf() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/plans/1")).andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/1").with(csrf())).andExpect(status().is3xxRedirection());
	}

}
