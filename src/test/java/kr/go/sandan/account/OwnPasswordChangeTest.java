package kr.go.sandan.account;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Issue 15, finding 7: whoever changes their own password ends every session of theirs,
 * as an administrator's change of roles, access or password does; they go on in the one
 * they changed it in, under a new session id.
 */
class OwnPasswordChangeTest extends WorkflowTestSupport {

	private static final String OLD = "처음 받은 비밀번호 2075 봄";

	private static final String NEW = "새로 정한 비밀번호 2075 가을";

	@Autowired
	private PasswordEncoder passwordEncoder;

	private Cookie signIn(String username, String password) throws Exception {
		MvcResult login = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andExpect(redirectedUrl("/me"))
			.andReturn();
		return login.getResponse().getCookie("SESSION");
	}

	private boolean signedIn(Cookie session) throws Exception {
		int status = this.mvc.perform(get("/me").cookie(session)).andReturn().getResponse().getStatus();
		assertThat(status).isIn(200, 302);
		return status == 200;
	}

	@Test
	void changingOnesOwnPasswordEndsEveryOtherSession() throws Exception {
		String username = "i15-pw-" + System.nanoTime();
		this.jdbc.update("""
				insert into account (username, display_name, password_hash, affiliation)
				values (?, 'i15 비밀번호 바꾸는 사람', ?, '한국산업연구원')""", username, this.passwordEncoder.encode(OLD));
		this.jdbc.update("""
				insert into account_role (account_id, role) select id, 'EVALUATOR' from account where username = ?""",
				username);
		Cookie office = signIn(username, OLD);
		Cookie home = signIn(username, OLD);
		assertThat(signedIn(office)).isTrue();
		assertThat(signedIn(home)).isTrue();

		MvcResult changed = this.mvc
			.perform(post("/account/password").cookie(home)
				.with(csrf())
				.param("currentPassword", OLD)
				.param("newPassword", NEW)
				.param("confirmPassword", NEW))
			.andExpect(redirectedUrl("/me"))
			.andReturn();

		// the other session is over; the one it was changed in goes on under a new id
		assertThat(signedIn(office)).isFalse();
		assertThat(signedIn(home)).isFalse();
		Cookie renewed = changed.getResponse().getCookie("SESSION");
		assertThat(renewed).isNotNull();
		assertThat(renewed.getValue()).isNotEqualTo(home.getValue());
		assertThat(signedIn(renewed)).isTrue();
		assertThat(signedIn(signIn(username, NEW))).isTrue();
	}

}
