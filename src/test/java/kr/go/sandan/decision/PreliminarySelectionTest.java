package kr.go.sandan.decision;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's preliminary selection: only on a completed evaluation, one decision
 * with its rationale per ranked plan, a reason when more regions are selected than
 * planned, and nothing public until the ministry publishes it.
 */
class PreliminarySelectionTest extends WorkflowTestSupport {

	private Document page(String url, String who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String planStatus(long plan) {
		return this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan);
	}

	private MockHttpServletRequestBuilder record(long call, Map<Long, String> outcomes, String overQuotaReason) {
		MockHttpServletRequestBuilder request = this.evaluations
			.ministry(post("/ministry/calls/" + call + "/decisions"))
			.param("heldOn", "2061-03-24")
			.param("chair", "국토교통부 제1차관")
			.param("overQuotaReason", overQuotaReason);
		outcomes.forEach((plan, outcome) -> request.param("outcome." + plan, outcome)
			.param("rationale." + plan, outcome.equals("SELECTED") ? "평가 결과 상위, 거점 기능 뚜렷" : "연계 전략 미흡"));
		return request;
	}

	@Test
	void selectedOnACompletedEvaluationWithinTheQuotaOrForAReasonThenPublished() throws Exception {
		this.evaluations.evaluator("eval61-a", "가 위원", "SEOUL", "가 연구원");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2061, "region-busan", "region-daegu",
				"region-incheon");
		long busan = plans.get("region-busan");
		long daegu = plans.get("region-daegu");
		long incheon = plans.get("region-incheon");
		long call = this.evaluations.callOfYear(2061);
		// the round planned a single designation
		this.jdbc.update("update program_round set planned_designations = 1 where year = 2061");
		long panel = this.evaluations.panel(call, "eval61-a");
		this.evaluations.pledge(panel, "eval61-a");
		this.evaluations.start(call);
		String[] totals = { "90", "80", "70" };
		List<Long> order = List.of(busan, daegu, incheon);
		for (int i = 0; i < order.size(); i++) {
			this.mvc
				.perform(this.evaluations.score(call, this.evaluations.sheet(panel, "eval61-a", order.get(i)),
						"eval61-a", "submit", totals[i], totals[i], totals[i], totals[i]))
				.andExpect(redirectedUrl("/evaluations"));
		}

