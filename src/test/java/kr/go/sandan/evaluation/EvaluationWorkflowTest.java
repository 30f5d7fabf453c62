package kr.go.sandan.evaluation;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import kr.go.sandan.support.PlanJourneys;
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
 * A call's evaluation through the real pages: the committee, conflicts of interest found
 * by the portal and declared by evaluators (before and after assignment), blind scoring,
 * final sheets and who may see what.
 */
class EvaluationWorkflowTest extends WorkflowTestSupport {

	@Autowired
	private Evaluations evaluationService;

	private Document page(String url, String who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private List<String> conflictRows(long call) throws Exception {
		return page("/ministry/calls/" + call + "/evaluation", "ministry").select("#conflict-table tbody tr")
			.stream()
			.map((row) -> row.select("th, td").eachText().subList(0, 3).toString())
			.toList();
	}

	@Test
	void conflictsFoundByThePortalAndDeclaredBeforeAndAfterAssignmentExcludeTheEvaluator() throws Exception {
		this.evaluations.evaluator("eval51-busan", "부산 연고 위원", "BUSAN", "서울대학교");
		this.evaluations.evaluator("eval51-gn", "경남 소속 위원", "SEOUL", "경남테크노파크");
		this.evaluations.evaluator("eval51-plain", "이해관계 없는 위원", "SEOUL", "한국산업연구원");
		this.evaluations.evaluator("eval51-late", "나중에 신고한 위원", "DAEJEON", "카이스트");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2051, "region-busan", "region-daegu",
				"region-gyeongnam");
		long busan = plans.get("region-busan");
		long daegu = plans.get("region-daegu");
		long gyeongnam = plans.get("region-gyeongnam");
		long call = this.evaluations.callOfYear(2051);
		long panel = this.evaluations.panel(call, "eval51-busan", "eval51-gn", "eval51-plain", "eval51-late");

		// found by the portal as soon as the evaluators are assigned, before anyone signs
		assertThat(conflictRows(call)).containsExactlyInAnyOrder("[부산 연고 위원, 부산광역시, 연고 지역이 신청 지역]",
				"[경남 소속 위원, 경상남도, 소속 기관이 신청 지역]");
		Document matrix = page("/ministry/calls/" + call + "/evaluation", "ministry");
		assertThat(matrix.select("#assignment-matrix input[type=checkbox][checked]")).hasSize(10);
		assertThat(matrix.select("#assignment-matrix .bg-light-danger")).hasSize(2);

		// declared in the pledge, before assignment is final
		this.evaluations.pledge(panel, "eval51-plain", daegu);
		assertThat(conflictRows(call)).contains("[이해관계 없는 위원, 대구광역시, 본인 신고]");
		this.evaluations.pledge(panel, "eval51-busan");
		this.evaluations.pledge(panel, "eval51-gn");

		// before signing, an evaluator is taken to the pledge and sees no plan
		this.evaluations.start(call);
		assertThat(this.evaluations.stage(call)).isEqualTo("IN_PROGRESS");
		long lateOnBusan = this.evaluations.sheet(panel, "eval51-late", busan);
		this.mvc.perform(get("/evaluations/sheets/" + lateOnBusan).with(this.accounts.as("eval51-late")))
			.andExpect(redirectedUrl("/evaluations/" + panel + "/pledge"));
		this.mvc.perform(get("/evaluations").with(this.accounts.as("eval51-late")))
			.andExpect(content().string(containsString("서약을 해 주십시오")))
			.andExpect(content().string(not(containsString("/evaluations/sheets/"))));
		this.evaluations.pledge(panel, "eval51-late");

		// excluded evaluators never open those plans: not even their existence as a sheet
		this.mvc
			.perform(get("/evaluations/sheets/" + this.evaluations.sheet(panel, "eval51-busan", busan))
				.with(this.accounts.as("eval51-busan")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/evaluations/sheets/" + this.evaluations.sheet(panel, "eval51-plain", daegu))
				.with(this.accounts.as("eval51-plain")))
			.andExpect(status().isNotFound());
		Document inbox = page("/evaluations", "eval51-busan");
		assertThat(inbox.select(".evaluation-inbox a").eachAttr("href")).hasSize(2)
			.noneMatch((href) -> href.endsWith("/" + this.evaluations.sheet(panel, "eval51-busan", busan)));
		assertThat(inbox.select(".evaluation-inbox .bg-light-danger").eachText()).containsExactly("제척");

		// the plan is read as submitted
		this.mvc.perform(get("/evaluations/sheets/" + lateOnBusan).with(this.accounts.as("eval51-late")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("region-busan의 비전 2051")));

		// with its documents, which the excluded evaluator cannot fetch either
		Document reading = page("/evaluations/sheets/" + lateOnBusan, "eval51-late");
		String document = reading.select("#sheet-documents a").attr("href");
		assertThat(reading.select("#sheet-documents a").text()).isEqualTo("혁신계획서.pdf");
		assertThat(this.mvc.perform(get(document).with(this.accounts.as("eval51-late")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(PlanJourneys.PDF);
		String excludedDocument = document.replace("/sheets/" + lateOnBusan + "/",
				"/sheets/" + this.evaluations.sheet(panel, "eval51-busan", busan) + "/");
		this.mvc.perform(get(excludedDocument).with(this.accounts.as("eval51-busan"))).andExpect(status().isNotFound());

		// declared after assignment and after entering scores: excluded at once, scores
		// dropped
		this.mvc.perform(this.evaluations.score(call, lateOnBusan, "eval51-late", "submit", "90", "90", "90", "90"))
			.andExpect(redirectedUrl("/evaluations"));
		this.mvc
			.perform(post("/evaluations/sheets/" + lateOnBusan + "/conflict").with(csrf())
				.with(this.accounts.as("eval51-late"))
				.param("detail", "평가 중 부산시 자문 이력 확인"))
			.andExpect(flash().attribute("flashMessage", "evaluation.conflict.declared"));
		this.mvc.perform(get("/evaluations/sheets/" + lateOnBusan).with(this.accounts.as("eval51-late")))
			.andExpect(status().isNotFound());
		assertThat(conflictRows(call)).contains("[나중에 신고한 위원, 부산광역시, 본인 신고]");
		Document ranking = page("/ministry/calls/" + call + "/evaluation/ranking", "ministry");
		assertThat(ranking.select("#ranking tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals("부산광역시"))
			.findFirst()
			.orElseThrow()
			.select("td")
			.get(6)
			.text()).as("nobody's sheet counts for 부산 yet").isEqualTo("0");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'EVALUATION_CONFLICT_DECLARED' and object_id = ?",
				Integer.class, String.valueOf(lateOnBusan)))
			.isEqualTo(1);

		// the plans are locked under evaluation
		assertThat(this.jdbc.queryForList("select status from innovation_plan where id in (?, ?, ?)", String.class,
				busan, daegu, gyeongnam))
			.containsOnly("UNDER_EVALUATION");
	}

	@Test
	void whoMayOpenWhat() throws Exception {
		this.evaluations.evaluator("eval52-a", "가 위원", "SEOUL", "가 대학교");
		this.evaluations.evaluator("eval52-b", "나 위원", "SEOUL", "나 연구원");
		this.evaluations.evaluator("eval52-outsider", "위원회 밖 위원", "SEOUL", "다 연구원");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2052, "region-incheon", "region-gwangju");
		long call = this.evaluations.callOfYear(2052);
		long panel = this.evaluations.panel(call, "eval52-a", "eval52-b");
		// 가 evaluates 인천 only
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/assignments"))
				.param("cell", this.evaluations.accountId("eval52-a") + "_" + plans.get("region-incheon"))
				.param("cell", this.evaluations.accountId("eval52-b") + "_" + plans.get("region-incheon"))
				.param("cell", this.evaluations.accountId("eval52-b") + "_" + plans.get("region-gwangju")))
			.andExpect(flash().attribute("flashMessage", "evaluation.assigned"));
		// nobody sees a plan before the evaluation starts
		this.evaluations.pledge(panel, "eval52-a");
		this.evaluations.pledge(panel, "eval52-b");
		long bOnIncheon = this.evaluations.sheet(panel, "eval52-b", plans.get("region-incheon"));
		this.mvc.perform(get("/evaluations/sheets/" + bOnIncheon).with(this.accounts.as("eval52-b")))
			.andExpect(status().isNotFound());
		this.evaluations.start(call);

		this.mvc.perform(this.evaluations.score(call, bOnIncheon, "eval52-b", "save", "77.5", null, null, null))
			.andExpect(status().is3xxRedirection());
		// another evaluator's sheet, an unassigned plan, a stranger to the committee: not
		// found
		this.mvc.perform(get("/evaluations/sheets/" + bOnIncheon).with(this.accounts.as("eval52-a")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.evaluations.score(call, bOnIncheon, "eval52-a", "submit", "0", "0", "0", "0"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForList("select score from evaluation_score where sheet_id = ?", String.class,
				bOnIncheon))
			.containsExactly("77.5");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from evaluation_sheet where panel_id = ? and account_id = ? and plan_id = ?",
				Integer.class, panel, this.evaluations.accountId("eval52-a"), plans.get("region-gwangju")))
			.isZero();
		this.mvc.perform(get("/evaluations/" + panel + "/pledge").with(this.accounts.as("eval52-outsider")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluations/sheets/" + bOnIncheon).with(this.accounts.as("eval52-outsider")))
			.andExpect(status().isNotFound());
		// blind: 가 sees only their own sheet; nobody but the ministry sees the board
		long aOnIncheon = this.evaluations.sheet(panel, "eval52-a", plans.get("region-incheon"));
		this.mvc.perform(get("/evaluations/sheets/" + aOnIncheon).with(this.accounts.as("eval52-a")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("77.5"))))
			.andExpect(content().string(not(containsString("eval52-b 종합 의견"))));
		for (String who : List.of("eval52-a", "region-incheon")) {
			this.mvc.perform(get("/ministry/calls/" + call + "/evaluation/ranking").with(this.accounts.as(who)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/ministry/calls/" + call + "/evaluation/ranking.xlsx").with(this.accounts.as(who)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/evaluations").with(this.accounts.as("region-incheon")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/evaluations/sheets/" + aOnIncheon).with(this.accounts.as("ministry")))
			.andExpect(status().isForbidden());
		// the ministry's actions need the ministry role and a CSRF token
		this.mvc
			.perform(post("/ministry/calls/" + call + "/evaluation/sheets/" + bOnIncheon + "/reopen").with(csrf())
				.with(this.accounts.as("eval52-b"))
				.param("reason", "스스로 다시 열기"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/ministry/calls/" + call + "/evaluation/complete").with(this.accounts.as("ministry"))
				.param("version", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void scoresAreSavedCheckedSubmittedFinalAndReopenedOnlyByTheMinistry() throws Exception {
		this.evaluations.evaluator("eval53-a", "가 위원", "SEOUL", "가 대학교");
		this.evaluations.evaluator("eval53-b", "나 위원", "SEOUL", "나 연구원");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2053, "region-gyeonggi");
		long plan = plans.get("region-gyeonggi");
		long call = this.evaluations.callOfYear(2053);
		long panel = this.evaluations.panel(call, "eval53-a", "eval53-b");
		this.evaluations.pledge(panel, "eval53-a");
		this.evaluations.pledge(panel, "eval53-b");
		this.evaluations.start(call);
		long sheet = this.evaluations.sheet(panel, "eval53-a", plan);
		List<Long> indicators = this.evaluations.indicators(call);

		// a draft may be incomplete; it is there when the evaluator comes back
		this.mvc.perform(this.evaluations.score(call, sheet, "eval53-a", "save", "85", "70.5", null, null))
			.andExpect(redirectedUrl("/evaluations/sheets/" + sheet));
		Document draft = page("/evaluations/sheets/" + sheet, "eval53-a");
		assertThat(draft.getElementById("score-" + indicators.get(0)).val()).isEqualTo("85");
		assertThat(draft.getElementById("score-" + indicators.get(1)).val()).isEqualTo("70.5");
		assertThat(draft.getElementById("score-" + indicators.get(2)).val()).isEmpty();
		assertThat(draft.getElementById("sheet-status").text()).isEqualTo("작성 중");

		// bad input: a message beside the field, nothing changed, what was typed kept
		Document refused = Jsoup
			.parse(this.mvc.perform(this.evaluations.score(call, sheet, "eval53-a", "submit", "85", "101", "abc", null))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(refused.getElementById("score-error-" + indicators.get(1)).text())
			.isEqualTo("0부터 100까지의 숫자를 소수점 한 자리까지 입력해 주십시오.");
		assertThat(refused.getElementById("score-error-" + indicators.get(2)).text())
			.isEqualTo("0부터 100까지의 숫자를 소수점 한 자리까지 입력해 주십시오.");
		assertThat(refused.getElementById("score-error-" + indicators.get(3)).text()).isEqualTo("점수를 입력해 주십시오.");
		assertThat(refused.getElementById("score-" + indicators.get(1)).val()).isEqualTo("101");
		assertThat(refused.getElementById("score-" + indicators.get(1)).attr("aria-invalid")).isEqualTo("true");
		this.mvc.perform(this.evaluations.score(call, sheet, "eval53-a", "submit", "85", "70.55", "60", "60"))
			.andExpect(content().string(containsString("소수점 한 자리까지")));
		assertThat(scores(sheet)).containsExactly("85.0", "70.5");

		// a stale form is a conflict, never an overwrite
		long stale = this.evaluations.sheetVersion(sheet) - 1;
		this.mvc
			.perform(post("/evaluations/sheets/" + sheet).with(csrf())
				.with(this.accounts.as("eval53-a"))
				.param("action", "save")
				.param("version", String.valueOf(stale))
				.param("score." + indicators.get(0), "11"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("다른 사람이 먼저 바꾸었습니다")))
			.andExpect(content().string(containsString("value=\"11\"")));
		assertThat(scores(sheet)).containsExactly("85.0", "70.5");

		// submitted: final for the evaluator
		this.mvc.perform(this.evaluations.score(call, sheet, "eval53-a", "submit", "85", "70.5", "60", "95"))
			.andExpect(redirectedUrl("/evaluations"));
		assertThat(sheetStatus(sheet)).isEqualTo("SUBMITTED");
		this.mvc.perform(this.evaluations.score(call, sheet, "eval53-a", "save", "10", "10", "10", "10"))
			.andExpect(content().string(containsString("이미 제출한 평가표는 바꿀 수 없습니다")));
		assertThat(scores(sheet)).containsExactly("85.0", "70.5", "60.0", "95.0");
		assertThat(page("/evaluations/sheets/" + sheet, "eval53-a").select("fieldset[disabled] input.score-input"))
			.hasSize(4);

		// the evaluation cannot complete while a sheet is outstanding
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/complete"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("evaluationError", "아직 제출되지 않은 평가표가 1건 있습니다."));

		// only the ministry reopens, and only with a reason
		String reopen = "/ministry/calls/" + call + "/evaluation/sheets/" + sheet + "/reopen";
		this.mvc.perform(this.evaluations.ministry(post(reopen)).param("reason", " "))
			.andExpect(flash().attribute("evaluationError", "다시 여는 사유를 적어 주십시오."));
		assertThat(sheetStatus(sheet)).isEqualTo("SUBMITTED");
		this.mvc.perform(this.evaluations.ministry(post(reopen)).param("reason", "지표 4 점수 확인 요청"))
			.andExpect(flash().attribute("flashMessage", "evaluation.reopened"));
		assertThat(sheetStatus(sheet)).isEqualTo("DRAFT");
		assertThat(this.jdbc.queryForObject("""
				select detail || ' / ' || actor from audit_event where action = 'EVALUATION_SHEET_REOPENED'
				and object_id = ?""", String.class, String.valueOf(sheet))).isEqualTo("지표 4 점수 확인 요청 / ministry");
		this.mvc.perform(get("/evaluations/sheets/" + sheet).with(this.accounts.as("eval53-a")))
			.andExpect(content().string(containsString("사유: 지표 4 점수 확인 요청")));
		this.mvc.perform(this.evaluations.score(call, sheet, "eval53-a", "submit", "85", "70.5", "60", "75"))
			.andExpect(redirectedUrl("/evaluations"));

		long other = this.evaluations.sheet(panel, "eval53-b", plan);
		this.mvc.perform(this.evaluations.score(call, other, "eval53-b", "submit", "80", "80", "80", "80"))
			.andExpect(redirectedUrl("/evaluations"));
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/complete"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("flashMessage", "evaluation.completed"));
		assertThat(this.evaluations.stage(call)).isEqualTo("COMPLETED");
		// after completion nothing reopens and nothing changes
		this.mvc.perform(this.evaluations.ministry(post(reopen)).param("reason", "너무 늦은 요청"))
			.andExpect(flash().attribute("evaluationError", "평가 중일 때만 할 수 있습니다."));

		// the region sees nothing until the decisions are published, then its own result
		String result = "/plans/" + plan + "/evaluation";
		this.mvc.perform(get(result).with(this.accounts.as("region-gyeonggi"))).andExpect(status().isNotFound());
		this.accounts.signedIn("ministry", () -> {
			this.evaluationService.publishResults(call);
			return null;
		});
		Document published = page(result, "region-gyeonggi");
		// totals 74.65 and 80 (weights 40/30/20/10); two totals: the plain mean 77.325
		assertThat(published.getElementById("result-score").text()).startsWith("계획 점수 77.33점");
		assertThat(published.select("#result-indicators tbody tr")
			.stream()
			.map((row) -> row.selectFirst("th").text() + " " + row.select("td").get(1).text())
			.toList()).containsExactly("혁신계획 타당성 82.50", "거점·연계지역 적절성 75.25", "지역진단 전략성 70.00", "성과목표 실현가능성 77.50");
		assertThat(published.select("#result-opinions li").eachText()).hasSize(2);
		assertThat(published.text()).doesNotContain("가 위원", "나 위원");
		for (String who : List.of("region-busan", "eval53-a")) {
			this.mvc.perform(get(result).with(this.accounts.as(who))).andExpect(status().isNotFound());
		}
		this.mvc.perform(get(result)).andExpect(status().isNotFound());
		this.mvc.perform(get("/me").with(this.accounts.as("region-gyeonggi")))
			.andExpect(content().string(containsString("/plans/" + plan + "/evaluation")));
		assertThat(this.jdbc.queryForList("select action from audit_event where object_type = 'evaluation_sheet' "
				+ "and object_id = ? order by id", String.class, String.valueOf(sheet)))
			.containsExactly("EVALUATION_SHEET_SAVED", "EVALUATION_SHEET_SUBMITTED", "EVALUATION_SHEET_REOPENED",
					"EVALUATION_SHEET_SUBMITTED");
	}

	@Test
	void theEvaluationStartsWhenTheCallHasClosedAndCompletesWhenEveryPlanHasCountedScores() throws Exception {
		this.evaluations.evaluator("eval54-busan", "부산 연고 위원", "BUSAN", "부산대학교");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2054, "region-busan", "region-daegu");
		long call = this.evaluations.callOfYear(2054);
		this.evaluations.panel(call, "eval54-busan");
		this.jdbc.update("update proposal_call set closes_at = now() + interval '1 day' where id = ?", call);
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/start"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("evaluationError", "공모 접수가 아직 마감되지 않았습니다. 마감 후에 평가를 시작하십시오."));
		this.jdbc.update("update proposal_call set closes_at = now() - interval '1 minute' where id = ?", call);
		// the only evaluator is excluded from 부산 by home region
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/start"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("evaluationError", "제척되지 않은 평가위원이 배정되지 않은 계획이 있습니다: 부산광역시"));
		assertThat(this.evaluations.stage(call)).isEqualTo("FORMING");
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class,
				plans.get("region-busan")))
			.isEqualTo("SUBMITTED");
		// bad rules are refused beside their field and change nothing
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/rules"))
				.param("aggregation", "MEAN")
				.param("divergenceThreshold", "abc")
				.param("outlierThreshold", "8")
				.param("minimumEvaluators", "1")
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("숫자로 적어 주세요")));
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/rules"))
				.param("aggregation", "MEAN")
				.param("divergenceThreshold", "12.5")
				.param("outlierThreshold", "0")
				.param("minimumEvaluators", "1")
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"outlierThreshold-hint\">0보다 커야 합니다.")));
		assertThat(this.jdbc.queryForObject("select aggregation from evaluation_panel where call_id = ?", String.class,
				call))
			.isEqualTo("TRIMMED_MEAN");
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/rules"))
				.param("aggregation", "MEAN")
				.param("divergenceThreshold", "12.5")
				.param("outlierThreshold", "8")
				.param("minimumEvaluators", "1")
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("flashMessage", "evaluation.rulesSaved"));
		// a stale start (someone changed the rules meanwhile) is refused
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/start"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call) - 1)))
			.andExpect(flash().attribute("evaluationError", "다른 담당자가 먼저 바꾸었습니다. 최신 내용을 확인한 뒤 다시 시도하십시오."));
		assertThat(this.jdbc.queryForObject(
				"select aggregation || ' ' || divergence_threshold || ' ' || outlier_threshold from evaluation_panel where call_id = ?",
				String.class, call))
			.isEqualTo("MEAN 12.50 8.00");

		// a second evaluator covers 부산; the evaluation starts
		this.evaluations.evaluator("eval54-seoul", "서울 위원", "SEOUL", "한국개발연구원");
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/members"))
				.param("accountId", String.valueOf(this.evaluations.accountId("eval54-seoul"))))
			.andExpect(flash().attribute("flashMessage", "evaluation.membersAdded"));
		this.evaluations.start(call);
		assertThat(this.evaluations.stage(call)).isEqualTo("IN_PROGRESS");
		long panel = this.evaluations.panelId(call);
		this.evaluations.pledge(panel, "eval54-busan");
		this.evaluations.pledge(panel, "eval54-seoul");
		long busan = plans.get("region-busan");
		long daegu = plans.get("region-daegu");
		// then withdraws from 부산: nobody's scores count for it
		this.mvc
			.perform(post("/evaluations/sheets/" + this.evaluations.sheet(panel, "eval54-seoul", busan) + "/conflict")
				.with(csrf())
				.with(this.accounts.as("eval54-seoul"))
				.param("detail", "부산시 자문위원 위촉 사실 확인"))
			.andExpect(redirectedUrl("/evaluations"));
		for (String evaluator : List.of("eval54-busan", "eval54-seoul")) {
			this.mvc
				.perform(this.evaluations.score(call, this.evaluations.sheet(panel, evaluator, daegu), evaluator,
						"submit", "70", "70", "70", "70"))
				.andExpect(redirectedUrl("/evaluations"));
		}
		String complete = "/ministry/calls/" + call + "/evaluation/complete";
		this.mvc
			.perform(this.evaluations.ministry(post(complete))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("evaluationError", "반영할 평가표가 없는 계획이 있습니다: 부산광역시. 평가위원을 추가해 평가를 받으십시오."));
		assertThat(page("/ministry/calls/" + call + "/evaluation/ranking", "ministry").select("#ranking tbody tr")
			.last()
			.text()).contains("부산광역시", "반영된 평가 없음");

