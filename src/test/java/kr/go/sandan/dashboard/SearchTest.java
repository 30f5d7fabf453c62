package kr.go.sandan.dashboard;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.PortalTest;
import kr.go.sandan.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding plans, designations and complexes on the release's data: by round, region,
 * status and main industry (published plans only), complexes by part of their Korean or
 * English name; what the portal does not know is left out and named.
 */
@PortalTest
class SearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void plansAndDesignationsByRoundRegionStatusAndIndustry() throws Exception {
		assertThat(page(get("/plans"))).contains("계획·지정 찾기", "경상남도", "창원국가산업단지", "구미");
		// the 2020 round's districts: designations
		String designated = page(get("/plans").param("round", "2020").param("status", "DESIGNATED"));
		assertThat(designated).contains("\">경상북도</a>", "\">전라남도</a>", "경쟁력강화사업지구 지정").doesNotContain("\">경상남도</a>");
		String gyeongnam = page(get("/plans").param("region", "gyeongnam").param("industry", "기계"));
		assertThat(gyeongnam).contains("조건에 맞는 공개된 계획 1건", "창원국가산업단지");
		assertThat(page(get("/plans").param("status", "DRAFT").param("round", "1066")))
			.contains("알 수 없는 조건은 빼고 보여 드립니다", "<li>공개된 상태</li>", "<li>차수</li>");
		assertThat(page(get("/plans").param("lang", "en").param("round", "2021")))
			.contains("Find plans and designations", "Gyeongsangnam-do", "2021 (round 2)");
		// written in Java (issue 18): in the portal's frame, what was typed given back
		// escaped, a search that finds nothing says so
		String odd = page(get("/plans").param("industry", "<b>\"x'").param("lang", "en"));
		assertThat(odd)
			.contains("<html lang=\"en\">", "<title>Find plans and designations · ", "value=\"&lt;b&gt;&quot;x&#39;\"",
					"No published data matches")
			.doesNotContain("<b>\"x'", "search-results");
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		assertThat(statements.count(() -> this.mvc.perform(get("/plans")).andExpect(status().isOk()))).isBetween(1L,
				6L);
	}

	@Test
	void complexesByPartOfTheirName() throws Exception {
		String changwon = page(get("/complexes").param("name", "창원"));
		assertThat(changwon).contains("창원국가산업단지").doesNotContain("반월");
		assertThat(page(get("/complexes").param("name", "banwol").param("lang", "en"))).contains("Banwol");
		// a region's code as its pages write it (lower case) finds its complexes and is
		// the one chosen
		String gyeongnam = page(get("/complexes").param("region", "gyeongnam"));
		assertThat(gyeongnam).contains("창원국가산업단지", "<option value=\"GYEONGNAM\" selected=\"selected\">")
			.doesNotContain("반월");
		// a pattern character is taken literally
		assertThat(page(get("/complexes").param("name", "%"))).contains("산업단지 0곳");
		// a control character is refused before the page, never a server error
		assertThat(this.mvc.perform(get("/complexes").param("name", "x\u0007y")).andReturn().getResponse().getStatus())
			.isLessThan(500);
	}

}
