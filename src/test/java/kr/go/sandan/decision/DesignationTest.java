package kr.go.sandan.decision;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the final confirmation: its publication, the designation as districts with a
 * period of at most three years, the Smart Green selection, and what each reader sees
 * before and after each publication.
 */
class DesignationTest extends WorkflowTestSupport {

	private static final int YEAR = 2064;

	private long project(long plan) {
		return this.jdbc.queryForObject("""
				select p.id from plan_requested_project p join plan_key_task t on t.id = p.key_task_id
				where t.plan_id = ? and p.name = '스마트공장 구축'""", Long.class, plan);
	}

	private Document read(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private Document anonymous(String url) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private String planStatus(long plan) {
		return this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan);
	}

	private int audited(String action, long call) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = ? and object_type = 'call' and object_id = ?",
				Integer.class, action, String.valueOf(call));
	}

	/** Notifications of the person about this test's plans. */
	private int notified(String username, String message) {
		return this.jdbc.queryForObject("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.username = ? and n.message_key = ? and n.subject like ?""", Integer.class, username, message,
				"% " + YEAR + "년 %");
	}

	/** Evaluated, preliminarily selected (both) and published; the call's id. */
	private long selectedCall(long busan, long daegu) throws Exception {
		long call = this.evaluations.callOfYear(YEAR);
		this.evaluations.evaluateAll(call, "eval64-a", busan, daegu);
		this.evaluations.selectAndPublish(call, YEAR + "-03-24", List.of(busan, daegu), busan, daegu);
		return call;
	}

	@Test
	void confirmationAndDesignationArePublicOnlyOncePublished() throws Exception {
		this.evaluations.evaluator("eval64-a", "가 위원", "SEOUL", "가 연구원");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(YEAR, "region-busan", "region-daegu");
		long busan = plans.get("region-busan");
		long daegu = plans.get("region-daegu");
		long call = selectedCall(busan, daegu);
		String base = "/ministry/calls/" + call;

		// the designation waits for the published confirmation
		assertThat(read(this.evaluations.ministry(get(base + "/designation"))).getElementById("designation-waiting")
			.text()).isEqualTo("최종 확정 결과를 공개한 뒤에 경쟁력강화사업지구를 지정할 수 있습니다.");

		// consulting: feedback on 대구's vision and on its requested project; the region
		// reads it, the public does not
		this.mvc
			.perform(post("/plans/" + daegu + "/revision-request").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("comment.vision", "비전을 구체화해 주십시오.")
				.param("projectComment." + project(daegu), "사업비 산출 근거를 보완해 주십시오."))
			.andExpect(status().is3xxRedirection());
		assertThat(read(get("/plans/" + daegu + "/edit").with(this.accounts.as("region-daegu")))
			.getElementById("revision-comments")
			.text()).contains("비전을 구체화해 주십시오.", "사업: 스마트공장 구축", "사업비 산출 근거를 보완해 주십시오.");
		assertThat(read(get("/plans/" + daegu)).text()).doesNotContain("사업비 산출 근거");
		assertThat(notified("region-daegu", "notification.revisionRequested")).isEqualTo(1);
		String daeguHub = this.jdbc.queryForObject(
				"select c.name from industrial_complex c join innovation_plan p on p.hub_complex_id = c.id where p.id = ?",
				String.class, daegu);
		this.journeys.completeAndSubmit(daegu, "region-daegu", daeguHub, "대구 보완 비전");
		assertThat(planStatus(daegu)).isEqualTo("REVISED");

		this.mvc
			.perform(this.evaluations.ministry(post(base + "/confirmation"))
				.param("heldOn", YEAR + "-12-20")
				.param("chair", "국토교통부 제1차관")
				.param("rationale." + busan, "부처 협의 결과 반영")
				.param("rationale." + daegu, "계획대로 확정")
				.param("outcome." + project(busan), "APPROVED")
				.param("outcome." + project(daegu), "APPROVED"))
			.andExpect(redirectedUrl(base + "/confirmation"));
		assertThat(planStatus(busan)).isEqualTo("CONFIRMED");

		// recorded, not published: the public and the region still read the preliminary
		// selection (issue 15: nothing of a decision reaches the region before it is
		// published); the ministry its confirmation
		Document publicPlan = anonymous("/plans/" + busan);
		assertThat(publicPlan.selectFirst("h1").text()).contains("예비선정").doesNotContain("최종 확정");
		assertThat(publicPlan.getElementById("history").parent().text()).doesNotContain("최종 확정");
		this.mvc.perform(get("/plans/" + busan + "/milestones/CONFIRMED")).andExpect(status().isNotFound());
		assertThat(read(get("/plans/" + busan).with(this.accounts.as("region-busan"))).selectFirst("h1").text())
			.contains("예비선정")
			.doesNotContain("최종 확정");
		assertThat(read(get("/plans/" + busan).with(this.accounts.as("ministry"))).selectFirst("h1").text())
			.contains("최종 확정");
		Document round = anonymous("/rounds/" + roundId());
		assertThat(round.select("main table tbody tr").text()).contains("예비선정").doesNotContain("최종 확정");
		// the call's own indicators by the names the ministry gave them
		assertThat(round.text()).contains("혁신계획 타당성", "성과목표 실현가능성").doesNotContain("??");

		this.mvc.perform(this.evaluations.ministry(post(base + "/confirmation/publish")))
			.andExpect(redirectedUrl(base + "/confirmation"));
		assertThat(anonymous("/plans/" + busan).selectFirst("h1").text()).contains("최종 확정");
		this.mvc.perform(get("/plans/" + busan + "/milestones/CONFIRMED")).andExpect(status().isOk());
		assertThat(notified("region-busan", "notification.confirmed")).isEqualTo(1);
		assertThat(audited("FINAL_CONFIRMATION_PUBLISHED", call)).isEqualTo(1);
		// once
		this.mvc.perform(this.evaluations.ministry(post(base + "/confirmation/publish")))
			.andExpect(flash().attribute("decisionError", "decision.error.published"));
		assertThat(audited("FINAL_CONFIRMATION_PUBLISHED", call)).isEqualTo(1);

		// a period that ends before it starts, or lasts longer than three years, is
		// refused beside the field, and nothing changes
		MockHttpServletRequestBuilder tooLong = this.evaluations.ministry(post(base + "/designation"))
			.param("heldOn", YEAR + "-12-27")
			.param("chair", "국토교통부 제1차관")
			.param("districtStart", (YEAR + 1) + "-01-01")
			.param("districtEnd", (YEAR + 4) + "-01-01")
			.param("rationale." + busan, "지정")
			.param("rationale." + daegu, "지정");
		Document refused = read(tooLong);
		assertThat(refused.getElementById("districtEnd-error").text()).isEqualTo("종료일은 시작일보다 뒤이고, 기간은 3년을 넘을 수 없습니다.");
		Document noRationale = read(this.evaluations.ministry(post(base + "/designation"))
			.param("heldOn", YEAR + "-12-27")
			.param("chair", "국토교통부 제1차관")
			.param("districtStart", (YEAR + 1) + "-01-01")
			.param("districtEnd", (YEAR + 3) + "-12-31")
			.param("rationale." + busan, "지정"));
		assertThat(noRationale.getElementById("rationale-error-" + daegu).text()).isEqualTo("결정 사유를 적어 주십시오.");
		assertThat(planStatus(busan)).isEqualTo("CONFIRMED");

		this.mvc
			.perform(this.evaluations.ministry(post(base + "/designation"))
				.param("heldOn", YEAR + "-12-27")
				.param("chair", "국토교통부 제1차관")
				.param("districtStart", (YEAR + 1) + "-01-01")
				.param("districtEnd", (YEAR + 3) + "-12-31")
				.param("rationale." + busan, "거점산단 혁신 역량")
				.param("rationale." + daegu, "연계 효과"))
			.andExpect(redirectedUrl(base + "/designation"));
		assertThat(this.jdbc.queryForList("select status from innovation_plan where id in (?, ?)", String.class, busan,
				daegu))
			.containsOnly("DESIGNATED");
		assertThat(this.jdbc.queryForMap(
				"select district_start::text s, district_end::text e from innovation_plan where id = ?", busan))
			.containsEntry("s", (YEAR + 1) + "-01-01")
			.containsEntry("e", (YEAR + 3) + "-12-31");
		assertThat(audited("DESIGNATION_RECORDED", call)).isEqualTo(1);
		// not public yet
		assertThat(anonymous("/plans/" + busan).selectFirst("h1").text()).contains("최종 확정").doesNotContain("지정");
		assertThat(anonymous("/plans/" + busan).getElementById("district-period")).isNull();
		assertThat(notified("region-busan", "notification.designated")).isZero();

		this.mvc.perform(this.evaluations.ministry(post(base + "/designation/publish")))
			.andExpect(redirectedUrl(base + "/designation"));
		Document designated = anonymous("/plans/" + busan);
		assertThat(designated.selectFirst("h1").text()).contains("지정");
		assertThat(designated.getElementById("district-period").text())
			.isEqualTo("경쟁력강화사업지구 지정 기간: " + (YEAR + 1) + "-01-01 ~ " + (YEAR + 3) + "-12-31");
		assertThat(anonymous("/rounds/" + roundId()).select("main table tbody tr").text()).contains("지정");
		assertThat(notified("region-busan", "notification.designated")).isEqualTo(1);
		assertThat(notified("region-daegu", "notification.designated")).isEqualTo(1);
		assertThat(audited("DESIGNATION_PUBLISHED", call)).isEqualTo(1);

		// the announcement summary: hub complex, targets, period
		String hub = this.jdbc.queryForObject(
				"select c.name from industrial_complex c join innovation_plan p on p.hub_complex_id = c.id where p.id = ?",
				String.class, busan);
		String target = this.jdbc.queryForObject(
				"select as_written from plan_target where plan_id = ? and source = 'PLAN' order by position limit 1",
				String.class, busan);
		Document announcement = anonymous("/plans/" + busan + "/announcement");
		assertThat(announcement.getElementById("announcement-sites").text()).contains(hub);
		assertThat(announcement.getElementById("announcement-targets").text()).contains(target);
		assertThat(announcement.getElementById("announcement-decision").text()).contains("지정", (YEAR + 1) + "-01-01");
		// the same as a PDF, read back
		byte[] pdf = this.mvc.perform(get("/plans/" + busan + "/announcement.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("부산광역시", hub, target,
					"경쟁력강화사업지구 지정 기간: " + (YEAR + 1) + "-01-01 ~ " + (YEAR + 3) + "-12-31");
		}

		// a district is closed only after its period: the button appears then
		assertThat(read(this.evaluations.ministry(get(base + "/designation"))).select("form[action$=/complete]"))
			.isEmpty();
		this.mvc
			.perform(this.evaluations.ministry(post(base + "/designation/" + busan + "/complete"))
				.param("note", "사업 종료"))
			.andExpect(flash().attribute("decisionError", "designation.complete.tooEarly"));
		assertThat(planStatus(busan)).isEqualTo("DESIGNATED");
		// the same district, its period over, is closed and the public sees it at once
		this.jdbc.update("update innovation_plan set district_start = ?::date, district_end = ?::date where id = ?",
				"2020-01-01", "2022-12-31", busan);
		assertThat(read(this.evaluations.ministry(get(base + "/designation"))).select("form[action$=/complete]")
			.eachAttr("action")).containsExactly(base + "/designation/" + busan + "/complete");
		this.mvc
			.perform(this.evaluations.ministry(post(base + "/designation/" + busan + "/complete"))
				.param("note", "3년 사업 종료"))
			.andExpect(flash().attribute("flashMessage", "designation.completed"));
		assertThat(planStatus(busan)).isEqualTo("COMPLETED");
		assertThat(anonymous("/plans/" + busan).selectFirst("h1").text()).contains("완료");
	}

	private long roundId() {
		return this.jdbc.queryForObject("select id from program_round where year = ?", Long.class, YEAR);
	}

}
