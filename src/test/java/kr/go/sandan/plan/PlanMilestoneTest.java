package kr.go.sandan.plan;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan as it went to the evaluation and as it was preliminarily selected stays
 * exactly so, whatever the region changes afterwards in consulting.
 */
class PlanMilestoneTest extends WorkflowTestSupport {

	private Document page(String url) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void milestonesAreFrozenAndReadableWithThePlan() throws Exception {
		this.evaluations.evaluator("eval62-a", "가 위원", "SEOUL", "가 연구원");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2062, "region-daegu");
		long plan = plans.get("region-daegu");
		long call = this.evaluations.callOfYear(2062);
		long panel = this.evaluations.panel(call, "eval62-a");
		this.evaluations.pledge(panel, "eval62-a");
		this.evaluations.start(call);
		this.mvc
			.perform(this.evaluations.score(call, this.evaluations.sheet(panel, "eval62-a", plan), "eval62-a", "submit",
					"85", "85", "85", "85"))
			.andExpect(redirectedUrl("/evaluations"));
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/complete"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions"))
				.param("heldOn", "2062-03-24")
				.param("chair", "국토교통부 제1차관")
				.param("outcome." + plan, "SELECTED")
				.param("rationale." + plan, "평가 결과 우수"))
			.andExpect(redirectedUrl("/ministry/calls/" + call + "/decisions"));
		this.mvc.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions/publish")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select kind from plan_milestone where plan_id = ? order by id", String.class,
				plan))
			.containsExactly("SUBMITTED", "PRELIMINARILY_SELECTED");

		// consulting: the ministry asks for changes, the region rewrites its vision
		this.mvc
			.perform(post("/plans/" + plan + "/revision-request").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("comment.vision", "부처 협의 결과를 반영해 주세요."))
			.andExpect(status().is3xxRedirection());
		this.journeys.completeAndSubmit(plan, "region-daegu",
				this.jdbc.queryForObject("select c.name from industrial_complex c where c.id = "
						+ "(select hub_complex_id from innovation_plan where id = ?)", String.class, plan),
				"협의 후 고친 비전");
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("REVISED");

		// the public reads the plan as selected until a later decision is published; its
		// region and the ministry read what it says now (issue 15)
		assertThat(page("/plans/" + plan).getElementById("overview").parent().text()).contains("region-daegu의 비전 2062")
			.doesNotContain("협의 후 고친 비전");
		for (String insider : List.of("region-daegu", "ministry")) {
			assertThat(Jsoup
				.parse(this.mvc.perform(get("/plans/" + plan).with(this.accounts.as(insider)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString())
				.text()).contains("협의 후 고친 비전");
		}
		Document selected = page("/plans/" + plan + "/milestones/PRELIMINARILY_SELECTED");
		assertThat(selected.getElementById("milestone-content").text()).contains("region-daegu의 비전 2062")
			.doesNotContain("협의 후 고친 비전");
		assertThat(page("/plans/" + plan).select("#milestones a").eachText()).containsExactly("평가에 제출된 계획",
				"예비선정 당시 계획");
		this.mvc.perform(get("/plans/" + plan + "/milestones/CONFIRMED")).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + plan + "/milestones/DRAFT")).andExpect(status().isNotFound());

		// the database refuses to change a milestone: the portal's role may not (a
		// trigger
		// stops the owner too)
		for (String sql : List.of("update plan_milestone set content = '{}'::jsonb where plan_id = ?",
				"delete from plan_milestone where plan_id = ?")) {
			assertThatThrownBy(() -> this.jdbc.update(sql, plan)).isInstanceOf(DataAccessException.class)
				.hasStackTraceContaining("permission denied for table plan_milestone");
		}
	}

}
