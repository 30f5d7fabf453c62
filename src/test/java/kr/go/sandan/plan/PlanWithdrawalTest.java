package kr.go.sandan.plan;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan leaves the program by withdrawal, from any open state, by its region or the
 * ministry, with a reason; the button shows only where the state machine allows it.
 */
class PlanWithdrawalTest extends WorkflowTestSupport {

	private Document page(long plan, String who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/plans/" + plan).with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String planStatus(long plan) {
		return this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan);
	}

	@Test
	void theRegionWithdrawsItsSubmittedPlanWithAReasonOnce() throws Exception {
		long call = this.journeys.openCall(2059);
		long plan = this.journeys.start(call, "region-gwangju");
		this.journeys.completeAndSubmit(plan, "region-gwangju", "광주첨단국가산단", "광주 비전");
		assertThat(page(plan, "region-gwangju").getElementById("withdraw-form")).isNotNull();
		assertThat(page(plan, "ministry").getElementById("withdraw-form")).isNotNull();

		this.mvc
			.perform(post("/plans/" + plan + "/withdraw").with(csrf())
				.with(this.accounts.as("region-busan"))
				.param("reason", "남의 계획"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/plans/" + plan + "/withdraw").with(csrf())
				.with(this.accounts.as("region-gwangju"))
				.param("reason", " "))
			.andExpect(flash().attribute("withdrawError", "plan.withdraw.reasonRequired"));
		assertThat(planStatus(plan)).isEqualTo("SUBMITTED");

		this.mvc
			.perform(post("/plans/" + plan + "/withdraw").with(csrf())
				.with(this.accounts.as("region-gwangju"))
				.param("reason", "지방비 확보 곤란"))
			.andExpect(redirectedUrl("/plans/" + plan))
			.andExpect(flash().attribute("flashMessage", "plan.withdraw.done"));
		assertThat(planStatus(plan)).isEqualTo("WITHDRAWN");
		assertThat(this.jdbc.queryForObject(
				"select detail from audit_event where action = 'PLAN_WITHDRAWN' and object_id = ?", String.class,
				String.valueOf(plan)))
			.isEqualTo("지방비 확보 곤란");
		Document after = page(plan, "region-gwangju");
		assertThat(after.getElementById("withdraw-form")).as("no button for a closed plan").isNull();
		assertThat(after.select(".timeline").text()).contains("철회", "지방비 확보 곤란");
		this.mvc
			.perform(post("/plans/" + plan + "/withdraw").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("reason", "다시 철회"))
			.andExpect(flash().attribute("withdrawError", "plan.transition.refused"));
		// evaluators and anonymous visitors have no say
		this.mvc
			.perform(post("/plans/" + plan + "/withdraw").with(csrf())
				.with(this.accounts.as("evaluator"))
				.param("reason", "평가위원"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPlanWithdrawnDuringTheEvaluationLeavesTheRanking() throws Exception {
		this.evaluations.evaluator("eval60-a", "가 위원", "SEOUL", "가 연구원");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2060, "region-gwangju", "region-incheon");
		long call = this.evaluations.callOfYear(2060);
		long panel = this.evaluations.panel(call, "eval60-a");
		this.evaluations.pledge(panel, "eval60-a");
		this.evaluations.start(call);
		this.mvc
			.perform(post("/plans/" + plans.get("region-incheon") + "/withdraw").with(csrf())
				.with(this.accounts.as("region-incheon"))
				.param("reason", "사업 여건 변화"))
			.andExpect(flash().attribute("flashMessage", "plan.withdraw.done"));
		long sheet = this.evaluations.sheet(panel, "eval60-a", plans.get("region-gwangju"));
		this.mvc.perform(this.evaluations.score(call, sheet, "eval60-a", "submit", "80", "80", "80", "80"))
			.andExpect(redirectedUrl("/evaluations"));
		// the withdrawn plan's unscored sheet does not hold up completion
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/complete"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("flashMessage", "evaluation.completed"));
		Document board = Jsoup.parse(this.mvc
			.perform(get("/ministry/calls/" + call + "/evaluation/ranking").with(this.accounts.as("ministry")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(board.select("#ranking tbody th").eachText()).containsExactly("광주광역시");
	}

}
