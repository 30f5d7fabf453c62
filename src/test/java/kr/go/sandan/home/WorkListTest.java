package kr.go.sandan.home;

import java.util.List;

import jakarta.servlet.http.Cookie;

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
 * Each person's work list on {@code /me} and the notifications that feed it (issue #17):
 * regions see the revisions asked of them and the calls' deadlines; ministry officers the
 * plans resubmitted, evaluations whose sheets are all in and decisions waiting to be
 * published; evaluators their sheets to do and reopened, with their own total. Each event
 * notifies each person once.
 */
class WorkListTest extends WorkflowTestSupport {

	private static final int YEAR = 2084;

	private long notifications(String username, String eventKeyLike) {
		return this.jdbc.queryForObject("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.username = ? and n.event_key like ?""", Long.class, username, eventKeyLike);
	}

	@Test
	void everyRoleFindsWhatWaitsForItOnItsStartPageAndIsToldOnce() throws Exception {
		this.evaluations.evaluator("i17-eval-a", "가람 위원", "SEOUL", "한국산업연구원");
		this.evaluations.evaluator("i17-eval-b", "나래 위원", "SEOUL", "국토연구원");
		long call = this.journeys.openCall(YEAR, "혁신계획 타당성", "40", "거점·연계지역 적절성", "30", "지역진단 전략성", "20", "성과목표 실현가능성",
				"10");

		// a region sees the open call with its deadline
		Document region = pageAs("/me", "region-busan");
		assertThat(region.select("#region-home .open-call")
			.stream()
			.filter((block) -> block.text().contains(YEAR + "년 (84차) 지역선정 공모"))
			.findFirst()
			.orElseThrow()
			.select(".call-deadline")
			.text()).startsWith("접수 마감: ").endsWith("(한국 시간)");
		long busan = this.journeys.start(call, "region-busan");
		this.journeys.completeAndSubmit(busan, "region-busan", "명지녹산국가산업단지", "부산의 비전");
		long daegu = this.journeys.start(call, "region-daegu");
		this.journeys.completeAndSubmit(daegu, "region-daegu", "성서일반산단", "대구의 비전");

		// an empty revision request is refused beside the form, not ignored
		Cookie session = this.mvc
			.perform(post("/plans/" + busan + "/revision-request").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("comment.vision", "  "))
			.andExpect(redirectedUrl("/plans/" + busan + "#revision-form"))
			.andExpect(flash().attribute("reviewError", "review.error.noComment"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(Jsoup
			.parse(this.mvc.perform(get("/plans/" + busan).cookie(session).with(this.accounts.as("ministry")))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("#revision-form #review-error")
			.text()).isEqualTo("보완할 내용을 한 항목 이상 적어 주세요.");
		this.mvc
			.perform(post("/plans/" + busan + "/revision-request").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("comment.vision", "수출 전략을 담아 주세요."))
			.andExpect(status().is3xxRedirection());
		assertThat(pageAs("/me", "region-busan").select("#region-todo li").eachText())
			.anyMatch((line) -> line.contains(YEAR + "년 계획을 보완해 다시 제출하십시오."));

		// the region resubmits: every officer is told once and finds it on /me
		this.journeys.completeAndSubmit(busan, "region-busan", "명지녹산국가산업단지", "수출을 더한 부산의 비전");
		assertThat(notifications("ministry", "plan:" + busan + ":resubmitted:%")).isEqualTo(1);
		assertThat(pageAs("/me", "ministry").select("#ministry-todo .work-resubmitted").eachText())
			.contains("부산광역시 " + YEAR + "년 계획이 보완되어 다시 제출되었습니다. 검토하십시오.");
		assertThat(pageAs("/me?lang=en", "ministry")
			.select("#ministry-todo .work-resubmitted a[href=/plans/" + busan + "]")
			.text()).contains("Busan", String.valueOf(YEAR));
		assertThat(pageAs("/me", "region-busan").select("#region-todo li").eachText())
			.noneMatch((line) -> line.contains(YEAR + "년 계획을 보완해"));
		this.jdbc.update("update proposal_call set closes_at = now() - interval '1 minute' where id = ?", call);

		// evaluators are told when they are assigned, once, and when the evaluation
		// starts
		long panel = this.evaluations.panel(call, "i17-eval-a", "i17-eval-b");
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/assignments"))
				.param("cell", this.evaluations.accountId("i17-eval-a") + "_" + busan,
						this.evaluations.accountId("i17-eval-a") + "_" + daegu,
						this.evaluations.accountId("i17-eval-b") + "_" + busan,
						this.evaluations.accountId("i17-eval-b") + "_" + daegu))
			.andExpect(status().is3xxRedirection());
		assertThat(notifications("i17-eval-a", "evaluation:" + panel + ":member:%")).isEqualTo(1);
		assertThat(pageAs("/me", "i17-eval-a").select("#notifications-home li").eachText())
			.anyMatch((line) -> line.contains(YEAR + "년 84차 평가 평가위원으로 배정되었습니다."));
		this.evaluations.pledge(panel, "i17-eval-a");
		this.evaluations.pledge(panel, "i17-eval-b");
		this.evaluations.start(call);
		assertThat(notifications("i17-eval-b", "evaluation:" + panel + ":started")).isEqualTo(1);
		assertThat(pageAs("/me", "i17-eval-a").select("#evaluator-home .work-sheet").eachText())
			.containsExactlyInAnyOrder("부산광역시 평가표를 작성하십시오.", "대구광역시 평가표를 작성하십시오.");

		long sheet = this.evaluations.sheet(panel, "i17-eval-a", busan);
		this.mvc.perform(this.evaluations.score(call, sheet, "i17-eval-a", "save", "90", "80", "70", "60"))
			.andExpect(status().is3xxRedirection());
		// the evaluator sees the total the ranking will count: (90×40 + 80×30 + 70×20 +
		// 60×10) ÷ 100
		Document draft = pageAs("/evaluations/sheets/" + sheet, "i17-eval-a");
		assertThat(draft.getElementById("own-total").text()).isEqualTo("내 총점 (지표 점수의 가중 평균): 80.00점");
		this.mvc.perform(this.evaluations.score(call, sheet, "i17-eval-a", "submit", "90", "80", "70", "60"))
			.andExpect(redirectedUrl("/evaluations"));
		// a submitted sheet offers no buttons that look as if they could change it
		Document submitted = pageAs("/evaluations/sheets/" + sheet, "i17-eval-a");
		assertThat(submitted.select("button[name=action]")).isEmpty();
		assertThat(pageAs("/evaluations", "i17-eval-a").select(".evaluation-inbox tbody tr")
			.stream()
			.filter((row) -> row.text().contains("부산광역시"))
			.findFirst()
			.orElseThrow()
			.text()).contains("80.00");
		for (String[] pair : new String[][] { { "i17-eval-a", String.valueOf(daegu) },
				{ "i17-eval-b", String.valueOf(busan) }, { "i17-eval-b", String.valueOf(daegu) } }) {
			long other = this.evaluations.sheet(panel, pair[0], Long.parseLong(pair[1]));
			this.mvc.perform(this.evaluations.score(call, other, pair[0], "submit", "70", "70", "70", "70"))
				.andExpect(redirectedUrl("/evaluations"));
		}
		// each sheet is listed once, however many scores it holds (the sheets are read
		// joined to their scores)
		assertThat(pageAs("/evaluations", "i17-eval-b").select(".evaluation-inbox tbody th").eachText())
			.containsExactlyInAnyOrder("부산광역시", "대구광역시");
		// every counted sheet is in: the officers are told and can complete
		assertThat(notifications("ministry", "evaluation:" + panel + ":all-in:%")).isEqualTo(1);
		assertThat(pageAs("/me", "ministry").select("#ministry-todo .work-evaluation").eachText())
			.contains(YEAR + "년 84차 평가표 4건이 모두 제출되었습니다. 평가를 완료하십시오.");

		// a reopened sheet: the evaluator is told why and finds it on /me
		this.mvc
			.perform(this.evaluations
				.ministry(post("/ministry/calls/" + call + "/evaluation/sheets/" + sheet + "/reopen"))
				.param("reason", "지표 2 의견을 보강해 주세요 <b>&'"))
			.andExpect(flash().attribute("flashMessage", "evaluation.reopened"));
		assertThat(notifications("i17-eval-a", "evaluation-sheet:" + sheet + ":reopened:%")).isEqualTo(1);
		Document reopened = pageAs("/me", "i17-eval-a");
		assertThat(reopened.select("#evaluator-home .work-reopened").eachText()).singleElement()
			.asString()
			.contains("부산광역시 평가표가 다시 열렸습니다.", "지표 2 의견을 보강해 주세요");
		assertThat(pageAs("/me", "ministry").select("#ministry-todo .work-evaluation").eachText())
			.noneMatch((line) -> line.contains(YEAR + "년 84차"));
		// and in the inbox: the reason beside its status, the sheet to score again
		Document inbox = pageAs("/evaluations", "i17-eval-a");
		assertThat(inbox.select(".evaluation-inbox tr:has(a[href=/evaluations/sheets/" + sheet + "])")).singleElement()
			.satisfies((row) -> {
				// the reason as typed, text and not markup
				assertThat(row.select("td").get(0).text()).isEqualTo("작성 중 다시 열림: 지표 2 의견을 보강해 주세요 <b>&'");
				assertThat(row.select("td b")).isEmpty();
				assertThat(row.select("a").text()).isEqualTo("평가하기");
			});
		this.mvc.perform(this.evaluations.score(call, sheet, "i17-eval-a", "submit", "90", "80", "70", "60"))
			.andExpect(redirectedUrl("/evaluations"));
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/complete"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("flashMessage", "evaluation.completed"));

		// a recorded decision waits on the officers' list until it is published
		MockHttpServletRequestBuilder record = this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions"))
			.param("heldOn", YEAR + "-03-24")
			.param("chair", "국토교통부 제1차관")
			.param("outcome." + busan, "SELECTED")
			.param("rationale." + busan, "상위")
			.param("outcome." + daegu, "NOT_SELECTED")
			.param("rationale." + daegu, "하위");
		this.mvc.perform(record).andExpect(redirectedUrl("/ministry/calls/" + call + "/decisions"));
		assertThat(notifications("ministry", "meeting:%:recorded")).isGreaterThanOrEqualTo(1);
		List<String> decisions = pageAs("/me", "ministry").select("#ministry-todo .work-decision").eachText();
		assertThat(decisions).contains(YEAR + "년 84차 예비선정 결정이 기록되었습니다. 공개하십시오.");
		this.mvc.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions/publish")))
			.andExpect(status().is3xxRedirection());
		assertThat(pageAs("/me", "ministry").select("#ministry-todo .work-decision").eachText())
			.noneMatch((line) -> line.contains(YEAR + "년 84차"));
	}

}
