package kr.go.sandan.account;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator manages accounts; people sign in with a temporary password and must
 * replace it; every change leaves its audit row.
 */
@PortalTest
class AccountAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountUserDetailsService users;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.users);
	}

	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	private int accountCount() {
		return this.jdbc.queryForObject("select count(*) from account", Integer.class);
	}

	private MvcResult create(String username, String displayName, String role, String region) throws Exception {
		return this.mvc
			.perform(post("/admin/accounts").with(csrf())
				.with(this.accounts.as("admin"))
				.param("username", username)
				.param("displayName", displayName)
				.param("roles", role)
				.param("regionCode", region)
				.param("affiliation", "")
				.param("homeRegionCode", ""))
			.andReturn();
	}

	private long accountId(String username) {
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	@Test
	void aRegionalOfficersHomeNamesTheRegionInTheReadersLanguage() throws Exception {
		for (String[] language : new String[][] { { "ko", "경기도" }, { "en", "Gyeonggi-do" } }) {
			Document me = Jsoup.parse(this.mvc
				.perform(get("/me").cookie(new Cookie("PORTAL_LANG", language[0]))
					.with(this.accounts.as("region-gyeonggi")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(me.getElementById("region-work").text()).as(language[0]).contains(language[1]);
		}
	}

	@Test
	void theAccountListNamesEachRegionInTheReadersLanguage() throws Exception {
		for (String[] language : new String[][] { { "ko", "부산광역시" }, { "en", "Busan" } }) {
			String region = null;
			for (int page = 1; region == null && page <= 20; page++) {
				Document list = Jsoup.parse(this.mvc
					.perform(get("/admin/accounts").param("page", String.valueOf(page))
						.cookie(new Cookie("PORTAL_LANG", language[0]))
						.with(this.accounts.as("admin")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
				var row = list.select("tbody tr:has(th a:matchesOwn(^region-busan$))");
				if (!row.isEmpty()) {
					region = row.first().select("td").get(3).text();
				}
			}
			assertThat(region).as(language[0]).isEqualTo(language[1]);
		}
	}

	@Test
	void adminCreatesAnAccountWhoseOwnerMustReplaceTheTemporaryPassword() throws Exception {
		String username = unique("officer");
		MvcResult created = create(username, "김담당", "MINISTRY", "");
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		String temporary = (String) created.getFlashMap().get("temporaryPassword");
		assertThat(temporary).hasSize(16);
		long id = accountId(username);
		Map<String, Object> audit = this.jdbc.queryForMap(
				"select actor, action, after_state::text after from audit_event where object_type = 'account' and object_id = ? and action = 'ACCOUNT_CREATED'",
				String.valueOf(id));
		assertThat(audit.get("actor")).isEqualTo("admin");
		assertThat((String) audit.get("after")).contains(username, "MINISTRY").doesNotContain(temporary);

		// signs in with the temporary password and is sent to the password page first
		MvcResult login = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", temporary))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/me"))
			.andReturn();
		// sessions live in PostgreSQL (Spring Session): the SESSION cookie carries the
		// sign-in
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/me").cookie(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/rounds/2").cookie(session)).andExpect(redirectedUrl("/account/password"));

		// the policy speaks Korean next to the field and changes nothing
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", "short")
				.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("비밀번호는 12자 이상이어야 합니다.")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", username + "-secret")
				.param("confirmPassword", username + "-secret"))
			.andExpect(content().string(containsString("비밀번호에 아이디를 넣을 수 없습니다.")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", "password1234")
				.param("confirmPassword", "password1234"))
			.andExpect(content().string(containsString("너무 흔하거나 단순한 비밀번호입니다.")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", "산단 대개조 2026 봄날")
				.param("confirmPassword", "산단 대개조 2026 가을"))
			.andExpect(content().string(containsString("새 비밀번호와 확인이 서로 다릅니다.")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", "not-the-temporary-one")
				.param("newPassword", "산단 대개조 2026 봄날")
				.param("confirmPassword", "산단 대개조 2026 봄날"))
			.andExpect(content().string(containsString("현재 비밀번호가 맞지 않습니다.")));
		assertThat(this.jdbc.queryForObject("select must_change_password from account where id = ?", Boolean.class, id))
			.isTrue();

		// the person goes on under a new session id (OwnPasswordChangeTest)
		session = this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", "산단 대개조 2026 봄날")
				.param("confirmPassword", "산단 대개조 2026 봄날"))
			.andExpect(redirectedUrl("/me"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("김담당님의 업무")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ACCOUNT_PASSWORD_CHANGED' and object_id = ?",
				Integer.class, String.valueOf(id)))
			.isEqualTo(1);
		// the new password works, the temporary one no longer does
		this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", temporary))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "산단 대개조 2026 봄날"))
			.andExpect(redirectedUrl("/me"));
	}

	private Cookie signIn(String username, String password) throws Exception {
		MvcResult login = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andExpect(redirectedUrl("/me"))
			.andReturn();
		return login.getResponse().getCookie("SESSION");
	}

	private boolean signedIn(Cookie session) throws Exception {
		int status = this.mvc.perform(get("/account/password").cookie(session)).andReturn().getResponse().getStatus();
		assertThat(status).isIn(200, 302);
		return status == 200;
	}

	private void update(long id, String displayName, String role, boolean enabled) throws Exception {
		long version = this.jdbc.queryForObject("select version from account where id = ?", Long.class, id);
		var request = post("/admin/accounts/" + id).with(csrf())
			.with(this.accounts.as("admin"))
			.param("displayName", displayName)
			.param("roles", role)
			.param("version", String.valueOf(version));
		if (enabled) {
			request.param("enabled", "true");
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/admin/accounts/" + id));
	}

	@Test
	void whatAnAdministratorTakesAwayHoldsFromTheOwnersNextRequest() throws Exception {
		String username = unique("leaver");
		String temporary = (String) create(username, "떠날 사람", "EVALUATOR", "").getFlashMap().get("temporaryPassword");
		long id = accountId(username);
		Cookie office = signIn(username, temporary);
		Cookie home = signIn(username, temporary);
		assertThat(signedIn(office)).isTrue();
		assertThat(signedIn(home)).isTrue();

		// a new name takes nothing away: the sessions stay
		update(id, "새 이름", "EVALUATOR", true);
		assertThat(signedIn(office)).isTrue();

		// other roles: every session of the person ends, they sign in again with the new
		// ones
		update(id, "새 이름", "MINISTRY", true);
		assertThat(signedIn(office)).isFalse();
		assertThat(signedIn(home)).isFalse();
		Cookie again = signIn(username, temporary);
		assertThat(signedIn(again)).isTrue();

		// a password reset ends the sessions too
		String reset = (String) this.mvc
			.perform(
					post("/admin/accounts/" + id + "/password-reset").with(csrf())
						.with(this.accounts.as("admin"))
						.param("version", String.valueOf(
								this.jdbc.queryForObject("select version from account where id = ?", Long.class, id))))
			.andReturn()
			.getFlashMap()
			.get("temporaryPassword");
		assertThat(signedIn(again)).isFalse();

		// and so does disabling the account, which then cannot sign in
		Cookie last = signIn(username, reset);
		update(id, "새 이름", "MINISTRY", false);
		assertThat(signedIn(last)).isFalse();
		this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", reset))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndCreatesNothing() throws Exception {
		int before = accountCount();
		MvcResult noRegion = create(unique("staff"), "지역 담당", "REGION", "");
		assertThat(noRegion.getResponse().getStatus()).isEqualTo(200);
		assertThat(noRegion.getResponse().getContentAsString()).contains("지역 담당자는 담당 지역을 정해야 합니다.");
		MvcResult badName = create("Bad Name!", "이름", "MINISTRY", "");
		assertThat(badName.getResponse().getContentAsString()).contains("아이디는 영문 소문자나 숫자로 시작하고");
		MvcResult taken = create("ministry", "중복", "MINISTRY", "");
		assertThat(taken.getResponse().getContentAsString()).contains("이미 쓰이는 아이디입니다.");
		MvcResult noRole = this.mvc
			.perform(post("/admin/accounts").with(csrf())
				.with(this.accounts.as("admin"))
				.param("username", unique("norole"))
				.param("displayName", "역할 없음"))
			.andReturn();
		assertThat(noRole.getResponse().getContentAsString()).contains("하나 이상 골라 주세요.");
		assertThat(accountCount()).isEqualTo(before);
	}

	@Test
	void scriptTypedIntoANameComesBackEscaped() throws Exception {
		String username = unique("xss");
		create(username, "<script>alert('x')</script>", "EVALUATOR", "");
		// the list is ordered by user name; other tests add accounts, so find its page
		int before = this.jdbc.queryForObject("select count(*) from account where username < ?", Integer.class,
				username);
		String page = String.valueOf(before / AdminAccountController.PAGE_SIZE + 1);
		this.mvc.perform(get("/admin/accounts").param("page", page).with(this.accounts.as("admin")))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
					not(containsString("<script>alert")))));
		this.mvc.perform(get("/admin/accounts/" + accountId(username)).with(this.accounts.as("admin")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void aConcurrentChangeIsRefusedWithAConflictAndKeepsWhatWasTyped() throws Exception {
		String username = unique("twice");
		create(username, "처음 이름", "EVALUATOR", "");
		long id = accountId(username);
		long version = this.jdbc.queryForObject("select version from account where id = ?", Long.class, id);
		this.mvc
			.perform(post("/admin/accounts/" + id).with(csrf())
				.with(this.accounts.as("admin"))
				.param("displayName", "첫 관리자의 이름")
				.param("roles", "EVALUATOR")
				.param("enabled", "true")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		this.mvc
			.perform(post("/admin/accounts/" + id).with(csrf())
				.with(this.accounts.as("admin"))
				.param("displayName", "두 번째 관리자의 이름")
				.param("roles", "EVALUATOR")
				.param("enabled", "true")
				.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andExpect(content()
				.string(allOf(containsString("그사이 다른 관리자가 이 계정을 수정했습니다"), containsString("두 번째 관리자의 이름"))));
		assertThat(this.jdbc.queryForObject("select display_name from account where id = ?", String.class, id))
			.isEqualTo("첫 관리자의 이름");
		Map<String, Object> audit = this.jdbc.queryForMap(
				"select before_state::text before, after_state::text after from audit_event where action = 'ACCOUNT_UPDATED' and object_id = ?",
				String.valueOf(id));
		assertThat((String) audit.get("before")).contains("처음 이름");
		assertThat((String) audit.get("after")).contains("첫 관리자의 이름");
	}

	private MvcResult changeEmail(long id, String displayName, String email) throws Exception {
		long version = this.jdbc.queryForObject("select version from account where id = ?", Long.class, id);
		return this.mvc
			.perform(post("/admin/accounts/" + id).with(csrf())
				.with(this.accounts.as("admin"))
				.param("displayName", displayName)
				.param("roles", "EVALUATOR")
				.param("email", email)
				.param("enabled", "true")
				.param("version", String.valueOf(version)))
			.andReturn();
	}

	@Test
	void aBadEmailIsExplainedBesideTheFieldAndChangesNothing() throws Exception {
		String username = unique("mailless");
		create(username, "메일 없음", "EVALUATOR", "");
		long id = accountId(username);
		long version = this.jdbc.queryForObject("select version from account where id = ?", Long.class, id);
		MvcResult bad = changeEmail(id, "메일 있음", "not-an-address");
		assertThat(bad.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(bad.getResponse().getContentAsString());
		assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#email-hint").text()).isEqualTo("올바른 이메일 주소가 아닙니다. 예: hong@korea.kr");
		// well formed, but longer than the 254 characters an address may have
		MvcResult tooLong = changeEmail(id, "메일 있음", "a".repeat(60) + "@" + ("b".repeat(60) + ".").repeat(4) + "kr");
		assertThat(Jsoup.parse(tooLong.getResponse().getContentAsString()).select("#email-hint").text())
			.isEqualTo("254자까지 적을 수 있습니다.");
		assertThat(this.jdbc.queryForMap("select email, display_name, version from account where id = ?", id))
			.containsEntry("email", null)
			.containsEntry("display_name", "메일 없음")
			.containsEntry("version", version);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ACCOUNT_UPDATED' and object_id = ?", Integer.class,
				String.valueOf(id)))
			.isZero();
		// nor is an account created with one
		int before = accountCount();
		MvcResult created = this.mvc
			.perform(post("/admin/accounts").with(csrf())
				.with(this.accounts.as("admin"))
				.param("username", unique("badmail"))
				.param("displayName", "잘못된 메일")
				.param("roles", "MINISTRY")
				.param("email", "hong@@korea.kr"))
			.andReturn();
		assertThat(Jsoup.parse(created.getResponse().getContentAsString()).select("#email-hint").text())
			.isEqualTo("올바른 이메일 주소가 아닙니다. 예: hong@korea.kr");
		assertThat(accountCount()).isEqualTo(before);
	}

	@Test
	void aGoodEmailIsStoredAuditedListedAndBelongsToOneAccountOnly() throws Exception {
		String username = unique("mailed");
		create(username, "메일 받는 이", "EVALUATOR", "");
		long id = accountId(username);
		String address = username + "@Korea.kr";
		assertThat(changeEmail(id, "메일 받는 이", " " + address + " ").getResponse().getRedirectedUrl())
			.isEqualTo("/admin/accounts/" + id);
		assertThat(this.jdbc.queryForObject("select email from account where id = ?", String.class, id))
			.isEqualTo(address);
		Map<String, Object> audit = this.jdbc.queryForMap(
				"select actor, before_state ->> 'email' before, after_state ->> 'email' after from audit_event "
						+ "where action = 'ACCOUNT_UPDATED' and object_id = ?",
				String.valueOf(id));
		assertThat(audit).containsEntry("actor", "admin").containsEntry("before", null).containsEntry("after", address);
		this.mvc.perform(get("/admin/accounts/" + id).with(this.accounts.as("admin")))
			.andExpect(content().string(containsString("value=\"" + address + "\"")));
		int before = this.jdbc.queryForObject("select count(*) from account where username < ?", Integer.class,
				username);
		this.mvc
			.perform(get("/admin/accounts").param("page", String.valueOf(before / AdminAccountController.PAGE_SIZE + 1))
				.with(this.accounts.as("admin")))
			.andExpect(content().string(containsString("<td>" + address + "</td>")));

		// the same address in other letter case is someone else's: refused beside the
		// field
		String other = unique("samemail");
		create(other, "다른 사람", "EVALUATOR", "");
		long otherId = accountId(other);
		MvcResult taken = changeEmail(otherId, "다른 사람", address.toUpperCase(java.util.Locale.ROOT));
		assertThat(Jsoup.parse(taken.getResponse().getContentAsString()).select("#email-hint").text())
			.isEqualTo("다른 계정이 이미 쓰는 이메일 주소입니다.");
		assertThat(this.jdbc.queryForObject("select email from account where id = ?", String.class, otherId)).isNull();
		// keeping one's own address is no conflict; emptying it removes it
		assertThat(
				changeEmail(id, "메일 받는 이", address.toLowerCase(java.util.Locale.ROOT)).getResponse().getRedirectedUrl())
			.isEqualTo("/admin/accounts/" + id);
		assertThat(changeEmail(id, "메일 받는 이", "").getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts/" + id);
		assertThat(this.jdbc.queryForObject("select email from account where id = ?", String.class, id)).isNull();
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		String username = unique("leaver");
		MvcResult created = create(username, "퇴직자", "MINISTRY", "");
		String temporary = (String) created.getFlashMap().get("temporaryPassword");
		long id = accountId(username);
		long version = this.jdbc.queryForObject("select version from account where id = ?", Long.class, id);
		this.mvc
			.perform(post("/admin/accounts/" + id).with(csrf())
				.with(this.accounts.as("admin"))
				.param("displayName", "퇴직자")
				.param("roles", "MINISTRY")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", temporary))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void adminResetsAPasswordAndTheOldOneStopsWorking() throws Exception {
		// an account of its own, signing in with the demo password: a shared demo account
		// whose password this test resets would send every later test signing in as it to
		// the password change
		long id = this.jdbc.queryForObject("""
				insert into account (username, display_name, password_hash, region_id, enabled)
				select 'reset-probe', '울산 담당 (재설정)', password_hash, region_id, true from account
				where username = 'region-ulsan' returning id""", Long.class);
		this.jdbc.update("insert into account_role (account_id, role) values (?, 'REGION')", id);
		long version = this.jdbc.queryForObject("select version from account where id = ?", Long.class, id);
		MvcResult reset = this.mvc
			.perform(post("/admin/accounts/" + id + "/password-reset").with(csrf())
				.with(this.accounts.as("admin"))
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/accounts/" + id))
			.andReturn();
		String temporary = (String) reset.getFlashMap().get("temporaryPassword");
		assertThat(temporary).isNotBlank();
		this.mvc.perform(
				post("/login").with(csrf()).param("username", "reset-probe").param("password", Accounts.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/login").with(csrf()).param("username", "reset-probe").param("password", temporary))
			.andExpect(redirectedUrl("/me"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ACCOUNT_PASSWORD_RESET' and object_id = ?",
				Integer.class, String.valueOf(id)))
			.isEqualTo(1);
	}

	@Test
	void longListsArePagedAndPageLinksKeepTheFilters() throws Exception {
		for (int i = 0; i < 51; i++) {
			this.mvc.perform(post("/login").with(csrf())
				.with(Accounts.from("203.0.113." + (i % 5)))
				.param("username", "paging-probe")
				.param("password", "wrong-" + i));
		}
		this.mvc.perform(get("/audit").param("actor", "paging-probe").with(this.accounts.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("기록 51건"), containsString("href=\"/audit?actor=paging-probe&amp;page=2\""))));
	}

	@Test
	void nothingCanRewriteOrEraseTheAuditTrail() {
		// the portal's role may not (its owner is stopped by the trigger:
		// database.DatabaseRolesTest)
		assertThatThrownBy(() -> this.jdbc.update("update audit_event set actor = 'someone else'")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.jdbc.execute("truncate audit_event")).rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void markupTypedAsAUserNameAtSignInIsEscapedInTheAuditTrail() throws Exception {
		this.mvc.perform(
				post("/login").with(csrf()).param("username", "<img src=x onerror=alert(1)>").param("password", "x"));
		this.mvc.perform(get("/audit").param("action", "LOGIN_FAILED").with(this.accounts.as("admin")))
			.andExpect(content().string(
					allOf(containsString("&lt;img src=x onerror=alert(1)&gt;"), not(containsString("<img src=x")))));
	}

	@Test
	void theAuditPageFiltersByActorAndAction() throws Exception {
		this.mvc
			.perform(post("/login").with(csrf()).param("username", "evaluator").param("password", "wrong password"));
		this.mvc
			.perform(get("/audit").param("actor", "evaluator")
				.param("action", "LOGIN_FAILED")
				.with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<code class=\"muted\">LOGIN_FAILED</code>"),
					containsString("로그인 실패"), containsString("BadCredentialsException"),
					not(containsString("<code class=\"muted\">ACCOUNT_CREATED</code>")),
					not(containsString("<td>ministry</td>")))));
	}

}
