package kr.go.sandan.district;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A district's three years: the region sets its target path and the ministry confirms it;
 * the region drafts and submits a year's report, the ministry questions an actual and
 * sends it back, the region revises and resubmits, the ministry verifies and accepts; who
 * reads what, attainment from verified actuals only, overdue reports on the start pages.
 */
class DistrictResultsTest extends WorkflowTestSupport {

	private static final int YEAR = 2090;

	private DesignatedDistricts districts;

	@BeforeEach
	void setUp() {
		this.districts = new DesignatedDistricts(this.jdbc);
	}

	private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(this.accounts.as(who));
	}

	private Document read(String url, String who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private int audited(String action, String objectType, Object id) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = ? and object_type = ? and object_id = ?",
				Integer.class, action, objectType, String.valueOf(id));
	}

	private int notified(String username, String message) {
		return this.jdbc.queryForObject("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.username = ? and n.message_key = ? and n.subject = '부산광역시 1차년도 성과보고'""", Integer.class,
				username, message);
	}

	@Test
	void aYearReportedSentBackResubmittedVerifiedAndAccepted() throws Exception {
		long busan = this.districts.designated(YEAR, "BUSAN", "부산광역시", LocalDate.of(2091, 1, 1),
				LocalDate.of(2093, 12, 31), 2, 1);
		long jobs = this.districts.target(busan, 0);
		long firms = this.districts.target(busan, 1);
		long task = this.districts.task(busan, 0);
		String district = "/districts/" + busan;

		// the ministry and the region read it; another region, an evaluator and the
		// public do not
		read(district, "ministry");
		read(district, "region-busan");
		this.mvc.perform(get(district).with(this.accounts.as("region-daegu"))).andExpect(status().isNotFound());
		this.mvc.perform(get(district + "/reports/1").with(this.accounts.as("region-daegu")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(district)).andExpect(status().is3xxRedirection());
		this.mvc.perform(as("region-daegu", post(district + "/reports/1")).param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(district + "/reports/4").with(this.accounts.as("ministry")))
			.andExpect(status().isNotFound());

		// the target path: the plan's figure is the final year's target until changed
		Document form = read(district + "/targets", "region-busan");
		assertThat(form.getElementById("rows0.year3").val()).isEqualTo("1000");
		this.mvc
			.perform(as("region-busan", post(district + "/targets")).param("version", "0")
				.param("rows[0].targetId", String.valueOf(jobs))
				.param("rows[0].baselineValue", "0")
				.param("rows[0].baselineYear", "2090")
				.param("rows[0].year1", "300")
				.param("rows[0].year2", "1e400")
				.param("rows[0].year3", "1,000"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from district_target_path where plan_id = ?",
				Integer.class, busan))
			.isZero();
		this.mvc
			.perform(as("region-busan", post(district + "/targets")).param("version", "0")
				.param("rows[0].targetId", String.valueOf(jobs))
				.param("rows[0].baselineValue", "0")
				.param("rows[0].baselineYear", "2090")
				.param("rows[0].year1", "300")
				.param("rows[0].year2", "600")
				.param("rows[0].year3", "1,000")
				.param("rows[1].targetId", String.valueOf(firms))
				.param("rows[1].baselineValue", "0")
				.param("rows[1].baselineYear", "2090")
				.param("rows[1].year1", "10")
				.param("rows[1].year2", "25")
				.param("rows[1].year3", "40"))
			.andExpect(redirectedUrl(district));
		// a stale form answers 409 and keeps what was typed
		String stale = this.mvc
			.perform(as("region-busan", post(district + "/targets")).param("version", "0")
				.param("rows[0].targetId", String.valueOf(jobs))
				.param("rows[0].year1", "333"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(stale).getElementById("rows0.year1").val()).isEqualTo("333");
		// only the ministry confirms
		this.mvc.perform(as("region-busan", post(district + "/targets/confirm")).param("version", "1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(as("ministry", post(district + "/targets/confirm")).param("version", "1"))
			.andExpect(redirectedUrl(district));
		assertThat(read(district, "region-busan").getElementById("path-state").text()).contains("확정한 목표 경로");
		assertThat(audited("DISTRICT_TARGETS_SAVED", "plan", busan)).isEqualTo(1);
		assertThat(audited("DISTRICT_TARGETS_CONFIRMED", "plan", busan)).isEqualTo(1);
		this.mvc
			.perform(as("region-busan", post(district + "/targets")).param("version", "2")
				.param("rows[0].targetId", String.valueOf(jobs))
				.param("rows[0].year1", "1"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select year1_value from district_target_path where target_id = ?",
				Integer.class, jobs))
			.isEqualTo(300);

		// the region drafts year 1 and cannot submit it incomplete
		String report = district + "/reports/1";
		this.mvc
			.perform(as("region-busan", post(report)).param("version", "0")
				.param("actuals[0].targetId", String.valueOf(jobs))
				.param("actuals[0].value", "250")
				.param("actuals[0].source", "고용보험 DB")
				.param("tasks[0].taskId", String.valueOf(task))
				.param("tasks[0].status", "ON_TRACK"))
			.andExpect(redirectedUrl(report));
		this.mvc.perform(as("region-busan", post(report + "/submit")).param("version", "1"))
			.andExpect(redirectedUrl(report));
		assertThat(this.districts.reportStatus(busan, 1)).isEqualTo("DRAFT");
		this.mvc
			.perform(as("region-busan", post(report)).param("version", "1")
				.param("actuals[0].targetId", String.valueOf(jobs))
				.param("actuals[0].value", "250")
				.param("actuals[0].source", "고용보험 DB")
				.param("actuals[1].targetId", String.valueOf(firms))
				.param("actuals[1].value", "12")
				.param("actuals[1].source", "입주계약 현황")
				.param("tasks[0].taskId", String.valueOf(task))
				.param("tasks[0].status", "ON_TRACK")
				.param("tasks[0].progress", "스마트공장 20개 구축")
				.param("narrative", "1차년도 성과"))
			.andExpect(redirectedUrl(report));
		// nothing of a draft reaches the ministry as submitted: no versions yet
		assertThat(read(report, "ministry").getElementById("verification-form")).isNull();
		this.mvc.perform(as("region-busan", post(report + "/submit")).param("version", "2"))
			.andExpect(redirectedUrl(report));
		assertThat(this.districts.reportStatus(busan, 1)).isEqualTo("SUBMITTED");
		assertThatThrownBy(() -> this.jdbc.update("update annual_report_version set submitted_by = 'x'"))
			.hasMessageContaining("append-only");
		// submitted means locked
		this.mvc
			.perform(as("region-busan", post(report)).param("version", "3")
				.param("actuals[0].targetId", String.valueOf(jobs))
				.param("actuals[0].value", "999"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select value from annual_report_actual where id = ?", Integer.class,
				this.districts.actual(busan, 1, jobs)))
			.isEqualTo(250);

		// the ministry verifies one, questions the other (a question needs its reason)
		long jobsActual = this.districts.actual(busan, 1, jobs);
		long firmsActual = this.districts.actual(busan, 1, firms);
		this.mvc
			.perform(as("ministry", post(report + "/verification")).param("version", "3")
				.param("rows[0].actualId", String.valueOf(jobsActual))
				.param("rows[0].verification", "VERIFIED")
				.param("rows[1].actualId", String.valueOf(firmsActual))
				.param("rows[1].verification", "QUESTIONED"))
			.andExpect(status().isOk());
		this.mvc
			.perform(as("ministry", post(report + "/verification")).param("version", "3")
				.param("rows[0].actualId", String.valueOf(jobsActual))
				.param("rows[0].verification", "VERIFIED")
				.param("rows[1].actualId", String.valueOf(firmsActual))
				.param("rows[1].verification", "QUESTIONED")
				.param("rows[1].reason", "입주계약 12건의 근거 자료가 없습니다."))
			.andExpect(redirectedUrl(report));
		this.mvc.perform(as("region-busan", post(report + "/accept")).param("version", "4"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as("ministry", post(report + "/revision")).param("version", "4")
				.param("comment", "기업 유치 실적의 근거를 보완해 주십시오."))
			.andExpect(redirectedUrl(report));
		Document sentBack = read(report, "region-busan");
		assertThat(sentBack.getElementById("revision-comment").text()).contains("기업 유치 실적의 근거를 보완해 주십시오.");
		assertThat(sentBack.getElementById("actual-rows").text()).contains("입주계약 12건의 근거 자료가 없습니다.");

		// the region revises the questioned actual and resubmits
		this.mvc
			.perform(as("region-busan", post(report)).param("version", "5")
				.param("actuals[0].targetId", String.valueOf(jobs))
				.param("actuals[0].value", "250")
				.param("actuals[0].source", "고용보험 DB")
				.param("actuals[1].targetId", String.valueOf(firms))
				.param("actuals[1].value", "8")
				.param("actuals[1].source", "입주계약서 사본")
				.param("tasks[0].taskId", String.valueOf(task))
				.param("tasks[0].status", "ON_TRACK")
				.param("narrative", "1차년도 성과 (보완)"))
			.andExpect(redirectedUrl(report));
		assertThat(this.jdbc.queryForObject("select verification from annual_report_actual where id = ?", String.class,
				firmsActual))
			.isNull();
		assertThat(this.jdbc.queryForObject("select verification from annual_report_actual where id = ?", String.class,
				jobsActual))
			.isEqualTo("VERIFIED");
		this.mvc.perform(as("region-busan", post(report + "/submit")).param("version", "6"))
			.andExpect(redirectedUrl(report));
		this.mvc
			.perform(as("ministry", post(report + "/verification")).param("version", "7")
				.param("rows[0].actualId", String.valueOf(jobsActual))
				.param("rows[0].verification", "VERIFIED")
				.param("rows[1].actualId", String.valueOf(firmsActual))
				.param("rows[1].verification", "VERIFIED"))
			.andExpect(redirectedUrl(report));
		// a stale acceptance changes nothing
		this.mvc.perform(as("ministry", post(report + "/accept")).param("version", "7"))
			.andExpect(redirectedUrl(report));
		assertThat(this.districts.reportStatus(busan, 1)).isEqualTo("SUBMITTED");
		this.mvc.perform(as("ministry", post(report + "/accept")).param("version", "8"))
			.andExpect(redirectedUrl(report));
		assertThat(this.districts.reportStatus(busan, 1)).isEqualTo("ACCEPTED");
		assertThat(read(report, "region-busan").getElementById("report-versions").select("li")).hasSize(2);
		// told once per person and event: the region of the request and the acceptance,
		// the
		// ministry of each submission
		assertThat(notified("region-busan", "notification.district.revisionRequested")).isEqualTo(1);
		assertThat(notified("region-busan", "notification.district.accepted")).isEqualTo(1);
		assertThat(notified("ministry", "notification.district.reportSubmitted")).isEqualTo(2);
		long reportId = this.jdbc.queryForObject("select id from annual_report where plan_id = ?", Long.class, busan);
		for (String action : new String[] { "ANNUAL_REPORT_SAVED", "ANNUAL_REPORT_SUBMITTED",
				"ANNUAL_REPORT_REVISION_REQUESTED", "ANNUAL_REPORT_VERIFIED", "ANNUAL_REPORT_ACCEPTED" }) {
			assertThat(audited(action, "annual_report", reportId)).as(action).isPositive();
		}

		// attainment from verified actuals: 250 of 300 jobs is amber, 8 of 10 firms amber
		Document page = read(district, "region-busan");
		assertThat(page.select(".attainment-table").get(0).text()).contains("83.3% (근접)");
		assertThat(page.select(".attainment-table").get(1).text()).contains("80% (근접)");
		assertThat(page.select("svg.attainment-chart")).hasSize(2);
		assertThat(page.select("svg.attainment-chart title").first().text()).contains("일자리 창출 1,000명");
		assertThat(page.select("script")).allMatch((s) -> s.hasAttr("src"));
	}

	@Test
	void overdueReportsAreFlaggedOnTheStartPages() throws Exception {
		long daegu = this.districts.designated(YEAR + 1, "DAEGU", "대구광역시", LocalDate.of(2023, 1, 1),
				LocalDate.of(2025, 12, 31), 1, 1);
		Document ministry = read("/me", "ministry");
		assertThat(ministry.getElementById("ministry-overdue").text()).contains("대구광역시 1차년도 (기한 2024-02-29)");
		assertThat(read("/me", "region-daegu").getElementById("region-overdue").text()).contains("대구광역시 1차년도");
		assertThat(read("/ministry/districts", "ministry").getElementById("overdue-reports").text())
			.contains("대구광역시 3차년도");
		this.mvc.perform(get("/ministry/districts").with(this.accounts.as("region-daegu")))
			.andExpect(status().isForbidden());
		assertThat(read("/districts/" + daegu, "region-daegu").select(".overdue")).hasSize(3);
	}

}
