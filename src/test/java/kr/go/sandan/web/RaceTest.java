package kr.go.sandan.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.account.AccountUserDetailsService;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.EvaluationJourneys;
import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.RealServerTest;
import kr.go.sandan.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers and evaluators pressing the same button at once, over real HTTP with real
 * threads: forming the committee, adding the same evaluator, signing the pledge,
 * recording and publishing the preliminary selection, a revision request meeting a
 * withdrawal, creating the same account, preparing the same year's call. Not one answer
 * is a server error, and each thing happens once: one row, one audit event, one
 * notification.
 */
@RealServerTest
class RaceTest {

	private static final int YEAR = 2096;

	private static final int AT_ONCE = 10;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountUserDetailsService users;

	EvaluationJourneys evaluations;

	@BeforeEach
	void journeys() {
		Accounts accounts = new Accounts(this.users);
		PlanJourneys plans = new PlanJourneys(this.mvc, this.jdbc, accounts);
		this.evaluations = new EvaluationJourneys(this.mvc, this.jdbc, accounts, plans);
	}

	/** Each task on its own thread, all released at the same moment; the statuses. */
	private static List<Integer> atOnce(List<Callable<HttpResponse<String>>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch ready = new CountDownLatch(tasks.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (Callable<HttpResponse<String>> task : tasks) {
				answers.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return task.call();
				}));
			}
			ready.await();
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<Callable<HttpResponse<String>>> times(int count, Callable<HttpResponse<String>> task) {
		List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tasks.add(task);
		}
		return tasks;
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	private int audited(String action, Object objectId) {
		return count("select count(*) from audit_event where action = ? and object_id = ?", action,
				String.valueOf(objectId));
	}

	/** An evaluator who can sign in over HTTP with the demo password. */
	private long evaluator(String username) {
		long id = this.evaluations.evaluator(username, username + " 위원", "SEOUL", "한국산업연구원");
		this.jdbc.update("update account set password_hash = ? where id = ?", "{noop}" + Accounts.DEMO_PASSWORD, id);
		return id;
	}

	@Test
	void eachDoubleOrConcurrentActionHappensOnce() throws Exception {
		long racer = evaluator("race-eval");
		evaluator("race-eval2");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(YEAR, "region-busan", "region-daegu");
		long busan = plans.get("region-busan");
		long daegu = plans.get("region-daegu");
		long call = this.evaluations.callOfYear(YEAR);
		String committee = "/ministry/calls/" + call + "/evaluation";
		WebClient ministry = WebClient.signedIn(this.port, "ministry");
		ministry.page(committee);

		// forming the committee, ten times at once
		assertThat(atOnce(times(AT_ONCE, () -> ministry.post(committee, Map.of())))).containsOnly(302);
		assertThat(count("select count(*) from evaluation_panel where call_id = ?", call)).isEqualTo(1);
		assertThat(audited("EVALUATION_PANEL_FORMED", call)).isEqualTo(1);

		// adding the same evaluator, ten times at once
		assertThat(atOnce(times(AT_ONCE,
				() -> ministry.post(committee + "/members", Map.of("accountId", String.valueOf(racer))))))
			.containsOnly(302);
		long panel = this.evaluations.panelId(call);
		assertThat(count("select count(*) from evaluation_member where panel_id = ? and account_id = ?", panel, racer))
			.isEqualTo(1);
		assertThat(count("select count(*) from evaluation_sheet where panel_id = ? and account_id = ?", panel, racer))
			.isEqualTo(2);
		assertThat(count("""
				select count(*) from audit_event where action = 'EVALUATION_MEMBER_ADDED' and object_id = ?
				and after_state ->> 'evaluator' = 'race-eval'""", String.valueOf(call))).isEqualTo(1);
		this.mvc.perform(this.evaluations
			.ministry(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(committee + "/members"))
			.param("accountId", String.valueOf(this.evaluations.accountId("race-eval2"))));

		// the pledge with a declared conflict, sent ten times at once
		WebClient evaluator = WebClient.signedIn(this.port, "race-eval");
		evaluator.page("/evaluations/" + panel + "/pledge");
		Map<String, String> pledge = new LinkedHashMap<>();
		pledge.put("agree", "yes");
		pledge.put("conflict." + daegu, "on");
		pledge.put("detail." + daegu, "최근 3년 내 대구시 용역 수행");
		assertThat(atOnce(times(AT_ONCE, () -> evaluator.post("/evaluations/" + panel + "/pledge", pledge))))
			.doesNotContain(500, 409);
		assertThat(audited("EVALUATION_PLEDGE_SIGNED", call)).isEqualTo(1);
		assertThat(
				count("select count(*) from evaluation_conflict where panel_id = ? and account_id = ? and plan_id = ?",
						panel, racer, daegu))
			.isEqualTo(1);

		// scored and completed; then the preliminary selection, recorded ten times at
		// once
		this.evaluations.pledge(panel, "race-eval2");
		this.evaluations.start(call);
		for (String who : List.of("race-eval", "race-eval2")) {
			for (long plan : List.of(busan, daegu)) {
				if (!(who.equals("race-eval") && plan == daegu)) {
					this.mvc.perform(this.evaluations.score(call, this.evaluations.sheet(panel, who, plan), who,
							"submit", "80", "80", "80", "80"));
				}
			}
		}
		this.mvc.perform(this.evaluations
			.ministry(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(committee + "/complete"))
			.param("version", String.valueOf(this.evaluations.panelVersion(call))));
		String decisions = "/ministry/calls/" + call + "/decisions";
		Map<String, String> selection = new LinkedHashMap<>();
		selection.put("heldOn", YEAR + "-03-24");
		selection.put("chair", "국토교통부 제1차관");
		selection.put("outcome." + busan, "SELECTED");
		selection.put("rationale." + busan, "상위");
		selection.put("outcome." + daegu, "SELECTED");
		selection.put("rationale." + daegu, "상위");
		ministry.page(decisions);
		List<Integer> recorded = atOnce(times(AT_ONCE, () -> ministry.post(decisions, selection)));
		assertThat(recorded).doesNotContain(500).filteredOn((status) -> status == 302).hasSize(1);
		assertThat(count("select count(*) from committee_meeting m join program_round r on r.id = m.round_id "
				+ "where r.year = ? and m.kind = 'PRELIMINARY_SELECTION'", YEAR))
			.isEqualTo(1);
		assertThat(audited("PRELIMINARY_SELECTION_RECORDED", call)).isEqualTo(1);

		// and published ten times at once: the regions are told once
		assertThat(atOnce(times(AT_ONCE, () -> ministry.post(decisions + "/publish", Map.of())))).containsOnly(302);
		assertThat(audited("PRELIMINARY_SELECTION_PUBLISHED", call)).isEqualTo(1);
		assertThat(count("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.username = 'region-busan' and n.event_key like ?""", "plan:" + busan + ":%selected%"))
			.isLessThanOrEqualTo(1);

		// a revision request and a withdrawal of the same plan at the same moment
		WebClient region = WebClient.signedIn(this.port, "region-busan");
		region.page("/plans/" + busan);
		ministry.page("/plans/" + busan);
		List<Callable<HttpResponse<String>>> both = List.of(
				() -> ministry.post("/plans/" + busan + "/revision-request", Map.of("comment.vision", "보완해 주세요.")),
				() -> region.post("/plans/" + busan + "/withdraw", Map.of("reason", "사정 변경")));
		assertThat(atOnce(both)).doesNotContain(500);
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, busan))
			.isIn("WITHDRAWN", "REVISION_REQUESTED");
	}

	@Test
	void theSameAccountOrTheSameYearsCallCreatedTenTimesAtOnceIsCreatedOnce() throws Exception {
		WebClient admin = WebClient.signedIn(this.port, "admin");
		admin.page("/admin/accounts/new");
		Map<String, String> account = Map.of("username", "race-twin", "displayName", "경합 계정", "roles", "EVALUATOR",
				"affiliation", "산업연구원", "email", "", "regionCode", "", "homeRegionCode", "");
		List<Integer> created = atOnce(times(AT_ONCE, () -> admin.post("/admin/accounts", account)));
		// the others are told on the form, beside the user name, with what they typed
		assertThat(created).containsOnly(302, 200).filteredOn((status) -> status == 302).hasSize(1);
		assertThat(count("select count(*) from account where username = 'race-twin'")).isEqualTo(1);
		assertThat(count(
				"select count(*) from audit_event where action = 'ACCOUNT_CREATED' and after_state ->> 'username' = 'race-twin'"))
			.isEqualTo(1);

		WebClient ministry = WebClient.signedIn(this.port, "ministry");
		ministry.page("/ministry/calls/new");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("year", "2099");
		form.put("ordinal", "99");
		form.put("plannedDesignations", "5");
		form.put("opensAt", "2099-01-06T09:00");
		form.put("closesAt", "2099-02-06T18:00");
		form.put("notice", "2099년 공모");
		form.put("indicators[0].name", "혁신계획 타당성");
		form.put("indicators[0].weight", "100");
		List<Integer> prepared = atOnce(times(AT_ONCE, () -> ministry.post("/ministry/calls", form)));
		assertThat(prepared).containsOnly(302, 200).filteredOn((status) -> status == 302).hasSize(1);
		assertThat(count("""
				select count(*) from proposal_call c join program_round r on r.id = c.round_id where r.year = 2099"""))
			.isEqualTo(1);
	}

}
