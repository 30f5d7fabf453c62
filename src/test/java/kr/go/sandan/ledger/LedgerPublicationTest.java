package kr.go.sandan.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing execution figures: the program ministry publishes a year's ledger figures as
 * a recorded decision; the public (dashboard, open data API and CSV) reads only what was
 * published, frozen at publication: neither an unpublished year nor an entry made after
 * the publication reaches it until the year is published again. A stale publication is a
 * 409; nobody else publishes; the public pages read a fixed number of statements.
 */
@Import(CountingDataSource.class)
class LedgerPublicationTest extends WorkflowTestSupport {

	private void enter(long plan, long project, int year, String... figures) throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		MockHttpServletRequestBuilder request = post(
				"/districts/" + plan + "/ledger/" + project + "/" + year + "/national")
			.with(csrf())
			.with(this.accounts.as("ministry"))
			.param("version", String.valueOf(funded.version(plan, project, year, "NATIONAL")))
			.param("enteredOn", "2026-04-01")
			.param("reason", "테스트");
		for (int i = 0; i < figures.length; i += 2) {
			request = request.param(figures[i], figures[i + 1]);
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private long version(int year) {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from ledger_publication where year = ?",
				Long.class, year);
	}

	private void publish(int year, String who) throws Exception {
		this.mvc
			.perform(post("/ministry/ledger/publications/" + year).with(csrf())
				.with(this.accounts.as(who))
				.param("version", String.valueOf(version(year)))
				.param("note", "연간 집행 실적 공개"))
			.andExpect(redirectedUrl("/ministry/ledger/publications"));
	}

	private String anyone(String url) throws Exception {
		return this.mvc.perform(get(url).header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The public dashboard's row of a district in the published execution table. */
	private String dashboardRow(int roundYear, String region) throws Exception {
		Document page = Jsoup.parse(anyone("/dashboard"));
		// (no table while nothing at all is published)
		return page.select("section[aria-labelledby=chart-public-execution-district-heading] table tbody tr")
			.stream()
			.map(Element::text)
			.filter((text) -> text.contains(String.valueOf(roundYear)) && text.contains(region))
			.findFirst()
			.orElse("");
	}

	@Test
	void thePublicReadsOnlyWhatWasPublishedAsItStoodThen() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2700, "BUSAN", "부산광역시", 1, 2);
		long project = funded.project(plan, 0);
		enter(plan, project, 2701, "allocated", "1000", "executed", "250");

		// nothing published yet: the ledger is not public
		assertThat(dashboardRow(2700, "부산광역시")).isEmpty();
		assertThat(anyone("/api/v1/datasets/budget-execution?size=100")).doesNotContain("\"round_year\":2700");
		assertThat(anyone("/open-data/budget-execution.csv")).doesNotContain(",2700,");

		// the ministry sees what publishing would freeze, and publishes
		Document form = pageAs("/ministry/ledger/publications/2701", "ministry");
		assertThat(form.select("#rollup-district").text()).contains("부산광역시 (2700)");
		assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("0");
		publish(2701, "ministry");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'LEDGER_PUBLISHED' and object_id = ?""", Integer.class,
				String.valueOf(version(2701))))
			.isEqualTo(1);
		assertThat(pageAs("/ministry/ledger/publications", "ministry").select("#publication-history").text())
			.contains("2701년", "연간 집행 실적 공개");

		// what was published cannot be changed in place, not even by the portal's own
		// role
		long published = version(2701);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc
				.update("update ledger_publication_figure set executed = 0 where publication_id = ?", published))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);

		// planted after publication: a correction of the published year, and a year never
		// published
		enter(plan, project, 2701, "allocated", "1000", "executed", "600");
		enter(plan, project, 2702, "allocated", "500", "executed", "100");

		// the public reads the figures as published: 250 of 1,000, nothing of 2702
		assertThat(dashboardRow(2700, "부산광역시")).contains("1,000", "250", "25%").doesNotContain("600", "60%");
		String api = anyone("/api/v1/datasets/budget-execution?size=100");
		assertThat(api)
			.contains("\"year\":2701,\"plan_id\":" + plan + ",\"round_year\":2700",
					"\"allocated\":1000,\"executed\":250,", "\"execution_rate_percent\":25")
			.doesNotContain("\"year\":2702,\"plan_id\":" + plan + ",");
		byte[] csv = this.mvc.perform(get("/open-data/budget-execution.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("2701," + plan + ",2700,부산광역시,MOTIE,산업통상자원부,NATIONAL,800,0,1000,250,")
			.doesNotContain("2702," + plan + ",");
		assertThat(anyone("/open-data")).contains("/open-data/budget-execution.csv", "execution_rate_percent");

		// someone publishing against what they read before: 409, nothing published
		this.mvc
			.perform(post("/ministry/ledger/publications/2701").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", "0")
				.param("note", "늦은 공개"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_publication where year = 2701", Integer.class))
			.isEqualTo(1);

		// published again, the public reads the new figures
		publish(2701, "ministry");
		assertThat(dashboardRow(2700, "부산광역시")).contains("600", "60%");
		assertThat(anyone("/api/v1/datasets/budget-execution?size=100")).contains("\"execution_rate_percent\":60")
			.doesNotContain("\"year\":2702,\"plan_id\":" + plan + ",");
	}

	@Test
	void onlyTheProgramMinistryPublishes() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2705, "DAEGU", "대구광역시", 1, 1);
		enter(plan, funded.project(plan, 0), 2706, "allocated", "100", "executed", "10");
		String officer = CoFundingLedgerTest.officer(this.jdbc, "p20-motie", "MOTIE");
		for (String who : List.of("region-daegu", officer)) {
			this.mvc.perform(get("/ministry/ledger/publications/2706").with(this.accounts.as(who)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/ministry/ledger/publications/2706").with(csrf())
					.with(this.accounts.as(who))
					.param("version", "0"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/ministry/ledger/publications/2706").with(csrf()).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(version(2706)).isZero();
		// a year no designated district holds has nothing to publish
		this.mvc
			.perform(post("/ministry/ledger/publications/2749").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", "0"))
			.andExpect(status().isOk());
		assertThat(version(2749)).isZero();
	}

	private long statements(String url) throws Exception {
		anyone(url);
		CountingDataSource.reset();
		anyone(url);
		return CountingDataSource.STATEMENTS.get();
	}

	@Test
	void thePublicPagesReadAFixedNumberOfStatementsWhateverWasPublished() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long first = funded.funded(2710, "ULSAN", "울산광역시", 1, 1);
		enter(first, funded.project(first, 0), 2711, "allocated", "100", "executed", "10");
		publish(2711, "ministry");
		List<String> urls = List.of("/dashboard", "/api/v1/datasets/budget-execution",
				"/open-data/budget-execution.csv", "/open-data");
		List<Long> few = urls.stream().map(this::count).toList();
		for (String region : List.of("GWANGJU", "DAEJEON", "SEJONG")) {
			long plan = funded.funded(2712, region, region, 3, 2);
			for (int p = 0; p < 3; p++) {
				enter(plan, funded.project(plan, p), 2713, "allocated", "700", "executed", "70");
				enter(plan, funded.project(plan, p), 2714, "allocated", "700", "executed", "70");
			}
		}
		publish(2713, "ministry");
		publish(2714, "ministry");
		publish(2713, "ministry");
		assertThat(urls.stream().map(this::count).toList()).isEqualTo(few);
	}

	private long count(String url) {
		try {
			return statements(url);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
