package kr.go.sandan.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.SqlStatements;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The heavy pages run the same number of SQL statements on a small data set and on one of
 * the program's full size (17 plans of 50 projects, 9 evaluators, 60 complexes per
 * region, several rounds): a change that queries once per row fails here. Rendered afresh
 * (Cache-Control: no-cache), never from the page cache; rolled back after the test. The
 * pages that read through JDBC (the budget ledger) are counted at the data source.
 */
@Transactional
@Import(CountingDataSource.class)
class QueryBudgetAtScaleTest extends WorkflowTestSupport {

	@Autowired
	private SyntheticProgram program;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * The Hibernate statements of the request, read as a new request reads (see
	 * {@link #asNewRequest}).
	 */
	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		asNewRequest();
		return new SqlStatements(this.entityManagerFactory)
			.count(() -> this.mvc.perform(request.header("Cache-Control", "no-cache")).andExpect(status().isOk()));
	}

	/**
	 * Every statement of the request made a second time (what is kept once, the regions
	 * and parsed copies, is not read again), read as a new request reads.
	 */
	private long jdbcStatements(MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.header("Cache-Control", "no-cache")).andExpect(status().isOk());
		asNewRequest();
		CountingDataSource.reset();
		this.mvc.perform(request.header("Cache-Control", "no-cache")).andExpect(status().isOk());
		return CountingDataSource.STATEMENTS.get();
	}

	/**
	 * This test's requests share its transaction, whose persistence context would hold
	 * what an earlier request loaded: a lazy collection loaded once per row would then be
	 * loaded by no counted request at all (an evaluator's inbox loaded each round's
	 * indicators apart, and was not caught). Written out and forgotten before a count.
	 */
	private void asNewRequest() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private Map<String, Long> heavyPages(SyntheticProgram.Summary data) throws Exception {
		long round = data.roundIds().get(0);
		long call = data.callIds().get(0);
		long plan = this.jdbc.queryForObject("""
				select p.id from innovation_plan p join region g on g.id = p.region_id
				where p.round_id = ? and p.status = 'DESIGNATED' order by g.position limit 1""", Long.class, round);
		Map<String, Long> counts = new LinkedHashMap<>();
		// the home page reads rows only (issue 18): counted at the data source
		counts.put("home (JDBC too)", jdbcStatements(get("/")));
		counts.put("plan", statements(get("/plans/" + plan)));
		counts.put("announcement", statements(get("/plans/" + plan + "/announcement")));
		counts.put("complexes", statements(get("/complexes")));
		// (a filter whose rows fit on one page would skip the page count: Spring Data's
		// own
		// saving, not a query per row)
		counts.put("complexes of a type", statements(get("/complexes").param("type", "GENERAL")));
		counts.put("ranking board",
				statements(get("/ministry/calls/" + call + "/evaluation/ranking").with(this.accounts.as("ministry"))));
		counts.put("call overview",
				statements(get("/ministry/calls/" + call + "/plans").with(this.accounts.as("ministry"))));
		counts.put("designation",
				statements(get("/ministry/calls/" + call + "/designation").with(this.accounts.as("ministry"))));
		// issue 22: the program at a glance and its open data
		counts.put("dashboard", statements(get("/dashboard")));
		counts.put("dashboard (ministry)", statements(get("/dashboard").with(this.accounts.as("ministry"))));
		counts.put("map", statements(get("/map")));
		// the API's plans are read as rows (issue 18): counted at the data source
		counts.put("API plans (JDBC too)", jdbcStatements(get("/api/v1/plans").param("size", "100")));
		counts.put("API plan (JDBC too)", jdbcStatements(get("/api/v1/plans/" + plan)));
		counts.put("CSV targets (JDBC too)", jdbcStatements(get("/open-data/targets.csv")));
		// issue #20: the published execution figures, read through JDBC
		counts.put("API budget execution",
				jdbcStatements(get("/api/v1/datasets/budget-execution").param("size", "100")));
		// issue #19: the district pages, read through JDBC (its paths, reports and
		// actuals
		// grow with the years): every statement on the data source counted
		int year = this.jdbc.queryForObject("select min(district_year) from annual_report where plan_id = ?",
				Integer.class, plan);
		counts.put("district", jdbcStatements(get("/districts/" + plan).with(this.accounts.as("ministry"))));
		counts.put("district report",
				jdbcStatements(get("/districts/" + plan + "/reports/" + year).with(this.accounts.as("ministry"))));
		counts.put("districts overview", jdbcStatements(get("/ministry/districts").with(this.accounts.as("ministry"))));
		counts.put("plan (JDBC too)", jdbcStatements(get("/plans/" + plan)));
		// the round and region pages read rows (a region's own staff its plans' records)
		counts.put("round (JDBC too)", jdbcStatements(get("/rounds/" + round)));
		// a region with plans in the round and its own staff's account
		String region = this.jdbc.queryForObject("""
				select lower(g.code) from innovation_plan p join region g on g.id = p.region_id
				where p.round_id = ? and exists (select 1 from account a where a.username = 'region-' || lower(g.code))
				order by g.position limit 1""", String.class, round);
		counts.put("region history (JDBC too)", jdbcStatements(get("/regions/" + region)));
		counts.put("region history of its staff (JDBC too)",
				jdbcStatements(get("/regions/" + region).with(this.accounts.as("region-" + region))));
		// issue 18: the published plans behind the dashboard, map, search and open data
		// are read as rows through JDBC
		counts.put("dashboard (JDBC too)", jdbcStatements(get("/dashboard")));
		counts.put("dashboard of the ministry (JDBC too)",
				jdbcStatements(get("/dashboard").with(this.accounts.as("ministry"))));
		counts.put("map (JDBC too)", jdbcStatements(get("/map").param("colour", "attainment")));
		counts.put("plan search (JDBC too)", jdbcStatements(get("/plans").param("status", "DESIGNATED")));
		counts.put("CSV plans (JDBC too)", jdbcStatements(get("/open-data/plans.csv")));
		// issue 18: an evaluator's inbox and work list, where scoring starts and each
		// score sheet sent returns (the synthetic evaluators sit on every round's panel:
		// three panels on the small data set, six once the full size's rounds are added)
		String evaluator = SyntheticProgram.EVALUATOR_PREFIX + "01";
		counts.put("evaluator's inbox (JDBC too)",
				jdbcStatements(get("/evaluations").with(this.accounts.as(evaluator))));
		counts.put("evaluator's work list (JDBC too)", jdbcStatements(get("/me").with(this.accounts.as(evaluator))));
		// issue 20: the budget ledger of a district, of a lead ministry, the overview
		int ledgerYear = data.spec().firstYear() + 1;
		counts.put("ledger", jdbcStatements(get("/districts/" + plan + "/ledger").with(this.accounts.as("ministry"))));
		counts.put("ledger of a ministry",
				jdbcStatements(get("/ledger/ministries/MOTIE").param("year", String.valueOf(ledgerYear))
					.with(this.accounts.as("ministry"))));
		counts.put("ledger overview", jdbcStatements(
				get("/ministry/ledger").param("year", String.valueOf(ledgerYear)).with(this.accounts.as("ministry"))));
		counts.put("ledger export",
				jdbcStatements(get("/ministry/ledger.xlsx").param("year", String.valueOf(ledgerYear))
					.with(this.accounts.as("ministry"))));
		return counts;
	}

