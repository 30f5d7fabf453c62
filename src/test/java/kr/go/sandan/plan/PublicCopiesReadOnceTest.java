package kr.go.sandan.plan;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The published copies' JSON (tens of kilobytes a plan) is read only for copies not
 * parsed before (issue 18): the pages over every published plan read it in one statement
 * after a start, and not at all after; and every page that reads copies still shows them
 * when none is kept, including the region page, whose plans were read in an earlier
 * transaction.
 */
@PortalTest
@Import(CountingDataSource.class)
class PublicCopiesReadOnceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long statements(String path) throws Exception {
		// not reset(): this test chooses what is kept
		CountingDataSource.STATEMENTS.set(0);
		// past the page caches: the page is rendered from the data
		this.mvc.perform(get(path).header("Cache-Control", "no-cache")).andExpect(status().isOk());
		return CountingDataSource.STATEMENTS.get();
	}

	@Test
	void theDashboardReadsTheCopiesJsonOnlyWhileNotParsed() throws Exception {
		statements("/dashboard");
		long warm = statements("/dashboard");
		PlanSnapshots.forgetKept();
		long cold = statements("/dashboard");
		long again = statements("/dashboard");
		assertThat(cold).as("the copies not kept, in one statement").isEqualTo(warm + 1);
		assertThat(again).as("then kept").isEqualTo(warm);
	}

	@Test
	void everyPageReadingPublicCopiesShowsThemWhenNoneIsKept() throws Exception {
		// the release's first published plan with a hub complex named in its public copy
		var chosen = this.jdbc.queryForMap("""
				select p.id, p.round_id, g.code, p.region_name, m.content -> 'content' -> 'hub' ->> 'name' as hub
				from innovation_plan p join region g on g.id = p.region_id
				join plan_milestone m on m.id = p.public_milestone_id
				where m.content -> 'content' -> 'hub' ->> 'name' is not null order by p.id limit 1""");
		long plan = ((Number) chosen.get("id")).longValue();
		String region = (String) chosen.get("region_name");
		String hub = (String) chosen.get("hub");
		String[] pages = { "/regions/" + chosen.get("code"), "/plans/" + plan, "/rounds/" + chosen.get("round_id"),
				"/dashboard", "/map", "/plans", "/api/v1/plans?size=100" };
		for (String page : pages) {
			PlanSnapshots.forgetKept();
			this.mvc.perform(get(page).header("Cache-Control", "no-cache"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(region)));
		}
		// the region page names each plan's hub complex as published
		PlanSnapshots.forgetKept();
		this.mvc.perform(get("/regions/" + chosen.get("code")).header("Cache-Control", "no-cache"))
			.andExpect(content().string(containsString(hub)));
	}

}
