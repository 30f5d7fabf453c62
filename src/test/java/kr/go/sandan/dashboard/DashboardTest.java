package kr.go.sandan.dashboard;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.account.AccountUserDetailsService;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.PortalTest;
import kr.go.sandan.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard and the map as a newcomer sees them on the release's data: the 2020
 * districts and the 2021 selections, charts as SVG named and described with a table
 * beside, in Korean and English; unpublished figures for the ministry only.
 */
@PortalTest
class DashboardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountUserDetailsService users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void dashboardShowsThe2020And2021DesignationsAsChartsWithTables() throws Exception {
		this.mvc.perform(get("/dashboard"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"ko\">"), containsString("사업 한눈에 보기"),
					containsString("2020년 1차 · 사업지구 지정"), containsString("2021년 2차 · 선정"),
					containsString("role=\"img\""),
					containsString("aria-labelledby=\"chart-rounds-title chart-rounds-desc\""),
					containsString("<title id=\"chart-rounds-title\">"),
					containsString("<desc id=\"chart-rounds-desc\">"), containsString("<caption>차수별 계획된 지정 수"),
					containsString("경상남도"), containsString("경상북도"), containsString("경쟁력강화사업지구 지정"),
					containsString("예비선정"), containsString("스마트그린산단 누적 목표"),
					// the release's ten plans, and any other tests have published since
					matchesPattern("(?s).*공개된 계획 ([1-9]\\d|\\d{3,})건.*"))))
			// the ministry's view is not there for the public
			.andExpect(content().string(not(containsString("부처 내부 현황"))));
	}

	@Test
	void filtersNarrowTheCount() throws Exception {
		this.mvc.perform(get("/dashboard").param("round", "2021").param("region", "gyeongnam"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("공개된 계획 1건"), containsString("경상남도"),
					not(containsString("2020년 1차 · 사업지구 지정")))));
		this.mvc.perform(get("/dashboard").param("industry", "기계"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("공개된 계획 2건")));
		// what the portal does not know is left out and named, never an error
		this.mvc.perform(get("/dashboard").param("round", "x").param("year", "99999").param("region", "atlantis"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("알 수 없는 조건은 빼고 보여 드립니다"),
					matchesPattern("(?s).*공개된 계획 ([1-9]\\d|\\d{3,})건.*"))));
	}

	@Test
	void dashboardInEnglish() throws Exception {
		this.mvc.perform(get("/dashboard").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
					containsString("<title>The program at a glance · "), containsString("2021 (round 2) · Selected"),
					containsString("Gyeongsangnam-do"), not(containsString("??")))));
	}

	@Test
	void theMinistrySeesUnpublishedFiguresMarkedAsSuch() throws Exception {
		Accounts accounts = new Accounts(this.users);
		this.mvc.perform(get("/dashboard").with(accounts.as("ministry")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("부처 내부 현황 (공개 전 포함)"), containsString("차수별·상태별 계획 수"))));
		this.mvc.perform(get("/dashboard").with(accounts.as("region-gyeonggi")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("부처 내부 현황"))));
	}

	@Test
	void mapColoursThe17RegionsAndLinksEach() throws Exception {
		// the release's rounds: other tests designate districts of their own years
		String page = this.mvc.perform(get("/map").param("round", "2021"))
			.andExpect(status().isOk())
			// a group of links, named and described (role img may not hold links)
			.andExpect(content().string(allOf(containsString("17개 시·도 지도"), containsString("Natural Earth"),
					containsString("role=\"group\""), containsString("aria-labelledby=\"map-title map-desc\""),
					containsString("href=\"/regions/gyeongnam\""), containsString("href=\"/regions/jeju\""),
					containsString("aria-label=\"경상남도: 선정 (지정 전)\""),
					containsString("aria-label=\"제주특별자치도: 공개된 선정 없음\""))))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// every region drawn from its boundary, linked to its page
		assertThat(page.split("class=\"region-shape tile-", -1)).hasSize(18);
		String designated = this.mvc.perform(get("/map").param("round", "2020"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-label=\"경상북도: 경쟁력강화사업지구 지정\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(designated).containsPattern("<path class=\"region-shape tile-designated\" d=\"M[0-9.,LMZ]{200,}\"");
		this.mvc.perform(get("/map").param("lang", "en").param("round", "2020"))
			.andExpect(status().isOk())
			// written in Java (issue 18), in the portal's frame
			.andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
					containsString("<title>Designations on the map · "), containsString("Map of the 17 regions"),
					containsString("aria-label=\"Gyeongsangnam-do: No published selection\""),
					not(containsString("??")))));
	}

	@Test
	void dashboardAndMapReadAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		// counted as after a start: one of them reads the copies' JSON not parsed before
		assertThat(statements.count(() -> this.mvc.perform(get("/dashboard")).andExpect(status().isOk()))).isBetween(1L,
				7L);
		assertThat(statements.count(() -> this.mvc.perform(get("/map")).andExpect(status().isOk()))).isBetween(1L, 5L);
	}

}
