package kr.go.sandan.decision;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee selects a selected region's hub complex as a Smart Green complex: only
 * such hubs, with a rationale, once; the public lists and the cumulative count show it
 * only once published.
 */
class SmartGreenSelectionTest extends WorkflowTestSupport {

	private static final int YEAR = 2065;

	private Document read(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private int published() {
		return this.jdbc.queryForObject("select count(*) from smart_green_designation where published", Integer.class);
	}

	@Test
	void aSelectedRegionsHubBecomesASmartGreenComplexOncePublished() throws Exception {
		this.evaluations.evaluator("eval65-a", "가 위원", "SEOUL", "가 연구원");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(YEAR, "region-incheon", "region-gwangju");
		long incheon = plans.get("region-incheon");
		long gwangju = plans.get("region-gwangju");
		// 인천's hub is a complex of its own, so that the shared database's other pages
		// keep their Smart Green lists
		long hub = this.jdbc.queryForObject("""
				insert into industrial_complex (name, type, region_id)
				select '인천 2065 시험산단', 'GENERAL', region_id from innovation_plan where id = ? returning id""",
				Long.class, incheon);
		this.jdbc.update("update innovation_plan set hub_complex_id = ? where id = ?", hub, incheon);
		long call = this.evaluations.callOfYear(YEAR);
		String page = "/ministry/calls/" + call + "/smart-green";
		this.evaluations.evaluateAll(call, "eval65-a", incheon, gwangju);
		// not before the preliminary selection is published
		assertThat(read(this.evaluations.ministry(post(page))
			.param("heldOn", YEAR + "-03-24")
			.param("chair", "국토교통부 제1차관")
			.param("complex", String.valueOf(hub))
			.param("rationale", "디지털 전환 여건")).getElementById("decision-error").text())
			.isEqualTo("예비선정 결과를 공개한 뒤에 스마트그린산단을 선정할 수 있습니다.");
		this.evaluations.selectAndPublish(call, YEAR + "-03-24", List.of(incheon), incheon, gwangju);

		// only the selected region's hub is offered
		Document form = read(this.evaluations.ministry(get(page)));
		assertThat(form.select("input[name=complex]").eachAttr("value")).containsExactly(String.valueOf(hub));

		// without a complex or a rationale: told beside the field, nothing recorded
		Document refused = read(
				this.evaluations.ministry(post(page)).param("heldOn", YEAR + "-03-24").param("chair", "국토교통부 제1차관"));
		assertThat(refused.getElementById("complex-error").text()).isEqualTo("선정할 거점산단을 하나 이상 골라 주십시오.");
		assertThat(refused.getElementById("rationale-error").text()).isEqualTo("결정 사유를 적어 주십시오.");
		// a complex that is not a selected region's hub is refused
		long gwangjuHub = this.jdbc.queryForObject("select hub_complex_id from innovation_plan where id = ?",
				Long.class, gwangju);
		assertThat(read(this.evaluations.ministry(post(page))
			.param("heldOn", YEAR + "-03-24")
			.param("chair", "국토교통부 제1차관")
			.param("complex", String.valueOf(gwangjuHub))
			.param("rationale", "디지털 전환 여건")).getElementById("decision-error").text())
			.isEqualTo("선정된 지역의 거점산단 중 아직 스마트그린산단이 아닌 산단만 고를 수 있습니다.");
		assertThat(this.jdbc.queryForObject("select count(*) from smart_green_designation where complex_id in (?, ?)",
				Integer.class, hub, gwangjuHub))
			.isZero();

		int before = published();
		this.mvc
			.perform(this.evaluations.ministry(post(page))
				.param("heldOn", YEAR + "-03-24")
				.param("chair", "국토교통부 제1차관")
				.param("complex", String.valueOf(hub))
				.param("rationale", "디지털 전환 여건"))
			.andExpect(redirectedUrl(page));
		// the committee selects, so its reason reads as the selection's, dated by the
		// meeting
		Document recorded = read(this.evaluations.ministry(get(page)));
		assertThat(recorded.getElementById("smart-green-rationale").text()).isEqualTo("선정 사유: 디지털 전환 여건");
		assertThat(recorded.text()).contains("인천 2065 시험산단 (" + YEAR + "-03-24 선정)").doesNotContain("확정 사유");
		// recorded, not public
		assertThat(published()).isEqualTo(before);
		assertThat(read(get("/complexes").param("smartGreen", "true").param("region", "INCHEON")).text())
			.doesNotContain("인천 2065 시험산단");
		assertThat(read(get("/")).text()).contains("지금까지 포털에 기록된 스마트그린산단: " + before + "곳");

		this.mvc.perform(this.evaluations.ministry(post(page + "/publish"))).andExpect(redirectedUrl(page));
		assertThat(read(get("/complexes").param("smartGreen", "true").param("region", "INCHEON")).text())
			.contains("인천 2065 시험산단", YEAR + "-03-24 선정");
		assertThat(read(get("/")).text()).contains("지금까지 포털에 기록된 스마트그린산단: " + (before + 1) + "곳");
		assertThat(this.jdbc.queryForMap(
				"select year, announced_on::text announced from smart_green_designation where complex_id = ?", hub))
			.containsEntry("year", YEAR)
			.containsEntry("announced", YEAR + "-03-24");
		assertThat(read(this.evaluations.ministry(get(page))).getElementById("smart-green-progress").text())
			.contains("2025년", "15개");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action like 'SMART_GREEN_SELECTION_%' and object_id = ?",
				Integer.class, String.valueOf(call)))
			.isEqualTo(2);

		// recorded once
		assertThat(read(this.evaluations.ministry(post(page))
			.param("heldOn", YEAR + "-03-25")
			.param("chair", "국토교통부 제1차관")
			.param("complex", String.valueOf(hub))
			.param("rationale", "다시")).getElementById("decision-error").text())
			.isEqualTo("이 차수의 스마트그린산단 선정은 이미 기록되었습니다.");
	}

}
