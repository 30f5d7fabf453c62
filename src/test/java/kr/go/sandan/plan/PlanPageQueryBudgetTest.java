package kr.go.sandan.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.account.AccountUserDetailsService;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The heavy pages run a fixed number of SQL statements: a plan with 4 linked sites and 19
 * projects costs the same as one with no linked site and no project.
 */
@PortalTest
@Import(CountingDataSource.class)
class PlanPageQueryBudgetTest {

	/**
	 * For the public, every statement the page sends (counted at the connection, JPA and
	 * plain SQL alike): the plan's facts with its status events and milestones (one row,
	 * no entity), the copy's JSON (read only while the copy is not parsed and kept;
	 * counted here as after a start), the regions (reference data, read once after a
	 * start), the rows of its complexes, and a district's figures (the district, its
	 * targets and their verified actuals in one, whether or not the plan is a district).
	 * (It was 12 Hibernate statements when the page read the plan's record, a query per
	 * collection; 8 while it read the record, its events and its milestones apart; until
	 * issue 18 the count left out the plain SQL ones; 7 while the district's figures took
	 * three.)
	 */
	static final long PLAN_PAGE_STATEMENTS = 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountUserDetailsService users;

	private long planId(int year, String regionCode) {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = ? and g.code = ?""", Long.class, year, regionCode);
	}

	private long statementsFor(String path, Object... vars) throws Exception {
		// rendered afresh, not served from the public page cache; every statement sent,
		// through JPA or plain SQL
		CountingDataSource.reset();
		this.mvc.perform(get(path, vars).header("Cache-Control", "no-cache")).andExpect(status().isOk());
		return CountingDataSource.STATEMENTS.get();
	}

	@Test
	void planPageRunsTheSameFixedNumberOfStatementsForAnyPlan() throws Exception {
		long richest = statementsFor("/plans/{id}", planId(2021, "GYEONGNAM"));
		long withAreas = statementsFor("/plans/{id}", planId(2021, "BUSAN"));
		long barest = statementsFor("/plans/{id}", planId(2020, "GYEONGBUK"));
		assertThat(richest).isEqualTo(PLAN_PAGE_STATEMENTS);
		assertThat(withAreas).isEqualTo(PLAN_PAGE_STATEMENTS);
		assertThat(barest).isEqualTo(PLAN_PAGE_STATEMENTS);
	}

	/**
	 * For the ministry, who follows every plan: the plan's record with its round, region
	 * and hub, its status events, its content as one JSON row, its milestones, the rows
	 * of its complexes, a district's figures, and its submissions (versions, documents
	 * and revision requests in one); besides them the officer's account, roles and
	 * sign-in throttle and the new session's two rows (MockMvc signs in at every
	 * request). A plan with a confirmation reads its copy too (its id, and its JSON while
	 * not parsed and kept). (Until issue 18 the content was read as entities, a query per
	 * collection, and the submissions in four statements.)
	 */
	static final long MINISTRY_PLAN_PAGE_STATEMENTS = 12;

	@Test
	void theMinistrysPlanPageRunsTheSameFixedNumberOfStatementsForAnyPlan() throws Exception {
		for (long plan : List.of(planId(2021, "GYEONGNAM"), planId(2021, "BUSAN"), planId(2020, "GYEONGBUK"))) {
			boolean confirmed = this.jdbc.queryForObject(
					"select exists (select 1 from plan_milestone where plan_id = ? and kind = 'CONFIRMED')",
					Boolean.class, plan);
			PlanSnapshots.forgetKept();
			CountingDataSource.reset();
			this.mvc
				.perform(get("/plans/{id}", plan).header("Cache-Control", "no-cache")
					.with(new Accounts(this.users).as("ministry")))
				.andExpect(status().isOk());
			assertThat(CountingDataSource.STATEMENTS.get()).as("plan %d", plan)
				.isEqualTo(MINISTRY_PLAN_PAGE_STATEMENTS + (confirmed ? 2 : 0));
		}
	}

	@Test
	void otherPublicPagesAreBoundedToo() throws Exception {
		long round = this.jdbc.queryForObject("select id from program_round where year = 2021", Long.class);
		// one each for the calls announced (the home page) and the round's call
		assertThat(statementsFor("/")).isLessThanOrEqualTo(5);
		assertThat(statementsFor("/rounds/{id}", round)).isLessThanOrEqualTo(5);
		// the plans, their copies' JSON not parsed before, the region
		assertThat(statementsFor("/regions/gyeongnam")).isLessThanOrEqualTo(4);
		assertThat(statementsFor("/complexes")).isLessThanOrEqualTo(3);
	}

	@Test
	void aMilestoneIsParsedOnceAndThenReadFromWhatIsKept() throws Exception {
		long plan = planId(2021, "GYEONGNAM");
		String kind = this.jdbc.queryForObject("select kind from plan_milestone where plan_id = ? limit 1",
				String.class, plan);
		long cold = statementsFor("/plans/{id}/milestones/{kind}", plan, kind);
		// the same page again: the copy's JSON is not read (nor parsed, nor its sections
		// rendered) a second time, nor the regions (the public's page takes the plan's
		// region from them: reference data, read once after a start)
		CountingDataSource.STATEMENTS.set(0);
		this.mvc.perform(get("/plans/{id}/milestones/{kind}", plan, kind).header("Cache-Control", "no-cache"))
			.andExpect(status().isOk());
		assertThat(CountingDataSource.STATEMENTS.get()).isEqualTo(cold - 2);
		// the plan's facts, the copy's id and the rows of its complexes
		assertThat(CountingDataSource.STATEMENTS.get()).isEqualTo(3);
	}

}
