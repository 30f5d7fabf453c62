package kr.go.sandan.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Steps of the evaluation through the real pages (MockMvc): evaluator accounts, a closed
 * call with submitted plans, the committee, pledges and score sheets.
 */
public final class EvaluationJourneys {

	/** Region staff whose accounts no other test changes, in the regions' order. */
	public static final String[] REGION_USERS = { "region-busan", "region-daegu", "region-incheon", "region-gwangju",
			"region-gyeonggi", "region-jeonbuk", "region-gyeongbuk", "region-gyeongnam" };

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final PlanJourneys plans;

	public EvaluationJourneys(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, PlanJourneys plans) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.plans = plans;
	}

	/** An evaluator account (made once) with a home region and an affiliation. */
	public long evaluator(String username, String displayName, String homeRegionCode, String affiliation) {
		this.jdbc.update("""
				insert into account (username, display_name, password_hash, affiliation, home_region_id)
				select ?, ?, '{noop}unused-in-mockmvc', ?, (select id from region where code = ?)
				where not exists (select 1 from account where username = ?)""", username, displayName, affiliation,
				homeRegionCode, username);
		long id = accountId(username);
		this.jdbc.update("insert into account_role (account_id, role) values (?, 'EVALUATOR') on conflict do nothing",
				id);
		return id;
	}

	public long accountId(String username) {
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	/**
	 * A call of the year whose deadline has passed, with a submitted plan of each given
	 * region user; answers the plan ids by user (in the given order). The call has four
	 * indicators weighted 40, 30, 20 and 10.
	 */
	public Map<String, Long> closedCallWithPlans(int year, String... regionUsers) throws Exception {
		return closedCallWithPlans(year, Map.of(), regionUsers);
	}

	/** What some region user writes in its plan beyond the usual sections. */
	@FunctionalInterface
	public interface PlanExtra {

		void write(long planId, String user) throws Exception;

	}

	/** The same, with more written in the plans of some region users. */
	public Map<String, Long> closedCallWithPlans(int year, Map<String, PlanExtra> more, String... regionUsers)
			throws Exception {
		return closedCallWithPlans(year,
				new String[] { "혁신계획 타당성", "40", "거점·연계지역 적절성", "30", "지역진단 전략성", "20", "성과목표 실현가능성", "10" }, more,
				regionUsers);
	}

	/** The same, scored on the given indicators (pairs of name and weight). */
	public Map<String, Long> closedCallWithPlans(int year, String[] indicators, Map<String, PlanExtra> more,
			String... regionUsers) throws Exception {
		long call = this.plans.openCall(year, indicators);
		Map<String, Long> planIds = new LinkedHashMap<>();
		for (String user : regionUsers) {
			long plan = this.plans.start(call, user);
			String hub = this.jdbc.queryForObject("""
					select c.name from industrial_complex c join account a on a.region_id = c.region_id
					where a.username = ? and (select count(*) from industrial_complex o where o.name = c.name) = 1
					order by c.id limit 1""", String.class, user);
			this.plans.complete(plan, user, hub, user + "의 비전 " + year);
			if (more.containsKey(user)) {
				more.get(user).write(plan, user);
			}
			this.plans.submit(plan, user).andExpect(status().is3xxRedirection());
			planIds.put(user, plan);
		}
		this.jdbc.update("update proposal_call set closes_at = now() - interval '1 minute' where id = ?", call);
		return planIds;
	}

	public long callOfYear(int year) {
		return this.jdbc.queryForObject(
				"select c.id from proposal_call c join program_round r on r.id = c.round_id where r.year = ?",
				Long.class, year);
	}

	/** The ministry forms the call's committee with these evaluators (all to all). */
	public long panel(long call, String... evaluators) throws Exception {
		this.mvc.perform(ministry(post("/ministry/calls/" + call + "/evaluation")))
			.andExpect(status().is3xxRedirection());
		MockHttpServletRequestBuilder add = ministry(post("/ministry/calls/" + call + "/evaluation/members"));
		for (String evaluator : evaluators) {
			add.param("accountId", String.valueOf(accountId(evaluator)));
		}
		this.mvc.perform(add).andExpect(status().is3xxRedirection());
		return panelId(call);
	}

	public long panelId(long call) {
		return this.jdbc.queryForObject("select id from evaluation_panel where call_id = ?", Long.class, call);
	}

	public long panelVersion(long call) {
		return this.jdbc.queryForObject("select version from evaluation_panel where call_id = ?", Long.class, call);
	}

	public void start(long call) throws Exception {
		this.mvc
			.perform(ministry(post("/ministry/calls/" + call + "/evaluation/start")).param("version",
					String.valueOf(panelVersion(call))))
			.andExpect(status().is3xxRedirection());
	}

	public String stage(long call) {
		return this.jdbc.queryForObject("""
				select case when results_published_at is not null then 'PUBLISHED'
				            when completed_at is not null then 'COMPLETED'
				            when started_at is not null then 'IN_PROGRESS' else 'FORMING' end
				from evaluation_panel where call_id = ?""", String.class, call);
	}

	/** The evaluator signs the pledge, declaring conflicts with the given plans. */
	public void pledge(long panel, String evaluator, long... conflictingPlans) throws Exception {
		MockHttpServletRequestBuilder request = post("/evaluations/" + panel + "/pledge").with(csrf())
			.with(this.accounts.as(evaluator))
			.param("agree", "yes");
		for (long plan : conflictingPlans) {
			request.param("conflict." + plan, "on").param("detail." + plan, "최근 3년 내 해당 시·도 용역 수행");
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	public long sheet(long panel, String evaluator, long plan) {
		return this.jdbc.queryForObject(
				"select id from evaluation_sheet where panel_id = ? and account_id = ? and plan_id = ?", Long.class,
				panel, accountId(evaluator), plan);
	}

	public long sheetVersion(long sheet) {
		return this.jdbc.queryForObject("select version from evaluation_sheet where id = ?", Long.class, sheet);
	}

	/** Indicator ids of the call's round, in order. */
	public java.util.List<Long> indicators(long call) {
		return this.jdbc.queryForList("""
				select i.id from evaluation_indicator i join proposal_call c on c.round_id = i.round_id
				where c.id = ? order by i.position""", Long.class, call);
	}

	/**
	 * The evaluator saves or submits scores for the indicators in order (a {@code null}
	 * leaves one empty).
	 */
	public MockHttpServletRequestBuilder score(long call, long sheet, String evaluator, String action,
			String... scores) {
		MockHttpServletRequestBuilder request = post("/evaluations/sheets/" + sheet).with(csrf())
			.with(this.accounts.as(evaluator))
			.param("action", action)
			.param("version", String.valueOf(sheetVersion(sheet)))
			.param("opinion", evaluator + " 종합 의견");
		java.util.List<Long> indicators = indicators(call);
		for (int i = 0; i < indicators.size(); i++) {
			String value = (i < scores.length && scores[i] != null) ? scores[i] : "";
			request.param("score." + indicators.get(i), value).param("comment." + indicators.get(i), "의견 " + (i + 1));
		}
		return request;
	}

	public MockHttpServletRequestBuilder ministry(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(this.accounts.as("ministry"));
	}

	/**
	 * A committee of one evaluator, who pledges and scores every plan 80 on every
	 * indicator; the ministry then completes the evaluation.
	 */
	public void evaluateAll(long call, String evaluator, long... plans) throws Exception {
		long panel = panel(call, evaluator);
		pledge(panel, evaluator);
		start(call);
		for (long plan : plans) {
			this.mvc.perform(score(call, sheet(panel, evaluator, plan), evaluator, "submit", "80", "80", "80", "80"))
				.andExpect(redirectedUrl("/evaluations"));
		}
		this.mvc
			.perform(ministry(post("/ministry/calls/" + call + "/evaluation/complete")).param("version",
					String.valueOf(panelVersion(call))))
			.andExpect(status().is3xxRedirection());
	}

	/**
	 * The committee preliminarily selects some of the evaluated plans (the others are not
	 * selected), each with a rationale, and the ministry publishes it.
	 */
	public void selectAndPublish(long call, String heldOn, java.util.Collection<Long> selected, long... plans)
			throws Exception {
		MockHttpServletRequestBuilder request = ministry(post("/ministry/calls/" + call + "/decisions"))
			.param("heldOn", heldOn)
			.param("chair", "국토교통부 제1차관");
		for (long plan : plans) {
			boolean chosen = selected.contains(plan);
			request.param("outcome." + plan, chosen ? "SELECTED" : "NOT_SELECTED")
				.param("rationale." + plan, chosen ? "상위" : "하위");
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/ministry/calls/" + call + "/decisions"));
		this.mvc.perform(ministry(post("/ministry/calls/" + call + "/decisions/publish")))
			.andExpect(status().is3xxRedirection());
	}

}
