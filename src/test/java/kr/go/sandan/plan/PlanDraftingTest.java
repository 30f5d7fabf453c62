package kr.go.sandan.plan;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Regional staff answer an open call: they start their plan, fill its sections one at a
 * time (incomplete is fine), are told what a submission still lacks, and submit; the
 * submitted plan is locked and kept as a version. Other regions cannot see or touch it; a
 * closed call refuses the submission but keeps the draft; a stale form of any section is
 * refused with a conflict, never silently overwriting.
 */
class PlanDraftingTest extends WorkflowTestSupport {

	private MockHttpServletRequestBuilder section(long planId, String who, String section, String... fields) {
		return this.journeys.section(planId, who, section, fields);
	}

	private Document read(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aRegionDraftsSectionBySectionIsToldWhatIsMissingAndSubmits() throws Exception {
		long call = this.journeys.openCall(2036);
		long plan = this.journeys.start(call, "region-daegu");
		Document overview = read(get("/plans/" + plan + "/edit").with(this.accounts.as("region-daegu")));
		assertThat(overview.title()).contains("대구광역시 산단혁신계획 작성 (2036년)");
		assertThat(overview.select("#completeness li").eachText()).containsExactly("거점산단", "주력업종", "비전", "목표", "신청 사업",
				"추진체계", "지역 진단", "제출 서류: 산단혁신계획서");
		assertThat(overview.select("#sections li a").eachText()).containsExactly("비전·주력업종", "거점산단과 기여도", "연계단지·연계지역",
				"성과목표", "중점과제", "신청 사업", "추진체계·지역 진단");
		assertThat(overview.selectFirst("#submit-form button").hasAttr("disabled")).isTrue();
		this.mvc.perform(get("/plans/" + plan + "/edit/hub").with(this.accounts.as("region-daegu")))
			.andExpect(content().string(containsString("성서일반산단")));

		// an incomplete draft saves, a section at a time
		this.mvc.perform(section(plan, "region-daegu", "basics", "vision", "뿌리산업의 디지털 전환 거점"))
			.andExpect(redirectedUrl("/plans/" + plan + "/edit#section-basics"))
			.andExpect(flash().attribute("flashMessage", "plan.section.saved"));
		assertThat(this.jdbc.queryForObject("select vision from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("뿌리산업의 디지털 전환 거점");

		// a target row without a metric is explained beside the field and saves nothing
		Document refused = read(section(plan, "region-daegu", "targets", "rows[0].value", "3"));
		assertThat(refused.select("#error-summary").text()).contains("지표를 골라 주세요.");
		assertThat(refused.select("#target-rows .form-hint-invalid").text()).isEqualTo("지표를 골라 주세요.");
		assertThat(refused.select("input[name=rows[0].value]").val()).isEqualTo("3");

		this.journeys.save(plan, "region-daegu", "basics", "vision", "뿌리산업의 디지털 전환 거점", "mainIndustries", "기계, 자동차부품");
		this.journeys.save(plan, "region-daegu", "hub", "hubComplexId",
				String.valueOf(this.journeys.complex("성서일반산단")));
		this.journeys.save(plan, "region-daegu", "narrative", "governance", "대구시 산단 대개조 추진단", "diagnosis",
				"뿌리업종 비중이 높고 노후화가 심함\n청년 고용이 줄어듦");
		this.journeys.save(plan, "region-daegu", "targets", "rows[0].metric", "JOBS_CREATED", "rows[0].value", "0.5",
				"rows[0].unit", "만명", "rows[0].targetYear", "2039", "rows[1].metric", "PRODUCTION_INCREASE",
				"rows[1].value", "2.1", "rows[1].unit", "조원", "rows[1].asWritten", "생산액 2.1조원 증대");
		this.journeys.save(plan, "region-daegu", "tasks", "rows[0].name", "뿌리산업 디지털 전환", "rows[1].name", "근로환경 개선");
		this.mvc
			.perform(this.journeys.project(plan, "region-daegu", 1, "name", "스마트공장 고도화", "leadMinistry", "MSS",
					"newlyProposed", "true", "amounts[0]", "1,200", "amounts[1]", "300", "amounts[3]", "1 500"))
			.andExpect(redirectedUrl("/plans/" + plan + "/edit/projects"));
		this.mvc
			.perform(this.journeys.project(plan, "region-daegu", 2, "name", "통근버스 운영", "leadMinistry", "MOEL",
					"amounts[4]", "200", "action", "saveAndAdd"))
			.andExpect(redirectedUrlPattern("/plans/*/edit/projects/new?task=*"));
		this.journeys.attach(plan, "region-daegu", "산단혁신계획서", "대구 혁신계획서.pdf", PlanJourneys.PDF)
			.andExpect(redirectedUrlPattern("/plans/*/edit*"));
		assertThat(read(get("/plans/" + plan + "/edit").with(this.accounts.as("region-daegu")))
			.selectFirst("#submit-form button")
			.hasAttr("disabled")).isFalse();

		this.journeys.submit(plan, "region-daegu").andExpect(redirectedUrl("/plans/" + plan));
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("SUBMITTED");
		assertThat(this.jdbc.queryForList(
				"select as_written from plan_target where plan_id = ? and source = 'PLAN' order by position",
				String.class, plan))
			.containsExactly("일자리 창출 0.5만명", "생산액 2.1조원 증대");
		String version1 = this.jdbc.queryForObject(
				"select content::text from plan_version where plan_id = ? and number = 1", String.class, plan);
		assertThat(version1).contains("성서일반산단", "생산액 2.1조원 증대", "청년 고용이 줄어듦", "스마트공장 고도화", "통근버스 운영");
		// the requested budget is summed from the projects, by ministry and year, never
		// typed
		this.mvc.perform(get("/plans/" + plan).with(this.accounts.as("region-daegu")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("중점과제 2개, 신청 사업 2개"), containsString("중소벤처기업부"), containsString("1,500"),
						containsString("3,200"), containsString("고용노동부"), containsString("스마트공장 고도화"))));
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where object_type = 'plan' and object_id = ? order by id", String.class,
				String.valueOf(plan)))
			.containsExactly("PLAN_DRAFT_STARTED", "PLAN_DRAFT_SAVED", "PLAN_DRAFT_SAVED", "PLAN_DRAFT_SAVED",
					"PLAN_DRAFT_SAVED", "PLAN_DRAFT_SAVED", "PLAN_DRAFT_SAVED", "PLAN_DRAFT_SAVED", "PLAN_DRAFT_SAVED",
					"PLAN_ATTACHMENT_ADDED", "PLAN_SUBMITTED");

		this.mvc.perform(get("/plans/" + plan + "/edit").with(this.accounts.as("region-daegu")))
			.andExpect(redirectedUrl("/plans/" + plan));
		// locked: a further edit is refused and changes nothing; a second submission says
		// it was submitted already; the version cannot be rewritten
		this.mvc.perform(section(plan, "region-daegu", "basics", "vision", "바꾼 비전"))
			.andExpect(redirectedUrl("/plans/" + plan))
			.andExpect(flash().attribute("flashMessage", "plan.error.locked"));
		this.journeys.submit(plan, "region-daegu")
			.andExpect(redirectedUrl("/plans/" + plan))
			.andExpect(flash().attribute("flashMessage", "plan.alreadySubmitted"));
		assertThat(this.jdbc.queryForObject("select vision from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("뿌리산업의 디지털 전환 거점");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_version where plan_id = ?", Integer.class, plan))
			.isEqualTo(1);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.jdbc.update("update plan_version set content = '{}' where plan_id = ?", plan))
			.rootCause()
			// the portal's role may not; a trigger refuses its owner too
			.hasMessageContaining("permission denied");