		// nothing is decided before the evaluation is complete
		Map<Long, String> two = Map.of(busan, "SELECTED", daegu, "SELECTED", incheon, "NOT_SELECTED");
		this.mvc.perform(get("/ministry/calls/" + call + "/decisions").with(this.accounts.as("ministry")))
			.andExpect(content().string(containsString("평가가 완료되어야")));
		this.mvc.perform(record(call, two, "")).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from committee_meeting m join program_round r on r.id = m.round_id where r.year = 2061",
				Integer.class))
			.isZero();
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/complete"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("flashMessage", "evaluation.completed"));

		// candidates in the ranking's order
		Document form = page("/ministry/calls/" + call + "/decisions", "ministry");
		assertThat(form.select("legend").eachText()).containsExactly("1위 부산광역시 (90.00점)", "2위 대구광역시 (80.00점)",
				"3위 인천광역시 (70.00점)");

		// two selected when one was planned: refused without a reason, beside the field
		Document refused = Jsoup
			.parse(this.mvc.perform(record(call, two, "")).andReturn().getResponse().getContentAsString());
		assertThat(refused.getElementById("overQuotaReason-error").text()).isEqualTo("계획 지정 수보다 많이 선정하려면 사유를 적어 주십시오.");
		assertThat(refused.getElementById("selected-" + busan).hasAttr("checked")).isTrue();
		// a plan without a decision or rationale is pointed at
		Document incomplete = Jsoup.parse(
				this.mvc
					.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions"))
						.param("heldOn", "2061-03-24")
						.param("chair", "국토교통부 제1차관")
						.param("outcome." + busan, "SELECTED")
						.param("rationale." + busan, "상위"))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(incomplete.getElementById("outcome-error-" + daegu).text()).isEqualTo("예비선정 또는 미선정을 골라 주십시오.");
		assertThat(incomplete.getElementById("rationale-error-" + incheon).text()).isEqualTo("결정 사유를 적어 주십시오.");
		assertThat(planStatus(busan)).isEqualTo("UNDER_EVALUATION");

		this.mvc.perform(record(call, two, "2위 지역도 국가 주력산업 거점으로 시급"))
			.andExpect(redirectedUrl("/ministry/calls/" + call + "/decisions"));
		assertThat(List.of(planStatus(busan), planStatus(daegu), planStatus(incheon)))
			.containsExactly("PRELIMINARILY_SELECTED", "PRELIMINARILY_SELECTED", "NOT_SELECTED");
		assertThat(this.jdbc.queryForList("""
				select e.note from plan_status_event e join committee_meeting m on m.id = e.meeting_id
				where e.plan_id = ? and m.kind = 'PRELIMINARY_SELECTION'""", String.class, incheon))
			.containsExactly("연계 전략 미흡");
		assertThat(page("/ministry/calls/" + call + "/decisions", "ministry").text())
			.contains("계획보다 많이 선정한 사유: 2위 지역도 국가 주력산업 거점으로 시급", "예비선정 2곳 (계획 1곳)");
		// recorded once
		this.mvc.perform(record(call, two, "다시")).andExpect(content().string(containsString("이미 기록되었습니다")));

		// not public, and no region sees a result, until published
		this.mvc.perform(get("/plans/" + busan)).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + incheon + "/evaluation").with(this.accounts.as("region-incheon")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions/publish")))
			.andExpect(flash().attribute("flashMessage", "decision.published"));
		this.mvc.perform(get("/plans/" + busan)).andExpect(status().isOk());
		this.mvc.perform(get("/plans/" + incheon)).andExpect(status().isNotFound());
		long round = this.jdbc.queryForObject("select id from program_round where year = 2061", Long.class);
		Document roundPage = Jsoup
			.parse(this.mvc.perform(get("/rounds/" + round)).andReturn().getResponse().getContentAsString());
		// in 가나다 order, as the release lists regions
		assertThat(roundPage.select("tbody th a").eachText()).containsExactly("대구광역시", "부산광역시");
		this.mvc.perform(get("/plans/" + incheon + "/evaluation").with(this.accounts.as("region-incheon")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("계획 점수 70.00점")));
		this.mvc.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions/publish")))
			.andExpect(flash().attribute("decisionError", "decision.error.published"));
		assertThat(this.jdbc.queryForList("select action from audit_event where object_type = 'call' and object_id = ? "
				+ "and action like 'PRELIMINARY%' order by id", String.class, String.valueOf(call)))
			.containsExactly("PRELIMINARY_SELECTION_RECORDED", "PRELIMINARY_SELECTION_PUBLISHED");
		// each region is told in the portal, once
		Document me = page("/me", "region-busan");
		assertThat(me.select("#notifications-home li").eachText())
			.anyMatch((line) -> line.contains("부산광역시 2061년 산단혁신계획이 예비선정되었습니다."));
		Document incheonHome = page("/me", "region-incheon");
		assertThat(incheonHome.select("#notifications-home li").eachText())
			.anyMatch((line) -> line.contains("인천광역시 2061년 산단혁신계획의 예비선정 결과가 공개되었습니다."));
		long notification = this.jdbc.queryForObject("""
				select n.id from notification n join account a on a.id = n.account_id
				where a.username = 'region-incheon' and n.event_key = ?""", Long.class,
				"call:" + call + ":preliminary-selection");
		this.mvc
			.perform(post("/notifications/" + notification + "/open").with(csrf())
				.with(this.accounts.as("region-busan")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/notifications/" + notification + "/open").with(csrf())
				.with(this.accounts.as("region-incheon")))
			.andExpect(redirectedUrl("/plans/" + incheon + "/evaluation"));
		assertThat(page("/me", "region-incheon").select("#notifications-home li").eachText())
			.noneMatch((line) -> line.contains("2061년 산단혁신계획"));

		// the region page of a region that was not selected shows nothing of it
		this.mvc.perform(get("/regions/incheon")).andExpect(content().string(not(containsString("/plans/" + incheon))));
	}

	@Test
	void aPlanWithdrawnBeforeThePublicationIsNeitherPublishedNorAnnounced() throws Exception {
		this.evaluations.evaluator("eval68-a", "가 위원", "SEOUL", "가 연구원");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2068, "region-busan", "region-daegu");
		long busan = plans.get("region-busan");
		long daegu = plans.get("region-daegu");
		long call = this.evaluations.callOfYear(2068);
		this.jdbc.update("update program_round set planned_designations = 2 where year = 2068");
		this.evaluations.evaluateAll(call, "eval68-a", busan, daegu);
		this.mvc.perform(record(call, Map.of(busan, "SELECTED", daegu, "SELECTED"), ""))
			.andExpect(redirectedUrl("/ministry/calls/" + call + "/decisions"));
		// the region withdraws its selected plan before the ministry publishes the
		// selection
		this.mvc
			.perform(post("/plans/" + daegu + "/withdraw").with(csrf())
				.with(this.accounts.as("region-daegu"))
				.param("reason", "지방비 확보 곤란"))
			.andExpect(flash().attribute("flashMessage", "plan.withdraw.done"));

		this.mvc.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions/publish")))
			.andExpect(flash().attribute("flashMessage", "decision.published"));
		this.mvc.perform(get("/plans/" + busan)).andExpect(status().isOk());
		this.mvc.perform(get("/plans/" + daegu)).andExpect(status().isNotFound());
		long round = this.jdbc.queryForObject("select id from program_round where year = 2068", Long.class);
		Document roundPage = Jsoup
			.parse(this.mvc.perform(get("/rounds/" + round)).andReturn().getResponse().getContentAsString());
		assertThat(roundPage.select("tbody th a").eachText()).containsExactly("부산광역시");
		assertThat(page("/me", "region-daegu").select("#notifications-home li").eachText())
			.noneMatch((line) -> line.contains("2068년 산단혁신계획"));
		assertThat(page("/me", "region-busan").select("#notifications-home li").eachText())
			.anyMatch((line) -> line.contains("부산광역시 2068년 산단혁신계획이 예비선정되었습니다."));
	}

}
