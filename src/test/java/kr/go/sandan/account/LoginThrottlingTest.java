package kr.go.sandan.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Guessing passwords gets nowhere: an account locks after repeated failures, a source is
 * blocked after many, and the answer never tells whether the account exists.
 */
@PortalTest
class LoginThrottlingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private ResultActions signIn(String username, String password, String from) throws Exception {
		return this.mvc.perform(post("/login").with(csrf())
			.with(Accounts.from(from))
			.param("username", username)
			.param("password", password));
	}

	@Test
	void anAccountLocksAfterFiveFailuresAndOpensAgainAfterItsLock() throws Exception {
		String who = "region-jeonnam";
		for (int i = 0; i < Account.MAX_FAILED_LOGINS; i++) {
			signIn(who, "guess-" + i, "192.0.2.10").andExpect(redirectedUrl("/login?error"));
		}
		// the right password is refused while locked, with the very same answer
		signIn(who, Accounts.DEMO_PASSWORD, "192.0.2.11").andExpect(redirectedUrl("/login?error"));
		signIn("no-such-person", "whatever", "192.0.2.11").andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = ? and source = '192.0.2.10'""",
				Integer.class, who))
			.isEqualTo(Account.MAX_FAILED_LOGINS);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'LOGIN_FAILED' and detail like '%account locked%' and actor = ?",
				Integer.class, who))
			.isEqualTo(1);

		// fifteen minutes later
		this.jdbc.update("update account set locked_until = now() - interval '1 second' where username = ?", who);
		signIn(who, Accounts.DEMO_PASSWORD, "192.0.2.11").andExpect(redirectedUrl("/me"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'LOGIN_SUCCEEDED' and actor = ? and source = '192.0.2.11'",
				Integer.class, who))
			.isEqualTo(1);
	}

	@Test
	void aSourceGuessingManyNamesIsBlockedWhileOthersStillSignIn() throws Exception {
		String source = "198.51.100.77";
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_SOURCE; i++) {
			signIn("guess" + i, "password-" + i, source).andExpect(redirectedUrl("/login?error"));
		}
		signIn("region-incheon", Accounts.DEMO_PASSWORD, source).andExpect(redirectedUrl("/login?error"));
		signIn("region-incheon", Accounts.DEMO_PASSWORD, "198.51.100.78").andExpect(redirectedUrl("/me"));
		this.jdbc.update("update login_throttle set blocked_until = now() - interval '1 second' where source = ?",
				source);
		signIn("region-incheon", Accounts.DEMO_PASSWORD, source).andExpect(redirectedUrl("/me"));
	}

}
