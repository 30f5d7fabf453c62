package kr.go.sandan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.go.sandan.support.FormFuzzer;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms of the evaluation and the committee's decisions, along one call from the
 * committee to the designation, each posted field by field with garbage
 * ({@link FormFuzzer}): not one answer is a server error, and every refusal comes back on
 * its page with a message.
 */
class WorkflowFormFuzzTest extends WorkflowTestSupport {

	private static final int YEAR = 2095;

	private final List<FormFuzzer> fuzzers = new ArrayList<>();

	private FormFuzzer fuzz(String who, String page, String action) throws Exception {
		FormFuzzer fuzzer = new FormFuzzer(this.mvc, this.accounts.as(who), page, action).run();
		this.fuzzers.add(fuzzer);
		return fuzzer;
	}

	@Test
	void theEvaluationAndDecisionFormsHoldWhateverIsPosted() throws Exception {
		this.evaluations.evaluator("fuzz-eval95", "퍼징 위원", "SEOUL", "한국산업연구원");
		this.evaluations.evaluator("fuzz-eval95b", "퍼징 위원 둘", "SEOUL", "산업연구원");
		// not on the committee: a candidate the members form offers
		this.evaluations.evaluator("fuzz-eval95c", "퍼징 위원 셋", "SEOUL", "국토연구원");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(YEAR, "region-busan", "region-daegu",
				"region-incheon");
		long busan = plans.get("region-busan");
		long daegu = plans.get("region-daegu");
		long incheon = plans.get("region-incheon");
		long call = this.evaluations.callOfYear(YEAR);
		String committee = "/ministry/calls/" + call + "/evaluation";

		// the committee: rules and members
		long panel = this.evaluations.panel(call, "fuzz-eval95", "fuzz-eval95b");
		fuzz("ministry", committee, committee + "/rules");
		fuzz("ministry", committee, committee + "/members");
		// whoever the fuzzing added (a value such as "٣" names account 3) leaves again:
		// other tests count on the demo evaluator having no committee
		for (Long added : this.jdbc.queryForList("""
				select m.account_id from evaluation_member m join account a on a.id = m.account_id
				where m.panel_id = ? and a.username not in ('fuzz-eval95', 'fuzz-eval95b')""", Long.class, panel)) {
			this.mvc.perform(this.evaluations.ministry(post(committee + "/members/" + added + "/remove")))
				.andExpect(status().is3xxRedirection());
		}
		fuzz("ministry", committee, committee + "/assignments");
		// every evaluator on every plan again, whatever the fuzzing left
		var assign = this.evaluations.ministry(post(committee + "/assignments"));
		for (String evaluator : List.of("fuzz-eval95", "fuzz-eval95b")) {
			for (long plan : List.of(busan, daegu, incheon)) {
				assign.param("cell", this.evaluations.accountId(evaluator) + "_" + plan);
			}
		}
		this.mvc.perform(assign).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(this.evaluations.ministry(post(committee + "/assignments"))
				.param("cell", "99999999999999999999_" + busan))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(assign).andExpect(status().is3xxRedirection());
		// a second evaluator's pledge (a declared conflict only excludes them)
		fuzz("fuzz-eval95b", "/evaluations/" + panel + "/pledge", "/evaluations/" + panel + "/pledge");
		this.evaluations.pledge(panel, "fuzz-eval95");
		this.evaluations.pledge(panel, "fuzz-eval95b");
		this.evaluations.start(call);

		// a score sheet, and a conflict declared on another evaluator's sheet
		long sheet = this.evaluations.sheet(panel, "fuzz-eval95", busan);
		fuzz("fuzz-eval95", "/evaluations/sheets/" + sheet, "/evaluations/sheets/" + sheet);
		long other = this.evaluations.sheet(panel, "fuzz-eval95b", incheon);
		fuzz("fuzz-eval95b", "/evaluations/sheets/" + other, "/evaluations/sheets/" + other + "/conflict");
		for (String evaluator : List.of("fuzz-eval95", "fuzz-eval95b")) {
			for (long plan : List.of(busan, daegu, incheon)) {
				long each = this.evaluations.sheet(panel, evaluator, plan);
				this.mvc.perform(this.evaluations.score(call, each, evaluator, "submit", "80", "80", "80", "80"));
			}
		}
		fuzz("ministry", committee, committee + "/sheets/" + sheet + "/reopen");
		this.mvc.perform(this.evaluations.score(call, sheet, "fuzz-eval95", "submit", "80", "80", "80", "80"));
		this.mvc
			.perform(this.evaluations.ministry(post(committee + "/complete"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(status().is3xxRedirection());

		// the preliminary selection, then consulting on one plan and the withdrawal of
		// another
		String decisions = "/ministry/calls/" + call + "/decisions";
		fuzz("ministry", decisions, decisions);
		this.evaluations.selectAndPublish(call, YEAR + "-03-24", List.of(busan, daegu, incheon), busan, daegu, incheon);
		fuzz("ministry", "/plans/" + daegu, "/plans/" + daegu + "/revision-request");
		fuzz("region-incheon", "/plans/" + incheon, "/plans/" + incheon + "/withdraw");
		if ("REVISION_REQUESTED"
			.equals(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, daegu))) {
			this.journeys.completeAndSubmit(daegu, "region-daegu",
					this.jdbc.queryForObject("select c.name from industrial_complex c join innovation_plan p "
							+ "on p.hub_complex_id = c.id where p.id = ?", String.class, daegu),
					"대구 보완 비전");
		}

		// the final confirmation, the designation and the Smart Green selection
		String confirmation = "/ministry/calls/" + call + "/confirmation";
		fuzz("ministry", confirmation, confirmation);
		var confirm = this.evaluations.ministry(post(confirmation))
			.param("heldOn", YEAR + "-12-20")
			.param("chair", "국토교통부 제1차관");
		for (long plan : List.of(busan, daegu)) {
			confirm.param("rationale." + plan, "계획대로 확정");
			for (Long project : this.jdbc.queryForList("""
					select q.id from plan_requested_project q join plan_key_task k on k.id = q.key_task_id
					where k.plan_id = ?""", Long.class, plan)) {
				confirm.param("outcome." + project, "APPROVED");
			}
		}
		this.mvc.perform(confirm).andExpect(redirectedUrl(confirmation));
		this.mvc.perform(this.evaluations.ministry(post(confirmation + "/publish")))
			.andExpect(status().is3xxRedirection());
		String designation = "/ministry/calls/" + call + "/designation";
		fuzz("ministry", designation, designation);
		String smartGreen = "/ministry/calls/" + call + "/smart-green";
		fuzz("ministry", smartGreen, smartGreen);

		assertThat(FormFuzzer.report(this.fuzzers)).isEmpty();
		// a form that is gone once accepted (the pledge, the withdrawal) met the worst
		// first
		assertThat(this.fuzzers)
			.allSatisfy((fuzzer) -> assertThat(fuzzer.posts()).as(fuzzer.action()).isGreaterThan(5));
		assertThat(this.fuzzers.stream().mapToInt(FormFuzzer::posts).sum()).isGreaterThan(800);
	}

}
