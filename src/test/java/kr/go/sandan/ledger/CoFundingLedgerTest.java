package kr.go.sandan.ledger;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Co-funding ministries (협업부처): an officer tied to one lead ministry finds the projects
 * it funds across districts, enters their national figures and reads their execution
 * rate; nobody reads or changes another ministry's or region's figures, per role (the
 * program ministry, a co-funding officer of this and of another ministry, the district's
 * region and another, an evaluator, the public); the administrator ties an account to its
 * ministry.
 */
class CoFundingLedgerTest extends WorkflowTestSupport {

	/** A co-funding ministry officer of {@code ministry}, made once. */
	static String officer(org.springframework.jdbc.core.JdbcTemplate jdbc, String username, String ministry) {
		jdbc.update("""
				insert into account (username, display_name, password_hash, ministry, enabled)
				values (?, ?, '{noop}unused-in-tests', ?, true) on conflict do nothing""", username, username + " 담당",
				ministry);
		jdbc.update(
				"""
						insert into account_role (account_id, role) select id, 'FUNDING_MINISTRY' from account where username = ?
						on conflict do nothing""",
				username);
		return username;
	}

	private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(this.accounts.as(who));
	}

	private static String line(long plan, long project, int year, String source) {
		return "/districts/" + plan + "/ledger/" + project + "/" + year + "/" + source;
	}

	private Document refused(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aCoFundingOfficerReadsAndEntersOnlyItsOwnMinistrysNationalFigures() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long incheon = funded.funded(2540, "INCHEON", "인천광역시", 2, 1);
		long gwangju = funded.funded(2540, "GWANGJU", "광주광역시", 1, 1);
		long motie = funded.project(incheon, 0);
		long mss = funded.project(incheon, 1);
		long other = funded.project(gwangju, 0);
		this.jdbc.update("update project_outcome set lead_ministry = 'MSS' where project_id = ?", mss);
		this.jdbc.update("update plan_requested_project set name = '중기부 사업' where id = ?", mss);
		this.jdbc.update("update plan_requested_project set name = '광주 산업부 사업' where id = ?", other);
		String motieOfficer = officer(this.jdbc, "funder-motie", "MOTIE");
		String mssOfficer = officer(this.jdbc, "funder-mss", "MSS");
		String motiePage = "/ledger/ministries/MOTIE?year=2541";

		// the officer finds its ministry's projects across districts, national only
		Document page = pageAs(motiePage, motieOfficer);
		assertThat(page.getElementById("ledger-lines").text()).contains("인천광역시", "광주광역시", "확정사업 1", "광주 산업부 사업");
		assertThat(page.getElementById("ledger-lines").text()).doesNotContain("중기부 사업");
		assertThat(page.select("#ledger-lines tbody tr")).hasSize(2);
		assertThat(page.select("#ledger-lines a").eachAttr("href"))
			.allSatisfy((href) -> assertThat(href).endsWith("/national"));
		assertThat(pageAs("/me", motieOfficer).getElementById("funding-ledger-link").attr("href"))
			.isEqualTo("/ledger/ministries/MOTIE");

		// it enters a year's allocation and execution of its ministry's project; back on
		// its page it reads the execution rate
		this.mvc
			.perform(as(motieOfficer, post(line(incheon, motie, 2541, "national"))).param("version", "0")
				.param("enteredOn", "2026-03-02")
				.param("secured", "800")
				.param("allocated", "600")
				.param("executed", "150"))
			.andExpect(redirectedUrl("/ledger/ministries/MOTIE"));
		assertThat(funded.entries(incheon)).isEqualTo(3);
		assertThat(pageAs(motiePage, motieOfficer).getElementById("ledger-total").text()).contains("25%", "150", "600");

		// not the other ministry's page, line or export; not the region's figures
		for (String url : List.of("/ledger/ministries/MSS", "/ledger/ministries/MSS/ledger.xlsx",
				line(incheon, mss, 2541, "national"), line(incheon, motie, 2541, "local"),
				line(incheon, motie, 2541, "private"), "/districts/" + incheon + "/ledger",
				"/districts/" + incheon + "/ledger.xlsx", "/ledger/ministries/NOPE")) {
			this.mvc.perform(get(url).with(this.accounts.as(motieOfficer))).andExpect(status().isNotFound());
		}
		for (String url : List.of(line(incheon, mss, 2541, "national"), line(incheon, motie, 2541, "local"))) {
			this.mvc
				.perform(as(motieOfficer, post(url)).param("version", "0")
					.param("enteredOn", "2026-03-02")
					.param("allocated", "10"))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/ministry/ledger").with(this.accounts.as(motieOfficer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/ministry/ledger.xlsx").with(this.accounts.as(motieOfficer)))
			.andExpect(status().isForbidden());
		assertThat(funded.entries(incheon)).isEqualTo(3);

		// the other ministry's officer: its own project only, never MOTIE's figures
		Document mssPage = pageAs("/ledger/ministries/MSS?year=2541", mssOfficer);
		assertThat(mssPage.getElementById("ledger-lines").text()).contains("중기부 사업").doesNotContain("확정사업 1");
		this.mvc.perform(get(line(incheon, motie, 2541, "national")).with(this.accounts.as(mssOfficer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/ledger/ministries/MOTIE").with(this.accounts.as(mssOfficer)))
			.andExpect(status().isNotFound());

		// the region reads its district (the officer's entry included), not a ministry's
		// page across districts
		assertThat(pageAs("/districts/" + incheon + "/ledger", "region-incheon").getElementById("ledger-lines").text())
			.contains("150");
		for (String who : List.of("region-incheon", "region-gwangju", "evaluator")) {
			this.mvc.perform(get(motiePage).with(this.accounts.as(who))).andExpect(status().isNotFound());
			this.mvc.perform(get("/ministry/ledger").with(this.accounts.as(who))).andExpect(status().isForbidden());
		}
		// another region cannot change the district's national execution either
		this.mvc
			.perform(as("region-gwangju", post(line(incheon, motie, 2541, "national")))
				.param("version", String.valueOf(funded.version(incheon, motie, 2541, "NATIONAL")))
				.param("enteredOn", "2026-03-02")
				.param("secured", "800")
				.param("allocated", "600")
				.param("executed", "300"))
			.andExpect(status().isNotFound());
		// the public is sent to sign in
		for (String url : List.of(motiePage, "/ministry/ledger", line(incheon, motie, 2541, "national"))) {
			this.mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(post(line(incheon, motie, 2541, "national")).with(csrf()).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(funded.entries(incheon)).isEqualTo(3);

		// the program ministry reads every ministry's page
		assertThat(pageAs(motiePage, "ministry").getElementById("ledger-total").text()).contains("25%");
		assertThat(pageAs("/ledger/ministries/MSS?year=2541", "ministry").text()).contains("중기부 사업");
		// the officer's entry is recorded under its name, audited
		assertThat(this.jdbc.queryForList("select distinct entered_by from budget_ledger_entry where plan_id = ?",
				String.class, incheon))
			.containsExactly(motieOfficer);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'BUDGET_LEDGER_ENTERED' and object_id = ?""",
				Integer.class, String.valueOf(incheon)))
			.isEqualTo(1);
	}

	@Test
	void aCoFundingOfficerCannotEnterAnotherSourceOnItsOwnLine() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2542, "INCHEON", "인천광역시", 1, 1);
		long project = funded.project(plan, 0);
		String officer = officer(this.jdbc, "funder-motie2", "MOTIE");
		// every national stage is the officer's: allocation beyond the confirmed needs a
		// reason, execution beyond allocation is refused, as for the ministry
		Document form = refused(as(officer, post(line(plan, project, 2543, "national"))).param("version", "0")
			.param("enteredOn", "2026-03-02")
			.param("allocated", "100")
			.param("executed", "150"));
		assertThat(form.getElementById("executed-error").text()).contains("교부액을 넘을 수 없습니다");
		Document line = pageAs(line(plan, project, 2543, "national"), officer);
		assertThat(line.select("input[readonly]")).isEmpty();
		assertThat(line.select("nav a").eachAttr("href")).contains("/ledger/ministries/MOTIE")
			.doesNotContain("/districts/" + plan + "/ledger");
		assertThat(funded.entries(plan)).isZero();
	}

	@Test
	void theAdministratorTiesAnOfficerToItsMinistry() throws Exception {
		String username = "funder" + UUID.randomUUID().toString().substring(0, 8);
		// the role without a ministry: refused beside the field, nothing made
		Document form = refused(as("admin", post("/admin/accounts")).param("username", username)
			.param("displayName", "중기부 담당")
			.param("roles", "FUNDING_MINISTRY")
			.param("ministry", "")
			.param("regionCode", ""));
		assertThat(form.getElementById("ministry-hint").text()).contains("부처를 정해야");
		assertThat(form.getElementById("username").val()).isEqualTo(username);
		form = refused(as("admin", post("/admin/accounts")).param("username", username)
			.param("displayName", "중기부 담당")
			.param("roles", "FUNDING_MINISTRY")
			.param("ministry", "NOPE")
			.param("regionCode", ""));
		assertThat(form.getElementById("ministry-hint").text()).contains("목록에 없는 부처");
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username))
			.isZero();

		this.mvc
			.perform(as("admin", post("/admin/accounts")).param("username", username)
				.param("displayName", "중기부 담당")
				.param("roles", "FUNDING_MINISTRY")
				.param("ministry", "MSS")
				.param("regionCode", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select ministry from account where username = ?", String.class, username))
			.isEqualTo("MSS");
		assertThat(this.accounts.user(username).isOfficerOf("MSS")).isTrue();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event e join account a on e.object_id = a.id::text
				where a.username = ? and e.action = 'ACCOUNT_CREATED' and e.after_state::text like '%MSS%'""",
				Integer.class, username))
			.isEqualTo(1);
		long id = this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
		Document edit = pageAs("/admin/accounts/" + id, "admin");
		assertThat(edit.select("#ministry option[selected]").val()).isEqualTo("MSS");
		// a ministry is the co-funding officer's only: dropping the role drops it
		this.mvc
			.perform(as("admin", post("/admin/accounts/" + id)).param("displayName", "전 중기부 담당")
				.param("roles", "EVALUATOR")
				.param("ministry", "MSS")
				.param("regionCode", "")
				.param("enabled", "true")
				.param("version", edit.select("input[name=version]").val()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select ministry from account where id = ?", String.class, id)).isNull();
	}

}
