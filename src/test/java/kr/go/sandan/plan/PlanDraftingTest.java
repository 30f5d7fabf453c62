package kr.go.sandan.plan;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Regional staff answer an open call: they start their plan, save it incomplete, are told
 * what a submission still lacks, and submit; the submitted plan is locked and kept as a
 * version. Other regions cannot see or touch it; a closed call refuses the submission but
 * keeps the draft.
 */
class PlanDraftingTest extends WorkflowTestSupport {

	private long openCall(int year) throws Exception {
		return this.journeys.openCall(year);
	}

	private long start(long callId, String who) throws Exception {
		return this.journeys.start(callId, who);
	}

	private long version(long planId) {
		return this.journeys.version(planId);
	}

	private long complex(String name) {
		return this.journeys.complex(name);
	}

	private MockMultipartHttpServletRequestBuilder edit(long planId, String who, String action, String... fields) {
		return this.journeys.edit(planId, who, action, fields);
	}

	@Test
	void aRegionDraftsSavesIncompleteIsToldWhatIsMissingAndSubmits() throws Exception {
		long call = openCall(2036);
		long plan = start(call, "region-daegu");
		this.mvc.perform(get("/plans/" + plan + "/edit").with(this.accounts.as("region-daegu")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("대구광역시 산단혁신계획 작성 (2036년)"),
					containsString("제출 전에 채워야 할 항목"), containsString("성서일반산단"))));

		// an incomplete draft saves
		this.mvc.perform(edit(plan, "region-daegu", "save", "vision", "뿌리산업의 디지털 전환 거점"))
			.andExpect(redirectedUrlPattern("/plans/*/edit"));
		assertThat(this.jdbc.queryForObject("select vision from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("뿌리산업의 디지털 전환 거점");

		// submitting it says what is missing, next to each section, and keeps what was
		// typed
		this.mvc
			.perform(edit(plan, "region-daegu", "submit", "vision", "뿌리산업의 디지털 전환 거점", "governance", "대구시 산단 대개조 추진단"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("빠진 항목이 있어 제출하지 않았습니다."),
					containsString("제출하려면 거점산단을 골라 주세요."), containsString("제출하려면 목표를 하나 이상 적어 주세요."),
					containsString("제출하려면 지역 진단을 적어 주세요."), containsString("제출하려면 중점과제와 신청 사업을 하나 이상 적어 주세요."))));
		assertThat(this.jdbc.queryForMap("select status, governance from innovation_plan where id = ?", plan))
			.containsEntry("status", "DRAFT")
			.containsEntry("governance", "대구시 산단 대개조 추진단");

		// a target row without a metric is explained and saves nothing
		this.mvc.perform(edit(plan, "region-daegu", "save", "targets[0].value", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("지표를 골라 주세요.")));

		this.mvc
			.perform(edit(plan, "region-daegu", "submit", "vision", "뿌리산업의 디지털 전환 거점", "mainIndustries", "기계, 자동차부품",
					"hubComplexId", String.valueOf(complex("성서일반산단")), "governance", "대구시 산단 대개조 추진단", "diagnosis",
					"뿌리업종 비중이 높고 노후화가 심함\n청년 고용이 줄어듦", "targets[0].metric", "JOBS_CREATED", "targets[0].value", "0.5",
					"targets[0].unit", "만명", "targets[0].targetYear", "2039", "targets[1].metric",
					"PRODUCTION_INCREASE", "targets[1].value", "2.1", "targets[1].unit", "조원", "targets[1].asWritten",
					"생산액 2.1조원 증대", "tasks[0]", "뿌리산업 디지털 전환", "tasks[1]", "근로환경 개선", "projects[0].task", "1",
					"projects[0].name", "스마트공장 고도화", "projects[0].leadMinistry", "MSS", "projects[0].newlyProposed",
					"true", "projects[0].amounts[0]", "1200", "projects[0].amounts[1]", "300", "projects[0].amounts[3]",
					"1500", "projects[1].task", "2", "projects[1].name", "통근버스 운영", "projects[1].leadMinistry", "MOEL",
					"projects[1].amounts[4]", "200")
				.file(new MockMultipartFile("file", "대구 혁신계획서.pdf", "application/pdf", PlanJourneys.PDF))
				.param("document", "산단혁신계획서"))
			.andExpect(redirectedUrlPattern("/plans/*"));
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
					"PLAN_ATTACHMENT_ADDED", "PLAN_SUBMITTED");

