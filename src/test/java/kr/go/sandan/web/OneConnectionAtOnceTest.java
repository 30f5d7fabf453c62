package kr.go.sandan.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.region.Regions;
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
 * No page holds two connections at once. Pages that read plain statements without a
 * transaction keep their connection until they end, and an entity query among them takes
 * another: a burst of fresh requests as large as the pool then waits for itself until the
 * pool's timeout (right after a start, 32 readers of the plan search got 503 for three
 * seconds; issue 18). The regions' entity query was that read, and is kept before the
 * portal serves anything.
 */
@Import(CountingDataSource.class)
class OneConnectionAtOnceTest extends WorkflowTestSupport {

	@Autowired
	Regions regions;

	@Test
	void theRegionsAreKeptBeforeAnyPageReadsThem() {
		CountingDataSource.reset();
		// what the portal does once every bean is made, before its web server starts
		this.regions.afterSingletonsInstantiated();
		long atStart = CountingDataSource.STATEMENTS.get();
		assertThat(atStart).isPositive();
		assertThat(this.regions.reference()).hasSize(17);
		assertThat(CountingDataSource.STATEMENTS.get()).isEqualTo(atStart);
	}

	@Test
	void signingInFailingAndSigningOutHoldOneConnectionAtOnce() throws Exception {
		// sign-in and sign-out are audited and throttled in transactions of their own
		CountingDataSource.reset();
		MvcResult signedIn = this.mvc
			.perform(post("/login").with(csrf())
				.with(Accounts.from("203.0.113.18"))
				.param("username", "ministry")
				.param("password", Accounts.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/me"))
			.andReturn();
		assertThat(CountingDataSource.CONNECTIONS_AT_ONCE.get()).as("signed in").isEqualTo(1);
		CountingDataSource.reset();
		this.mvc
			.perform(post("/login").with(csrf())
				.with(Accounts.from("203.0.113.18"))
				.param("username", "ministry")
				.param("password", "not-the-password"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(CountingDataSource.CONNECTIONS_AT_ONCE.get()).as("refused").isEqualTo(1);
		CountingDataSource.reset();
		this.mvc
			.perform(post("/logout").with(csrf())
				.cookie(signedIn.getResponse().getCookie("SESSION"))
				.with(Accounts.from("203.0.113.18")))
			.andExpect(status().is3xxRedirection());
		assertThat(CountingDataSource.CONNECTIONS_AT_ONCE.get()).as("signed out").isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'LOGOUT' and source = '203.0.113.18'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aRegionSavingAndSubmittingItsPlanHoldsOneConnectionAtOnce() throws Exception {
		long call = this.journeys.openCallPast2100(2967);
		long plan = this.journeys.start(call, "region-busan");
		CountingDataSource.reset();
		this.mvc.perform(this.journeys.section(plan, "region-busan", "basics", "vision", "첫 비전"))
			.andExpect(status().is3xxRedirection());
		assertThat(CountingDataSource.CONNECTIONS_AT_ONCE.get()).as("draft saved").isEqualTo(1);
		this.journeys.complete(plan, "region-busan", "명지녹산국가산업단지", "한 연결의 비전");
		CountingDataSource.reset();
		// a submission tells the ministry (notifications, audit, the submitted copy)
		this.journeys.submit(plan, "region-busan").andExpect(status().is3xxRedirection());
		assertThat(CountingDataSource.CONNECTIONS_AT_ONCE.get()).as("submitted").isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("SUBMITTED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "anonymous", "ministry", "region-gyeongnam" })
	void pagesHoldOneConnectionAtOnce(String reader) throws Exception {
		long plan = this.jdbc.queryForObject("""
				select p.id from innovation_plan p join region r on r.id = p.region_id
				where p.published_on is not null and r.code = 'GYEONGNAM' order by p.id limit 1""", Long.class);
		long round = this.jdbc.queryForObject("select round_id from innovation_plan where id = ?", Long.class, plan);
		List<String> pages = List.of("/", "/plans/" + plan, "/rounds/" + round, "/regions/gyeongnam", "/regions/seoul",
				"/complexes", "/map", "/dashboard", "/plans?status=DESIGNATED", "/calls", "/open-data",
				"/open-data/smart-green-complexes.csv", "/api/v1/plans", "/api/v1/datasets/targets");
		for (String page : pages) {
			MockHttpServletRequestBuilder request = get(page).header("Cache-Control", "no-cache").locale(Locale.KOREAN);
			if (!reader.equals("anonymous")) {
				request = request.with(this.accounts.as(reader));
			}
			CountingDataSource.reset();
			// kept at a start, as the portal keeps them (see above)
			this.regions.reference();
			this.mvc.perform(request).andExpect(status().isOk());
			assertThat(CountingDataSource.CONNECTIONS_AT_ONCE.get()).as(reader + " " + page).isEqualTo(1);
		}
	}

}