		// the region sees it; others may not know it exists
		this.mvc.perform(get("/plans/" + plan).with(this.accounts.as("region-daegu"))).andExpect(status().isOk());
		this.mvc.perform(get("/plans/" + plan).with(this.accounts.as("ministry"))).andExpect(status().isOk());
		this.mvc.perform(get("/plans/" + plan).with(this.accounts.as("region-busan"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + plan)).andExpect(status().isNotFound());
	}

	@Test
	void submittingAnIncompleteDraftSaysWhatIsMissingAndChangesNothing() throws Exception {
		long call = this.journeys.openCall(2049);
		long plan = this.journeys.start(call, "region-ulsan");
		Document page = read(get("/plans/" + plan + "/edit").with(this.accounts.as("region-ulsan")));
		assertThat(page.select("#completeness li")).hasSize(8);
		Document refused = Jsoup
			.parse(this.journeys.submit(plan, "region-ulsan").andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#submit-error").text()).isEqualTo("빠진 항목이 있어 제출하지 않았습니다. 작성한 내용은 그대로 저장되어 있습니다.");
		assertThat(refused.select("#sections .krds-badge").eachText()).containsExactly("작성 필요", "작성 필요", "완료", "작성 필요",
				"작성 필요", "작성 필요", "작성 필요");
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("DRAFT");
	}

	@Test
	void anotherRegionCanNeitherReadNorChangeADraft() throws Exception {
		long call = this.journeys.openCall(2037);
		long plan = this.journeys.start(call, "region-incheon");
		this.journeys.save(plan, "region-incheon", "basics", "vision", "인천의 비전");
		this.mvc.perform(get("/plans/" + plan + "/edit").with(this.accounts.as("region-busan")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + plan + "/edit/targets").with(this.accounts.as("region-busan")))
			.andExpect(status().isNotFound());
		this.mvc.perform(section(plan, "region-busan", "basics", "vision", "남의 계획을 고침"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + plan + "/edit").with(this.accounts.as("ministry")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select vision from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("인천의 비전");
	}

	@Test
	void aStaleFormOfAnySectionIsAConflictThatKeepsWhatWasTypedBesideWhatIsStored() throws Exception {
		long call = this.journeys.openCall(2038);
		long plan = this.journeys.start(call, "region-gwangju");
		this.journeys.save(plan, "region-gwangju", "tasks", "rows[0].name", "첫 과제");
		// a save that changes only rows below the plan still moves its version
		String read = String.valueOf(this.journeys.version(plan));
		this.mvc
			.perform(section(plan, "region-gwangju", "targets", "version", read, "rows[0].metric", "JOBS_CREATED",
					"rows[0].asWritten", "ALPHA"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.journeys.version(plan)).isGreaterThan(Long.parseLong(read));
		Document conflict = read(section(plan, "region-gwangju", "targets", "version", read, "rows[0].metric",
				"JOBS_CREATED", "rows[0].asWritten", "BRAVO"));
		assertThat(conflict.select("#conflict").text()).contains("그사이 다른 담당자가 이 계획을 저장했습니다", "region-gwangju");
		assertThat(conflict.select("input[name=rows[0].asWritten]").val()).isEqualTo("BRAVO");
		assertThat(conflict.select(".stored").text()).contains("ALPHA");
		assertThat(conflict.select("input[name=version]").val()).isEqualTo(String.valueOf(this.journeys.version(plan)));
		this.mvc
			.perform(section(plan, "region-gwangju", "targets", "version", read, "rows[0].metric", "JOBS_CREATED",
					"rows[0].asWritten", "BRAVO"))
			.andExpect(status().isConflict());
		// a project, two levels below the plan, the same
		String before = String.valueOf(this.journeys.version(plan));
		this.mvc.perform(this.journeys.project(plan, "region-gwangju", 1, "name", "ALPHA 사업"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(this.journeys.project(plan, "region-gwangju", 1, "name", "BRAVO 사업", "version", before))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("BRAVO 사업")));
		assertThat(this.jdbc.queryForList("""
				select coalesce(t.as_written, '') from plan_target t where t.plan_id = ?
				union all select q.name from plan_requested_project q join plan_key_task k on k.id = q.key_task_id
				where k.plan_id = ?""", String.class, plan, plan)).containsExactlyInAnyOrder("ALPHA", "ALPHA 사업");
	}

	@Test
	void aSubmissionAfterTheDeadlineIsRefusedAndTheDraftIsKept() throws Exception {
		long call = this.journeys.openCall(2039);
		long plan = this.journeys.start(call, "region-jeonnam");
		this.journeys.complete(plan, "region-jeonnam", "여수국가산단", "마감 뒤에 쓴 비전");
		this.jdbc.update("update proposal_call set closes_at = now() - interval '1 minute' where id = ?", call);
		this.journeys.submit(plan, "region-jeonnam")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("접수 마감이 지나 제출할 수 없습니다.")));
		assertThat(this.jdbc.queryForMap("select status, vision from innovation_plan where id = ?", plan))
			.containsEntry("status", "DRAFT")
			.containsEntry("vision", "마감 뒤에 쓴 비전");
	}

}