		// a replacement evaluator joins during the evaluation, reads the same version,
		// scores
		this.evaluations.evaluator("eval54-daejeon", "대전 위원", "DAEJEON", "한국기계연구원");
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/members"))
				.param("accountId", String.valueOf(this.evaluations.accountId("eval54-daejeon"))))
			.andExpect(flash().attribute("flashMessage", "evaluation.membersAdded"));
		this.evaluations.pledge(panel, "eval54-daejeon");
		for (long plan : List.of(busan, daegu)) {
			long sheet = this.evaluations.sheet(panel, "eval54-daejeon", plan);
			assertThat(this.jdbc.queryForObject("select plan_version from evaluation_sheet where id = ?", Integer.class,
					sheet))
				.isEqualTo(1);
			this.mvc.perform(this.evaluations.score(call, sheet, "eval54-daejeon", "submit", "80", "80", "80", "80"))
				.andExpect(redirectedUrl("/evaluations"));
		}
		// the board the officer reads again is the new one (it is kept rendered only
		// until a
		// change)
		assertThat(
				page("/ministry/calls/" + call + "/evaluation/ranking", "ministry").select("#ranking tbody tr").text())
			.doesNotContain("반영된 평가 없음");
		this.mvc
			.perform(this.evaluations.ministry(post(complete))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("flashMessage", "evaluation.completed"));
		// nobody joins or leaves a completed committee
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/members"))
				.param("accountId", String.valueOf(this.evaluations.accountId("eval51-plain"))))
			.andExpect(flash().attribute("evaluationError", "평가가 이미 완료되었습니다."));
	}

	private List<String> scores(long sheet) {
		return this.jdbc.queryForList("""
				select s.score from evaluation_score s join evaluation_indicator i on i.id = s.indicator_id
				where s.sheet_id = ? order by i.position""", String.class, sheet);
	}

	private String sheetStatus(long sheet) {
		return this.jdbc.queryForObject("select status from evaluation_sheet where id = ?", String.class, sheet);
	}

}