		this.mvc.perform(get("/plans/" + plan + "/edit").with(this.accounts.as("region-daegu")))
			.andExpect(redirectedUrlPattern("/plans/*"));
		// locked: a further edit is refused and changes nothing; the version cannot be
		// rewritten
		this.mvc.perform(edit(plan, "region-daegu", "save", "vision", "바꾼 비전"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("제출한 계획은 바꿀 수 없습니다.")));
		assertThat(this.jdbc.queryForObject("select vision from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("뿌리산업의 디지털 전환 거점");
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
	void submittingAnEmptyDraftExplainsEverySectionBesideItsField() throws Exception {
		long call = openCall(2049);
		long plan = start(call, "region-ulsan");
		String page = this.mvc.perform(edit(plan, "region-ulsan", "submit"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
		assertThat(html.select("#hubComplexId-hint").text()).isEqualTo("제출하려면 거점산단을 골라 주세요.");
		assertThat(html.select("#mainIndustries-hint").text()).isEqualTo("제출하려면 주력업종을 하나 이상 적어 주세요.");
		assertThat(html.select("#vision-hint").text()).isEqualTo("제출하려면 비전을 적어 주세요.");
		assertThat(html.select("#targets .form-hint-invalid").text()).isEqualTo("제출하려면 목표를 하나 이상 적어 주세요.");
		assertThat(html.select("#projects ~ fieldset .form-hint-invalid").text())
			.contains("제출하려면 중점과제와 신청 사업을 하나 이상 적어 주세요.");
		assertThat(html.select("#governance-hint").text()).isEqualTo("제출하려면 추진체계를 적어 주세요.");
		assertThat(html.select("#diagnosis-hint").text()).isEqualTo("제출하려면 지역 진단을 적어 주세요.");
		// the seven sections and the call's required document
		assertThat(html.select("#completeness li")).hasSize(8);
		assertThat(html.select("#completeness li").last().text()).isEqualTo("제출 서류: 산단혁신계획서");
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("DRAFT");
	}

	@Test
	void anotherRegionCanNeitherReadNorChangeADraft() throws Exception {
		long call = openCall(2037);
		long plan = start(call, "region-incheon");
		this.mvc.perform(edit(plan, "region-incheon", "save", "vision", "인천의 비전"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/plans/" + plan + "/edit").with(this.accounts.as("region-busan")))
			.andExpect(status().isNotFound());
		this.mvc.perform(edit(plan, "region-busan", "save", "vision", "남의 계획을 고침")).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + plan + "/edit").with(this.accounts.as("ministry")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select vision from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("인천의 비전");
	}

	@Test
	void twoPeopleSavingTheSameDraftAreToldOfTheConflict() throws Exception {
		long call = openCall(2038);
		long plan = start(call, "region-gwangju");
		String read = String.valueOf(version(plan));
		this.mvc.perform(edit(plan, "region-gwangju", "save", "version", read, "vision", "첫 번째 담당자의 비전"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(edit(plan, "region-gwangju", "save", "version", read, "vision", "두 번째 담당자의 비전"))
			.andExpect(status().isConflict())
			.andExpect(content()
				.string(allOf(containsString("그사이 같은 지역의 다른 담당자가 이 계획을 저장했습니다"), containsString("두 번째 담당자의 비전"))));
		assertThat(this.jdbc.queryForObject("select vision from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("첫 번째 담당자의 비전");
	}

	@Test
	void aSubmissionAfterTheDeadlineIsRefusedAndTheDraftIsKept() throws Exception {
		long call = openCall(2039);
		long plan = start(call, "region-jeonnam");
		this.jdbc.update("update proposal_call set closes_at = now() - interval '1 minute' where id = ?", call);
		this.mvc
			.perform(edit(plan, "region-jeonnam", "submit", "vision", "마감 뒤에 쓴 비전", "mainIndustries", "석유화학",
					"hubComplexId", String.valueOf(complex("여수국가산단")), "governance", "전남 추진단", "diagnosis", "석유화학 편중",
					"targets[0].metric", "JOBS_CREATED", "targets[0].value", "1", "targets[0].unit", "만명"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("접수 마감이 지나 제출할 수 없습니다.")));
		assertThat(this.jdbc.queryForMap("select status, vision from innovation_plan where id = ?", plan))
			.containsEntry("status", "DRAFT")
			.containsEntry("vision", "마감 뒤에 쓴 비전");
	}

}
