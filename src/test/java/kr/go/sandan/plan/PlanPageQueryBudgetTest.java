package kr.go.sandan.plan;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.PortalTest;
import kr.go.sandan.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The heavy pages run a fixed number of SQL statements: a plan with 4 linked sites and 19
 * projects costs the same as one with no linked site and no project.
 */
@PortalTest
class PlanPageQueryBudgetTest {

	/**
	 * For the public: the plan with the copy of its last published decision (one row),
	 * its status events, the Smart Green rows of its complexes, and the copy's JSON (read
	 * only while the copy is not parsed and kept; counted here as after a start). (It was
	 * 12 when the page read the plan's record, a query per collection.)
	 */
	static final long PLAN_PAGE_STATEMENTS = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	SqlStatements sql;

	@BeforeEach
	void setUp() {
		this.sql = new SqlStatements(this.entityManagerFactory);
	}

	private long planId(int year, String regionCode) {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = ? and g.code = ?""", Long.class, year, regionCode);
	}

	private long statementsFor(String path, Object... vars) throws Exception {
		// rendered afresh, not served from the public page cache
		return this.sql.count(
				() -> this.mvc.perform(get(path, vars).header("Cache-Control", "no-cache")).andExpect(status().isOk()));
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

}
