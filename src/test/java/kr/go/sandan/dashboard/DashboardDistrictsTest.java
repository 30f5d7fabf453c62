package kr.go.sandan.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.FormFuzzer;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the dashboard shows of the districts: attainment from verified actuals (the public
 * those of accepted reports only, the ministry every verified one), execution rates from
 * the budget ledgers and reports overdue for the ministry only; filters that leave out
 * what they do not know; and a fixed number of statements however many districts there
 * are (counted at the data source, since districts and ledgers are read through JDBC).
 * Rounds 2580–2583 written straight to the database, rolled back.
 */
@Transactional
@Import(CountingDataSource.class)
class DashboardDistrictsTest extends WorkflowTestSupport {

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String ministry(String... params) throws Exception {
		return page(withParams(get("/dashboard").with(this.accounts.as("ministry")), params));
	}

	private String anyone(String... params) throws Exception {
		return page(withParams(get("/dashboard"), params));
	}

	private static MockHttpServletRequestBuilder withParams(MockHttpServletRequestBuilder request, String... params) {
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	/** A district of the round with two targets, year 1 accepted and year 2 submitted. */
	private long districtWithReports(int round, String region, String name) {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(round, region, name, LocalDate.of(2095, 1, 1), LocalDate.of(2097, 12, 31), 2,
				1);
		this.jdbc.update(
				"insert into district_target_set (plan_id, confirmed_at, confirmed_by) values (?, now(), 'ministry')",
				plan);
		long jobs = districts.target(plan, 0);
		long firms = districts.target(plan, 1);
		this.jdbc.update("""
				insert into district_target_path (target_id, plan_id, year1_value, year2_value, year3_value)
				values (?, ?, 300, 600, 1000), (?, ?, 10, 20, 40)""", jobs, plan, firms, plan);
		long first = report(plan, 1, "ACCEPTED");
		actual(first, jobs, "240");
		actual(first, firms, "10");
		long second = report(plan, 2, "SUBMITTED");
		actual(second, jobs, "500");
		return plan;
	}

	private long report(long plan, int year, String status) {
		return this.jdbc.queryForObject("""
				insert into annual_report (plan_id, district_year, due_on, status, submitted_at, accepted_at)
				values (?, ?, ?, ?, now(), case when ? = 'ACCEPTED' then now() end) returning id""", Long.class, plan,
				year, LocalDate.of(2095 + year, 3, 1), status, status);
	}

	private void actual(long report, long target, String value) {
		this.jdbc.update("""
				insert into annual_report_actual (report_id, target_id, value, source, verification)
				values (?, ?, ?, '통계', 'VERIFIED')""", report, target, new BigDecimal(value));
	}

	/** A district whose ledger allocated 800 and executed 600 (75 %) in 2096. */
	private long districtWithLedger(int round, String region, String name) {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(round, region, name, LocalDate.of(2095, 1, 1), LocalDate.of(2097, 12, 31), 0,
				1);
		long project = this.jdbc.queryForObject("""
				insert into plan_requested_project (key_task_id, position, name) values (?, 0, '집행 사업')
				returning id""", Long.class, districts.task(plan, 0));
		this.jdbc.update(
				"""
						insert into budget_ledger_entry (plan_id, project_id, year, source, stage, amount, entered_on, entered_by)
						values (?, ?, 2096, 'NATIONAL', 'ALLOCATED', 900, '2096-02-01', 'ministry'),
						       (?, ?, 2096, 'NATIONAL', 'ALLOCATED', 800, '2096-03-01', 'ministry'),
						       (?, ?, 2096, 'NATIONAL', 'EXECUTED', 600, '2096-06-01', 'ministry')""",
				plan, project, plan, project, plan, project);
		return plan;
	}

	/** A district whose period ended long ago without a single report. */
	private long districtOverdue(int round, String region, String name) {
		return new DesignatedDistricts(this.jdbc).designated(round, region, name, LocalDate.of(2020, 1, 1),
				LocalDate.of(2022, 12, 31), 1, 1);
	}

	@Test
	void thePublicSeesAttainmentOfAcceptedReportsOnlyAndTheMinistryEverythingElse() throws Exception {
		long reported = districtWithReports(2580, "GANGWON", "강원특별자치도");
		long funded = districtWithLedger(2581, "CHUNGBUK", "충청북도");
		long late = districtOverdue(2582, "JEJU", "제주특별자치도");

		String anyone = anyone("round", "2580");
		assertThat(anyone).contains("성과목표 달성률 (검증된 실적)", "2580년 강원특별자치도", "일자리 창출", "80%", "240명")
			// the second year's actual is verified but its report not accepted
			.doesNotContain("500명", "83.3%")
			.doesNotContain("주관 부처별 예산 집행률", "기한이 지난 연차 성과보고", "/districts/" + reported);

		// the map coloured by attainment: the mean of 80 % and 100 %, amber
		String map = page(get("/map").param("round", "2580").param("colour", "attainment"));
		assertThat(map).contains("aria-label=\"강원특별자치도: 공개된 선정 없음, 성과목표 달성률 90%\"", "map-att-amber", ">90%<");

		String ministry = ministry("round", "2580");
		assertThat(ministry).contains("성과목표 달성률 (수용 전 보고 포함)", "500명", "83.3%");
		// the public's block on the ministry's page: accepted reports only, though the
		// page reads every verified actual once for both blocks
		assertThat(ministry.substring(ministry.indexOf("id=\"chart-attainment-heading\""),
				ministry.indexOf("id=\"chart-office-statuses-heading\"")))
			.contains("240명")
			.doesNotContain("500명", "83.3%");
		// the mean over the metrics of the chosen districts, in the chart and in words
		assertThat(ministry).contains("<title id=\"chart-attainment-title\">");

		assertThat(ministry("round", "2581")).contains("주관 부처별 예산 집행률", ">800<", ">600<", "75%",
				"/districts/" + funded + "/ledger");
		// the year narrows the ledger: nothing in 2095
		assertThat(ministry("round", "2581", "year", "2095")).contains("예산 원장에 교부·집행 기록이 아직 없습니다.");

		String overdue = ministry("round", "2582");
		assertThat(overdue).contains("기한이 지난 연차 성과보고", "/districts/" + late + "/reports/1",
				"/districts/" + late + "/reports/3", "2023-03-01");
		assertThat(anyone("round", "2582")).doesNotContain("/districts/" + late);
		// another region's district is not among the chosen region's
		assertThat(ministry("region", "GANGWON")).doesNotContain("/districts/" + late + "/reports/1");
	}

	@Test
	void unknownOrHostileFilterValuesAreLeftOutNeverAnError() throws Exception {
		java.util.List<String> problems = new java.util.ArrayList<>();
		for (String value : FormFuzzer.VALUES) {
			// control characters and lone surrogates may be refused before the page (400)
			boolean unreadable = value.codePoints()
				.anyMatch((c) -> Character.isISOControl(c) || Character.isSurrogate((char) c));
			for (String path : new String[] { "/dashboard", "/map" }) {
				for (String name : new String[] { "round", "year", "region", "industry" }) {
					int status = this.mvc.perform(get(path).param(name, value)).andReturn().getResponse().getStatus();
					if (status != 200 && !(unreadable && status == 400)) {
						problems.add(path + "?" + name + "=" + value.substring(0, Math.min(20, value.length())) + " → "
								+ status);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(anyone("round", "1999", "year", "abc", "region", "NOWHERE")).contains("알 수 없는 조건은 빼고 보여 드립니다",
				"<li>차수</li>", "<li>연도 (예산·실적)</li>", "<li>지역</li>");
		assertThat(anyone("industry", "기계")).doesNotContain("알 수 없는 조건");
	}

	@Test
	void theDashboardReadsAFixedNumberOfStatementsWhateverTheNumberOfDistricts() throws Exception {
		districtWithReports(2583, "GANGWON", "강원특별자치도");
		districtWithLedger(2583, "CHUNGBUK", "충청북도");
		long publicFew = statements(get("/dashboard"));
		long ministryFew = statements(get("/dashboard").with(this.accounts.as("ministry")));
		districtWithReports(2584, "SEJONG", "세종특별자치시");
		districtWithReports(2585, "DAEJEON", "대전광역시");
		districtWithLedger(2586, "CHUNGNAM", "충청남도");
		districtWithLedger(2587, "ULSAN", "울산광역시");
		districtOverdue(2588, "JEJU", "제주특별자치도");
		assertThat(statements(get("/dashboard"))).isEqualTo(publicFew);
		assertThat(statements(get("/dashboard").with(this.accounts.as("ministry")))).isEqualTo(ministryFew);
		// (17: the published execution figures are one statement more, issue #20)
		assertThat(ministryFew).isLessThanOrEqualTo(17);
	}

	/**
	 * Statements of the request made a second time (what is kept once, the published
	 * copies and the regions, is not counted: counted cold, whether a copy's JSON was
	 * read depended on what earlier tests in the same context had left).
	 */
	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		page(request);
		CountingDataSource.STATEMENTS.set(0);
		page(request);
		return CountingDataSource.STATEMENTS.get();
	}

}
