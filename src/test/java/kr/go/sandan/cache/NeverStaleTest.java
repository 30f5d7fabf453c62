package kr.go.sandan.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A kept page is never older than an acknowledged change, whatever order transactions
 * commit in; what no page shows leaves the pages kept; a change of one round leaves the
 * other rounds' plan pages kept; after a change, many readers at once cause one render.
 */
class NeverStaleTest extends WorkflowTestSupport {

	@Autowired
	AuditLog audit;

	@Autowired
	PlatformTransactionManager transactionManager;

	private MockHttpServletResponse page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
	}

	/**
	 * Renames a complex (as the portal's own changes do: the change and its audit row).
	 */
	private void rename(long complex, String name) {
		this.jdbc.update("update industrial_complex set name = ? where id = ?", name, complex);
		this.audit.record(AuditEntry.of("COMPLEX_PUBLISHED", "complex", complex, null, Map.of("name", name)));
	}

	/** A change recorded as the portal's own are (an action the audit page can name). */
	private void changed(String objectType, long id) {
		String action = "plan".equals(objectType) ? "PLAN_DRAFT_SAVED" : "COMPLEX_PUBLISHED";
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.audit.record(AuditEntry.of(action, objectType, id, null, null)));
	}

	@Test
	void aPageRenderedBetweenTwoCommitsIsNotKeptPastTheSecond() throws Exception {
		// two complexes the first page of the list shows
		List<String> names = Jsoup.parse(page("/complexes").getContentAsString())
			.select("tbody th[scope=row] > span:first-of-type")
			.eachText();
		assertThat(names).hasSizeGreaterThanOrEqualTo(2);
		long first = this.jdbc.queryForObject("select min(id) from industrial_complex where name = ?", Long.class,
				names.get(0));
		long second = this.jdbc.queryForObject("select min(id) from industrial_complex where name = ?", Long.class,
				names.get(1));
		String renamedA = names.get(0) + " 가";
		String renamedB = names.get(1) + " 나";
		CountDownLatch aWrote = new CountDownLatch(1);
		CountDownLatch aMayCommit = new CountDownLatch(1);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			// A writes first (and takes the first audit id), and commits last
			Future<?> a = executor
				.submit(() -> new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
					rename(first, renamedA);
					aWrote.countDown();
					try {
						assertThat(aMayCommit.await(30, TimeUnit.SECONDS)).isTrue();
					}
					catch (InterruptedException ex) {
						throw new IllegalStateException(ex);
					}
				}));
			assertThat(aWrote.await(30, TimeUnit.SECONDS)).isTrue();
			new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> rename(second, renamedB));

			// between the two commits: B's change is there, A's not yet
			MockHttpServletResponse between = page("/complexes");
			assertThat(between.getHeader("X-Page-Cache")).isEqualTo("miss");
			assertThat(between.getContentAsString()).contains(renamedB).doesNotContain(renamedA);

			aMayCommit.countDown();
			a.get(30, TimeUnit.SECONDS);
			// both acknowledged: every page after shows both
			MockHttpServletResponse after = page("/complexes");
			assertThat(after.getContentAsString()).contains(renamedA).contains(renamedB);
			assertThat(page("/complexes").getContentAsString()).contains(renamedA).contains(renamedB);
		}
		finally {
			aMayCommit.countDown();
			executor.shutdownNow();
			new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
				rename(first, names.get(0));
				rename(second, names.get(1));
			});
		}
		assertThat(page("/complexes").getContentAsString()).doesNotContain(renamedA).doesNotContain(renamedB);
	}

	@Test
	void signingInAndOutLeavesThePublicPagesKept() throws Exception {
		page("/complexes");
		assertThat(page("/complexes").getHeader("X-Page-Cache")).isEqualTo("hit");
		// a failed sign-in, a sign-in, a sign-out: recorded, and shown on no page
		this.mvc.perform(post("/login").with(csrf())
			.with(Accounts.from("10.66.18.1"))
			.param("username", "never-stale-test")
			.param("password", "wrong"));
		var session = this.mvc
			.perform(
					post("/login").with(csrf()).param("username", "ministry").param("password", Accounts.DEMO_PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(post("/logout").with(csrf()).cookie(session));
		assertThat(page("/complexes").getHeader("X-Page-Cache")).isEqualTo("hit");
	}

	@Test
	void aChangeOfOneRoundLeavesTheOtherRoundsPlanPagesKept() throws Exception {
		List<Map<String, Object>> plans = this.jdbc.queryForList("""
				select p.id, p.round_id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = 2021 and g.code = 'GYEONGGI'""");
		long plan = ((Number) plans.get(0).get("id")).longValue();
		long round = ((Number) plans.get(0).get("round_id")).longValue();
		long sameRound = this.jdbc.queryForObject("select min(id) from innovation_plan where round_id = ? and id <> ?",
				Long.class, round, plan);
		long otherRound = this.jdbc.queryForObject("select min(id) from innovation_plan where round_id <> ?",
				Long.class, round);
		page("/plans/" + plan);
		page("/complexes");
		assertThat(page("/plans/" + plan).getHeader("X-Page-Cache")).isEqualTo("hit");

		changed("plan", otherRound);
		assertThat(page("/plans/" + plan).getHeader("X-Page-Cache")).isEqualTo("hit");
		// a page of every round's data is rendered again
		assertThat(page("/complexes").getHeader("X-Page-Cache")).isEqualTo("miss");

		changed("plan", sameRound);
		assertThat(page("/plans/" + plan).getHeader("X-Page-Cache")).isEqualTo("miss");
		// what belongs to no round (a complex) reaches every plan page
		changed("complex", 1);
		assertThat(page("/plans/" + plan).getHeader("X-Page-Cache")).isEqualTo("miss");
		assertThat(page("/plans/" + plan).getHeader("X-Page-Cache")).isEqualTo("hit");
	}

	@Test
	void manyReadersAfterAChangeCauseOneRender() throws Exception {
		long plan = this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = 2021 and g.code = 'GYEONGGI'""", Long.class);
		page("/plans/" + plan);
		changed("plan", plan);
		int readers = 12;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(readers);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				answers.add(executor.submit(() -> {
					start.await();
					return page("/plans/" + plan);
				}));
			}
			start.countDown();
			List<String> cache = new ArrayList<>();
			String body = null;
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse response = answer.get(60, TimeUnit.SECONDS);
				cache.add(response.getHeader("X-Page-Cache"));
				if (body == null) {
					body = response.getContentAsString();
				}
				assertThat(response.getContentAsString()).isEqualTo(body);
			}
			assertThat(cache).containsOnly("miss", "hit").filteredOn("miss"::equals).hasSize(1);
		}
		finally {
			executor.shutdownNow();
		}
	}

}