	@Test
	void eachHeavyPageRunsAsManyStatementsOnTheFullSizeAsOnASmallDataSet() throws Exception {
		// small: three rounds (so that a district has reports), 3 projects per plan, 2
		// evaluators, 2 regions selected, 5 complexes per region (every count a page
		// lists
		// differs from the full size's)
		Map<String, Long> small = heavyPages(this.program.generate(new SyntheticSpec(7, 2401, 3, 3, 2, 2, 5)));
		// full size: three more rounds of the program's size
		Map<String, Long> large = heavyPages(this.program.generate(new SyntheticSpec(8, 2404, 3, 50, 9, 5, 60)));
		assertThat(large).isEqualTo(small);
		// the ministry's dashboard counted at the data source reads the public's figures
		// and six blocks of its own (18 statements)
		large.forEach((page, count) -> assertThat(count).as(page)
			.isPositive()
			.isLessThanOrEqualTo(page.equals("dashboard of the ministry (JDBC too)") ? 20 : 16));
		// the larger data set holds more of what the district pages list
		assertThat(this.jdbc.queryForObject("""
				select count(*) from annual_report r join innovation_plan p on p.id = r.plan_id
				join program_round o on o.id = p.round_id where o.year between 2404 and 2406""", Integer.class))
			.isGreaterThan(this.jdbc.queryForObject("""
					select count(*) from annual_report r join innovation_plan p on p.id = r.plan_id
					join program_round o on o.id = p.round_id where o.year between 2401 and 2403""", Integer.class));
	}

}
