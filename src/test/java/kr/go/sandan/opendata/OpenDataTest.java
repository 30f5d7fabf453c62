package kr.go.sandan.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.support.PortalTest;
import kr.go.sandan.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The open data as anyone reads it: the API gives the release's plans with their targets
 * and hubs, the CSV opens in a spreadsheet with Korean intact, only published plans are
 * there, and every answer reads a fixed number of statements.
 */
@PortalTest
class OpenDataTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private long planId(int year, String regionCode) {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = ? and g.code = ?""", Long.class, year, regionCode);
	}

	@Test
	void apiGivesThe2021GyeongnamPlanWithItsTargetsAndHub() throws Exception {
		long id = planId(2021, "GYEONGNAM");
		this.mvc.perform(get("/api/v1/plans/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roundYear").value(2021))
			.andExpect(jsonPath("$.regionName").value("경상남도"))
			.andExpect(jsonPath("$.status").value("PRELIMINARILY_SELECTED"))
			.andExpect(jsonPath("$.hub.name").value("창원국가산업단지"))
			.andExpect(jsonPath("$.targets[?(@.source == 'PLAN')].asWritten")
				.value(hasItems("생산액 5.1조원 증대", "신규창업 207개", "고용 1.3만명 창출")))
			.andExpect(jsonPath("$.targets[?(@.metric == 'PRODUCTION_INCREASE')].value").value(hasItem(5.1)))
			.andExpect(jsonPath("$.targets[?(@.metric == 'PRODUCTION_INCREASE')].unit").value(hasItem("조원")))
			.andExpect(jsonPath("$.targets[?(@.metric == 'JOBS_CREATED')].value").value(hasItem(1.3)))
			.andExpect(jsonPath("$.targets[?(@.unit == '개사')].asWritten").value(hasItem("207개사 신규창업")));
	}

	@Test
	void plansArePagedAndListTheReleasesTenPlans() throws Exception {
		this.mvc.perform(get("/api/v1/plans").param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.content.length()").value(5))
			.andExpect(jsonPath("$.content[0].roundYear").value(2020));
		var all = this.mvc.perform(get("/api/v1/plans").param("size", "100")).andReturn();
		String json = all.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("창원국가산업단지", "구미국가산단");
		this.mvc.perform(get("/api/v1/plans").param("size", "101")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/plans").param("page", "-1")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/plans").param("page", "x")).andExpect(status().isBadRequest());
	}

	@Test
	void anUnpublishedPlanIsNotThere() throws Exception {
		Long unpublished = this.jdbc.query("select id from innovation_plan where published_on is null limit 1",
				(rs) -> rs.next() ? rs.getLong(1) : null);
		if (unpublished != null) {
			this.mvc.perform(get("/api/v1/plans/{id}", unpublished)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/api/v1/plans/{id}", 987654321L))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/datasets/nothing")).andExpect(status().isNotFound());
		// read-only: nothing but GET is open to the public
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/plans")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/open-data/nothing.csv")).andExpect(status().isNotFound());
	}

	@Test
	void onlyActualsVerifiedInAcceptedReportsAreOpenData() throws Exception {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(2595, "JEJU", "제주특별자치도", java.time.LocalDate.of(2596, 1, 1),
				java.time.LocalDate.of(2598, 12, 31), 2, 1);
		districts.confirmedTargetPaths(plan);
		// year 1: accepted, its first target's actual (320) verified, its second
		// questioned
		long accepted = districts.acceptedReport(plan, 1, java.time.LocalDate.of(2597, 3, 1), "1차년도");
		this.jdbc.update("""
				insert into annual_report_actual (report_id, target_id, value, source, verification, question_reason)
				values (?, ?, 17, '자체 집계', 'QUESTIONED', '근거 없음')""", accepted, districts.target(plan, 1));
		// year 2: verified but the report is only submitted, not accepted
		long submitted = this.jdbc.queryForObject("""
				insert into annual_report (plan_id, district_year, due_on, status, narrative, submitted_at)
				values (?, 2, '2598-03-01', 'SUBMITTED', '2차년도', now()) returning id""", Long.class, plan);
		this.jdbc.update("""
				insert into annual_report_actual (report_id, target_id, value, source, verification)
				values (?, ?, 555, '고용보험 DB', 'VERIFIED')""", submitted, districts.target(plan, 0));

		MvcResult result = this.mvc.perform(get("/open-data/verified-actuals.csv").header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andReturn();
		String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).contains("plan_id,round_year,region_name,metric,unit,district_year,year,year_target,actual,"
				+ "attainment_percent,attainment\r\n");
		assertThat(text.lines().filter((line) -> line.startsWith(plan + ",")))
			.containsExactly(plan + ",2595,제주특별자치도,JOBS_CREATED,명,1,2596,400,320,80,AMBER");
		this.mvc.perform(get("/api/v1/datasets/verified-actuals").header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"actual\":320")))
			.andExpect(content().string(not(containsString("\"actual\":555"))))
			.andExpect(content().string(not(containsString("\"actual\":17"))));
	}

	@Test
	void csvHasAByteOrderMarkAndKoreanIntact() throws Exception {
		MvcResult result = this.mvc.perform(get("/open-data/targets.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text)
			.startsWith("plan_id,round_year,region_name,source,metric,value,unit,target_year,as_written\r\n");
		assertThat(text).contains(",2021,경상남도,PLAN,PRODUCTION_INCREASE,5.1,조원,,생산액 5.1조원 증대\r\n");
		assertThat(text).contains(",2021,경상남도,RELEASE_BODY,STARTUPS,207,개사,,207개사 신규창업\r\n");
		// the 2021 전북 plan keeps the name it had when submitted
		assertThat(text).contains(",2021,전라북도,");

		String sites = new String(
				this.mvc.perform(get("/open-data/sites.csv")).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(sites).contains(",2021,경상남도,HUB,COMPLEX,").contains(",창원국가산업단지,");
	}

	@Test
	void csvCellsAreQuotedAndFormulasDefused() {
		assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(Csv.cell("-3")).isEqualTo("-3");
		assertThat(Csv.cell("+82 대표")).isEqualTo("'+82 대표");
		assertThat(Csv.cell(new java.math.BigDecimal("1E+2"))).isEqualTo("100");
		assertThat(Csv.cell(null)).isEmpty();
	}

	@Test
	void pageListsEveryDatasetWithDictionaryLicenceAndUpdateDate() throws Exception {
		this.mvc.perform(get("/open-data"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("공공누리 제1유형"), containsString("데이터 사전"),
					containsString("/open-data/plans.csv"), containsString("/open-data/confirmed-budgets.csv"),
					containsString("/open-data/smart-green-complexes.csv"), containsString("as_written"),
					containsString("최종 수정일"), containsString("/v3/api-docs"))));
		this.mvc.perform(get("/open-data").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Open data"), containsString("Data dictionary"),
					containsString("KOGL Type 1"), not(containsString("??")))));
		this.mvc.perform(get("/api/v1/datasets"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == 'plans')].licence").value(hasItem(containsString("공공누리 제1유형"))))
			// the release's plans, published 2021-03-24, and whatever other tests
			// published
			// since (they share this database)
			.andExpect(jsonPath("$[?(@.id == 'plans')].updatedOn")
				.value(hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo("2021-03-24"))))
			.andExpect(jsonPath("$[?(@.id == 'plans')].rows")
				.value(hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(10))));
		this.mvc.perform(get("/api/v1/datasets/smart-green-complexes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].complex_name").value(hasItem("창원국가산업단지")));
	}

	@Test
	void openApiDescribesTheApiOnly() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.license.name").value(containsString("공공누리")))
			.andExpect(jsonPath("$.paths['/api/v1/plans']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/plans/{id}']").exists())
			.andExpect(jsonPath("$.paths['/plans/{id}']").doesNotExist());
	}

	@Test
	void answersReadAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		long id = planId(2021, "GYEONGNAM");
		// the plans are read as rows, not as the plans' records (issue 18; their
		// statements are counted at the data source in QueryBudgetAtScaleTest)
		assertThat(statements
			.count(() -> this.mvc.perform(get("/api/v1/plans").param("size", "100")).andExpect(status().isOk())))
			.isZero();
		assertThat(statements.count(() -> this.mvc.perform(get("/api/v1/plans/{id}", id)).andExpect(status().isOk())))
			.isZero();
		// a dataset and the list of them read rows only, no record (counted at the data
		// source in OpenDatasetsReadWhatTheyShowTest)
		assertThat(statements.count(() -> this.mvc.perform(get("/open-data/plans.csv")).andExpect(status().isOk())))
			.isZero();
		assertThat(statements.count(() -> this.mvc.perform(get("/api/v1/datasets/targets")).andExpect(status().isOk())))
			.isZero();
		assertThat(statements.count(() -> this.mvc.perform(get("/open-data")).andExpect(status().isOk()))).isZero();
	}

	@Test
	void oneAddressCannotLoadTheServer() throws Exception {
		int allowed = 0;
		MvcResult refused = null;
		for (int i = 0; i < 200 && refused == null; i++) {
			MvcResult result = this.mvc.perform(get("/api/v1/plans/{id}", 987654321L).with((request) -> {
				request.setRemoteAddr("10.22.22.22");
				return request;
			})).andReturn();
			if (result.getResponse().getStatus() == 429) {
				refused = result;
			}
			else {
				allowed++;
			}
		}
		// a minute's allowance at once, plus what refilled while the test ran (2 a
		// second)
		assertThat(allowed).isBetween(120, 160);
		assertThat(refused).isNotNull();
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		// another address, and the pages, are not affected
		this.mvc.perform(get("/api/v1/datasets").with((request) -> {
			request.setRemoteAddr("10.22.22.23");
			return request;
		})).andExpect(status().isOk());
	}

	@Test
	void theAllowanceRefillsWithTime() {
		long[] now = { 0 };
		RateLimit limit = new RateLimit(60, () -> now[0]);
		for (int i = 0; i < 60; i++) {
			assertThat(limit.take("a")).isZero();
		}
		assertThat(limit.take("a")).isEqualTo(1);
		now[0] += 1_000_000_000L;
		assertThat(limit.take("a")).isZero();
		assertThat(limit.take("a")).isPositive();
		assertThat(limit.take("b")).isZero();
	}

}
