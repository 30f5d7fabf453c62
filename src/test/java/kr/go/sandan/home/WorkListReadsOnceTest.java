package kr.go.sandan.home;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.annotation.Import;

import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each person's start page reads its lists in one read-only transaction, on one
 * connection: the ministry's had begun and committed one per list, six in all (about a
 * fifth of the page; issue 18). Signed in for real: the page as it is read again in a
 * session, whose touch is one plain statement.
 */
@Import(CountingDataSource.class)
class WorkListReadsOnceTest extends WorkflowTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "ministry", "region-gyeongnam", "evaluator", "admin" })
	void theStartPageBeginsOneTransaction(String person) throws Exception {
		Cookie session = this.mvc
			.perform(post("/login").with(csrf())
				.with(Accounts.from("203.0.113.19"))
				.param("username", person)
				.param("password", Accounts.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/me"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/me").cookie(session)).andExpect(status().isOk());
		CountingDataSource.reset();
		String page = this.mvc.perform(get("/me").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("</html>");
		assertThat(CountingDataSource.TRANSACTIONS.get()).as(person).isEqualTo(1);
		assertThat(CountingDataSource.CONNECTIONS_AT_ONCE.get()).as(person).isEqualTo(1);
	}

}
