package kr.go.sandan.decision;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The final confirmation: each requested project approved, adjusted or not funded, and
 * the plan's confirmed budget by ministry and year is exactly the sum of those outcomes.
 */
class FinalConfirmationTest extends WorkflowTestSupport {

	private long project(long plan, String name) {
		return this.jdbc.queryForObject("""
				select p.id from plan_requested_project p join plan_key_task t on t.id = p.key_task_id
				where t.plan_id = ? and p.name = ?""", Long.class, plan, name);
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> rows(Element table) {
		return table.select("tbody tr").stream().map(Element::text).toList();
	}

	@Test
	void projectOutcomesMakeTheConfirmedBudget() throws Exception {
		this.evaluations.evaluator("eval63-a", "가 위원", "SEOUL", "가 연구원");
		// 부산: 스마트공장 구축 (중소벤처기업부, 2063: 국비 1,000 + 지방비 500) and a second project
		// of 산업통상자원부 (2063: 국비 2,000; 2064: 국비 1,000, 민자 300)
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2063,
				Map.of("region-busan",
						(plan, user) -> this.mvc
							.perform(this.journeys.project(plan, user, 1, "name", "친환경 선박 실증", "leadMinistry", "MOTIE",
									"amounts[0]", "2000", "amounts[3]", "1000", "amounts[5]", "300"))
							.andExpect(status().is3xxRedirection())),
				"region-busan", "region-daegu");
		long busan = plans.get("region-busan");
		long daegu = plans.get("region-daegu");
		long call = this.evaluations.callOfYear(2063);
		this.evaluations.evaluateAll(call, "eval63-a", busan, daegu);

		String confirmation = "/ministry/calls/" + call + "/confirmation";
		// project ids are read when the request is made: a revision rewrites a plan's
		// projects
		java.util.function.Supplier<MockHttpServletRequestBuilder> confirm = () -> this.evaluations
			.ministry(post(confirmation))
			.param("heldOn", "2063-12-20")
			.param("chair", "국토교통부 제1차관")
			.param("rationale." + busan, "부처 협의 결과 반영")
			.param("rationale." + daegu, "계획대로 확정")
			.param("outcome." + project(busan, "스마트공장 구축"), "ADJUSTED")
			.param("amount." + project(busan, "스마트공장 구축") + ".2063.national", "800")
			.param("amount." + project(busan, "스마트공장 구축") + ".2063.local", "400")
			.param("amount." + project(busan, "스마트공장 구축") + ".2064.national", "200")
			.param("outcome." + project(busan, "친환경 선박 실증"), "REJECTED")
			.param("note." + project(busan, "친환경 선박 실증"), "타 부처 사업과 중복")
			.param("outcome." + project(daegu, "스마트공장 구축"), "APPROVED");

		// not before the preliminary selection is published
		this.mvc.perform(confirm.get()).andExpect(content().string(containsString("예비선정 결과를 공개한 뒤에")));
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions"))
				.param("heldOn", "2063-03-24")
				.param("chair", "국토교통부 제1차관")
				.param("outcome." + busan, "SELECTED")
				.param("rationale." + busan, "상위")
				.param("outcome." + daegu, "SELECTED")
				.param("rationale." + daegu, "상위"))
			.andExpect(redirectedUrl("/ministry/calls/" + call + "/decisions"));
		this.mvc.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions/publish")))
			.andExpect(status().is3xxRedirection());

		// consulting: 대구 is asked to revise; it cannot be confirmed meanwhile
		this.mvc
			.perform(post("/plans/" + daegu + "/revision-request").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("comment.projects", "사업비 산출 근거를 보완해 주세요."))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(confirm.get()).andExpect(content().string(containsString("보완 요청 중인 계획이 있습니다")));
		this.journeys.completeAndSubmit(daegu, "region-daegu",
				this.jdbc.queryForObject("select c.name from industrial_complex c where c.id = "
						+ "(select hub_complex_id from innovation_plan where id = ?)", String.class, daegu),
				"대구 보완 비전");

		// an adjusted project without amounts, or a project without outcome, is pointed
		// at
		Document refused = Jsoup.parse(this.mvc
			.perform(this.evaluations.ministry(post(confirmation))
				.param("heldOn", "2063-12-20")
				.param("chair", "국토교통부 제1차관")
				.param("rationale." + busan, "부처 협의 결과 반영")
				.param("rationale." + daegu, "계획대로 확정")
				.param("outcome." + project(busan, "스마트공장 구축"), "ADJUSTED")
				.param("outcome." + project(daegu, "스마트공장 구축"), "APPROVED"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.getElementById("adjusted-error-" + project(busan, "스마트공장 구축")).text())
			.isEqualTo("조정 승인에는 조정한 예산을 입력해 주십시오.");
		assertThat(refused.getElementById("outcome-error-" + project(busan, "친환경 선박 실증")).text())
			.isEqualTo("승인, 조정 승인, 미반영 중 하나를 골라 주십시오.");

		this.mvc.perform(confirm.get()).andExpect(redirectedUrl(confirmation));
		assertThat(this.jdbc.queryForList("select status from innovation_plan where id in (?, ?) order by id",
				String.class, busan, daegu))
			.containsOnly("CONFIRMED");
		assertThat(this.jdbc.queryForList("select kind from plan_milestone where plan_id = ? order by id", String.class,
				busan))
			.containsExactly("SUBMITTED", "PRELIMINARILY_SELECTED", "CONFIRMED");

		Document done = page(confirmation);
		// 부산: the adjusted 스마트공장 only (2063: 800 + 400; 2064: 200); the ship project
		// rejected
		assertThat(rows(done.getElementById("budget-" + busan))).containsExactly("중소벤처기업부 1,200 200 0 1,400",
				"합계 1,200 200 0 1,400");
		// 대구: approved as requested (2063: 1,000 + 500)
		assertThat(rows(done.getElementById("budget-" + daegu))).containsExactly("중소벤처기업부 1,500 0 0 1,500",
				"합계 1,500 0 0 1,500");
		assertThat(done.getElementById("projects-" + busan).text()).contains("조정 승인", "미반영", "타 부처 사업과 중복");
		// recorded once
		this.mvc.perform(confirm.get()).andExpect(content().string(containsString("이미 기록되었습니다")));
	}

}
