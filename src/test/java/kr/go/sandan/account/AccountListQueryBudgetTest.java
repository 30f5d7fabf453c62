package kr.go.sandan.account;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import kr.go.sandan.support.SqlStatements;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account list costs the same number of statements however many accounts there are.
 */
class AccountListQueryBudgetTest extends WorkflowTestSupport {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theAccountListDoesNotQueryPerAccount() throws Exception {
		SqlStatements sql = new SqlStatements(this.entityManagerFactory);
		// a full first page both times: Spring Data skips the count query for a short
		// page
		this.jdbc.update("""
				insert into account (username, display_name, password_hash)
				select 'budget-filler-' || n, '채움 계정 ' || n, '{noop}unused'
				from generate_series(1, greatest(0, ? - (select count(*) from account))) n
				on conflict do nothing""", AdminAccountController.PAGE_SIZE + 1);
		long before = sql.count(() -> this.mvc.perform(get("/admin/accounts").with(this.accounts.as("admin")))
			.andExpect(status().isOk()));
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(post("/admin/accounts").with(csrf())
					.with(this.accounts.as("admin"))
					.param("username", "budget-probe-" + System.nanoTime() % 100000 + i)
					.param("displayName", "쿼리 예산 " + i)
					.param("roles", "EVALUATOR"))
				.andExpect(status().is3xxRedirection());
		}
		long after = sql.count(() -> this.mvc.perform(get("/admin/accounts").with(this.accounts.as("admin")))
			.andExpect(status().isOk()));
		assertThat(after).isEqualTo(before);
	}

}
