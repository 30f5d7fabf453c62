package kr.go.sandan.evaluation;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15, findings 5 and 6: the conflicts the portal finds when evaluators join a
 * committee use the account's own region (whatever roles it holds), the home region, and
 * the affiliation by current or former, full or short name, without taking a same-named
 * city of another 시·도 for the applicant.
 */
class ConflictOfInterestTest extends WorkflowTestSupport {

	private List<String> conflictRows(long call) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get("/ministry/calls/" + call + "/evaluation").with(this.accounts.as("ministry")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("#conflict-table tbody tr")
			.stream()
			.map((row) -> row.select("th, td").eachText().subList(0, 3).toString())
			.toList();
	}

	private Document inbox(String evaluator) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/evaluations").with(this.accounts.as(evaluator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Each row of the inbox: region, status or 제척, and how many sheets it links to. */
	private List<String> inboxRows(String evaluator) throws Exception {
		return inbox(evaluator).select(".evaluation-inbox tbody tr")
			.stream()
			.map((row) -> row.select("th").text() + " " + row.select("td").get(0).text()
					+ (row.select("a").isEmpty() ? "" : " 평가표") + " " + row.select("a").size())
			.toList();
	}

	@Test
	void ownRegionOfAnyRoleAndAffiliationsByFormerOrShortNameExcludeButAnotherRegionsCityDoesNot() throws Exception {
		// a 경기도 official who also sits on committees, with no home region given
		long staff = this.evaluations.evaluator("i15-gg-staff", "i15 경기도 직원 위원", null, null);
		this.jdbc.update("update account set region_id = (select id from region where code = 'GYEONGGI') where id = ?",
				staff);
		this.jdbc.update("insert into account_role (account_id, role) values (?, 'REGION') on conflict do nothing",
				staff);
		this.evaluations.evaluator("i15-jb-agency", "i15 전북 진흥원 위원", "SEOUL", "전라북도경제통상진흥원");
		this.evaluations.evaluator("i15-gj-city", "i15 광주시청 위원", "SEOUL", "경기도 광주시청");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2075, "region-gwangju", "region-gyeonggi",
				"region-jeonbuk");
		long call = this.evaluations.callOfYear(2075);

		this.evaluations.panel(call, "i15-gg-staff", "i15-jb-agency", "i15-gj-city");

		assertThat(conflictRows(call)).containsExactlyInAnyOrder("[i15 경기도 직원 위원, 경기도, 신청 지역 소속 직원]",
				"[i15 전북 진흥원 위원, 전북특별자치도, 소속 기관이 신청 지역]", "[i15 광주시청 위원, 경기도, 소속 기관이 신청 지역]");
		// 경기도 광주시 is not 광주광역시: that evaluator scores its plan
		assertThat(this.jdbc.queryForObject("""
				select count(*) from evaluation_conflict c join account a on a.id = c.account_id
				where a.username = 'i15-gj-city' and c.plan_id = ?""", Integer.class, plans.get("region-gwangju")))
			.isZero();

		// each evaluator's inbox: the pledge first; once the evaluation starts, the plan
		// kept from them marked 제척 with no sheet to open, the others theirs to score
		long panel = this.evaluations.panelId(call);
		assertThat(inbox("i15-gg-staff").select(".portal-alert.warning").eachText())
			.containsExactly("계획을 보기 전에 이 공모의 이해충돌 서약을 해 주십시오.");
		for (String evaluator : List.of("i15-gg-staff", "i15-jb-agency", "i15-gj-city")) {
			this.evaluations.pledge(panel, evaluator);
		}
		// pledged, not started: told so, nothing to open yet
		Document pledged = inbox("i15-gj-city");
		assertThat(pledged.select("#panel-" + panel + " ~ p").eachText())
			.containsExactly("서약했습니다. 평가가 시작되면 배정된 계획을 읽고 점수를 매길 수 있습니다.");
		assertThat(pledged.select(".evaluation-inbox")).isEmpty();
		// reached from the evaluator's work page, which the breadcrumb leads back to
		assertThat(pledged.select("nav.krds-breadcrumb-wrap a").eachAttr("href")).containsExactly("/me");
		assertThat(pledged.select("nav.krds-breadcrumb-wrap [aria-current=page]").text()).isEqualTo("내 평가");
		// a second pledge is refused: the inbox it comes back to says why (the flash
		// message kept in the evaluator's session)
		MockHttpServletResponse refused = this.mvc
			.perform(post("/evaluations/" + panel + "/pledge").with(csrf())
				.with(this.accounts.as("i15-gj-city"))
				.param("agree", "yes"))
			.andExpect(redirectedUrl("/evaluations"))
			.andReturn()
			.getResponse();
		Document again = Jsoup.parse(this.mvc
			.perform(get("/evaluations").with(this.accounts.as("i15-gj-city")).cookie(refused.getCookie("SESSION")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.select("[role=alert]").eachText()).containsExactly("이미 서약했습니다.");
		assertThat(again.select("[role=alert]").hasClass("error")).isTrue();
		// told once: the next page of the same session no longer says it
		assertThat(
				Jsoup
					.parse(this.mvc
						.perform(get("/evaluations").with(this.accounts.as("i15-gj-city"))
							.cookie(refused.getCookie("SESSION")))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString())
					.select("[role=alert]"))
			.isEmpty();
		this.evaluations.start(call);
		// in the regions' order
		assertThat(inboxRows("i15-gg-staff")).containsExactly("광주광역시 배정 평가표 1", "경기도 제척 0", "전북특별자치도 배정 평가표 1");
		assertThat(inboxRows("i15-gj-city")).containsExactly("광주광역시 배정 평가표 1", "경기도 제척 0", "전북특별자치도 배정 평가표 1");
		assertThat(inboxRows("i15-jb-agency")).containsExactly("광주광역시 배정 평가표 1", "경기도 배정 평가표 1", "전북특별자치도 제척 0");
	}

}
