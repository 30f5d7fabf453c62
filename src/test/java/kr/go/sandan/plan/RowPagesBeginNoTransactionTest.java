package kr.go.sandan.plan;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages and answers that read plain statements only read them on one
 * connection without beginning a transaction (issue 18: a begin and commit were a tenth
 * of a fresh page, and a read-only transaction buys rows no consistency read committed
 * does not give). A service method that is still {@code REQUIRED} — an annotation on the
 * overload the page does not call, a class-level default — shows here as a transaction.
 */
@PortalTest
@Import(CountingDataSource.class)
class RowPagesBeginNoTransactionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePublicsRowPagesBeginNone() throws Exception {
		long plan = this.jdbc.queryForObject(
				"select id from innovation_plan where published_on is not null order by id limit 1", Long.class);
		String[] pages = { "/", "/plans/" + plan, "/complexes", "/complexes?name=%EC%B0%BD%EC%9B%90", "/map",
				"/dashboard", "/plans?status=DESIGNATED", "/calls", "/open-data", "/open-data/targets.csv",
				"/api/v1/plans", "/api/v1/plans/" + plan, "/api/v1/datasets/targets" };
		for (String page : pages) {
			CountingDataSource.reset();
			this.mvc.perform(get(page).header("Cache-Control", "no-cache")).andExpect(status().isOk());
			assertThat(CountingDataSource.STATEMENTS.get()).as(page).isPositive();
			assertThat(CountingDataSource.TRANSACTIONS.get()).as(page).isZero();
		}
	}

}
