package kr.go.sandan.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page and action, tried as an anonymous visitor, as each role, and as staff of
 * another region: what each may see and do holds whatever URL is typed.
 */
@PortalTest
class AccessMatrixTest {

	static final String ANON = "anonymous";

	/** Who is asked, in the column order of the expectations below. */
	static final List<String> WHO = List.of(ANON, "admin", "ministry", "evaluator", "region-gyeonggi", "region-busan");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountUserDetailsService users;

	Accounts accounts;

	long draftOfGyeonggi;

	long publishedPlan;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.users);
		this.draftOfGyeonggi = Accounts.draftPlan(this.jdbc, "GYEONGGI", "경기도");
		this.publishedPlan = this.jdbc
			.queryForObject("select min(id) from innovation_plan where published_on is not null", Long.class);
	}

	private int status(String who, MockHttpServletRequestBuilder request) throws Exception {
		request.accept(MediaType.TEXT_HTML);
		if (!who.equals(ANON)) {
			request.with(this.accounts.as(who));
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void everyPageAndActionAnswersEachRoleAsExpected() throws Exception {
		// expected status per WHO: anonymous, admin, ministry, evaluator,
		// region-gyeonggi, region-busan
		Map<String, Supplier<MockHttpServletRequestBuilder>> requests = new LinkedHashMap<>();
		Map<String, int[]> expected = new LinkedHashMap<>();
		add(requests, expected, "home", () -> get("/"), 200, 200, 200, 200, 200, 200);
		add(requests, expected, "round", () -> get("/rounds/2"), 200, 200, 200, 200, 200, 200);
		add(requests, expected, "published plan", () -> get("/plans/" + this.publishedPlan), 200, 200, 200, 200, 200,
				200);
		add(requests, expected, "region page", () -> get("/regions/gyeonggi"), 200, 200, 200, 200, 200, 200);
		add(requests, expected, "complexes", () -> get("/complexes"), 200, 200, 200, 200, 200, 200);
		add(requests, expected, "login page", () -> get("/login"), 200, 200, 200, 200, 200, 200);
		add(requests, expected, "my work", () -> get("/me"), 302, 200, 200, 200, 200, 200);
		add(requests, expected, "own password", () -> get("/account/password"), 302, 200, 200, 200, 200, 200);
		add(requests, expected, "draft plan of 경기", () -> get("/plans/" + this.draftOfGyeonggi), 404, 200, 200, 404,
				200, 404);
		add(requests, expected, "account list", () -> get("/admin/accounts"), 302, 200, 403, 403, 403, 403);
		add(requests, expected, "new account form", () -> get("/admin/accounts/new"), 302, 200, 403, 403, 403, 403);
		add(requests, expected, "account detail", () -> get("/admin/accounts/1"), 302, 200, 403, 403, 403, 403);
		add(requests, expected, "create account", () -> post("/admin/accounts").with(csrf()).param("displayName", ""),
				302, 200, 403, 403, 403, 403);
		add(requests, expected, "reset password",
				() -> post("/admin/accounts/1/password-reset").with(csrf()).param("version", "-1"), 302, 302, 403, 403,
				403, 403);
		add(requests, expected, "calls", () -> get("/ministry/calls"), 302, 403, 200, 403, 403, 403);
		add(requests, expected, "new call form", () -> get("/ministry/calls/new"), 302, 403, 200, 403, 403, 403);
		add(requests, expected, "audit trail", () -> get("/audit"), 302, 200, 200, 403, 403, 403);
		add(requests, expected, "notifications", () -> get("/notifications"), 302, 200, 200, 200, 200, 200);
		add(requests, expected, "decisions of a call that does not exist", () -> get("/ministry/calls/0/decisions"),
				302, 403, 404, 403, 403, 403);
		add(requests, expected, "confirmation of a call that does not exist",
				() -> get("/ministry/calls/0/confirmation"), 302, 403, 404, 403, 403, 403);
		add(requests, expected, "designation of a call that does not exist", () -> get("/ministry/calls/0/designation"),
				302, 403, 404, 403, 403, 403);
		add(requests, expected, "Smart Green selection of a call that does not exist",
				() -> get("/ministry/calls/0/smart-green"), 302, 403, 404, 403, 403, 403);
		add(requests, expected, "close a district that does not exist",
				() -> post("/ministry/calls/0/designation/0/complete").with(csrf()).param("note", "x"), 302, 403, 404,
				403, 403, 403);
		add(requests, expected, "publish a designation without CSRF",
				() -> post("/ministry/calls/0/designation/publish"), 403, 403, 403, 403, 403, 403);
		add(requests, expected, "announcement of a draft",
				() -> get("/plans/" + this.draftOfGyeonggi + "/announcement"), 404, 404, 404, 404, 404, 404);
		add(requests, expected, "evaluation inbox", () -> get("/evaluations"), 302, 403, 403, 200, 403, 403);
		add(requests, expected, "score sheet that does not exist", () -> get("/evaluations/sheets/0"), 302, 403, 403,
				404, 403, 403);
		add(requests, expected, "evaluation committee", () -> get("/ministry/calls/0/evaluation"), 302, 403, 404, 403,
				403, 403);
		add(requests, expected, "ranking board", () -> get("/ministry/calls/0/evaluation/ranking"), 302, 403, 404, 403,
				403, 403);
		add(requests, expected, "evaluation result of a draft",
				() -> get("/plans/" + this.draftOfGyeonggi + "/evaluation"), 404, 404, 404, 404, 404, 404);
		add(requests, expected, "start an evaluation without CSRF",
				() -> post("/ministry/calls/0/evaluation/start").param("version", "0"), 403, 403, 403, 403, 403, 403);
		add(requests, expected, "create account without CSRF", () -> post("/admin/accounts").param("displayName", "x"),
				403, 403, 403, 403, 403, 403);
		add(requests, expected, "sign out without CSRF", () -> post("/logout"), 403, 403, 403, 403, 403, 403);

		List<String> mismatches = new ArrayList<>();
		for (var entry : requests.entrySet()) {
			int[] want = expected.get(entry.getKey());
			for (int i = 0; i < WHO.size(); i++) {
				int got = status(WHO.get(i), entry.getValue().get());
				if (got != want[i]) {
					mismatches.add(entry.getKey() + " as " + WHO.get(i) + ": expected " + want[i] + " but got " + got);
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	private static void add(Map<String, Supplier<MockHttpServletRequestBuilder>> requests, Map<String, int[]> expected,
			String name, Supplier<MockHttpServletRequestBuilder> request, int... statuses) {
		requests.put(name, request);
		expected.put(name, statuses);
	}

	@Test
	void aRegionsDraftIsListedOnlyToThoseWhoMaySeeIt() throws Exception {
		String asOwner = this.mvc.perform(get("/regions/gyeonggi").with(this.accounts.as("region-gyeonggi")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String asOther = this.mvc.perform(get("/regions/gyeonggi").with(this.accounts.as("region-busan")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String anonymous = this.mvc.perform(get("/regions/gyeonggi")).andReturn().getResponse().getContentAsString();
		assertThat(asOwner).contains("/plans/" + this.draftOfGyeonggi);
		assertThat(asOther).doesNotContain("/plans/" + this.draftOfGyeonggi);
		assertThat(anonymous).doesNotContain("/plans/" + this.draftOfGyeonggi);
		String draftAsOther = this.mvc
			.perform(get("/plans/" + this.draftOfGyeonggi).with(this.accounts.as("region-busan")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(draftAsOther).doesNotContain("작성 중인 비전");
	}

}
