package kr.go.sandan.district;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report records the progress of each requested project the plan's
 * confirmation kept, as it does of each key task (issue #19): saved with the draft,
 * required to submit, kept in the submitted version, read by the ministry, compared
 * between versions; a project the committee rejected has no row, and a row for another
 * plan's project is passed over.
 */
class ReportProjectProgressTest extends WorkflowTestSupport {

	private static final String REGION = "region-ulsan";

	private DesignatedDistricts districts;

	@BeforeEach
	void setUp() {
		this.districts = new DesignatedDistricts(this.jdbc);
	}

	private long designated(int year, int projects) {
		long plan = this.districts.designated(year, "ULSAN", "울산광역시", LocalDate.of(year + 1, 1, 1),
				LocalDate.of(year + 3, 12, 31), 1, 1);
		if (projects > 0) {
			this.districts.confirmedProjects(plan, year, projects);
		}
		return plan;
	}

	private MockHttpServletRequestBuilder save(long plan, long version, List<Long> projects, String... progress) {
		MockHttpServletRequestBuilder save = post("/districts/" + plan + "/reports/1").with(csrf())
			.with(this.accounts.as(REGION))
			.param("version", "" + version)
			.param("actuals[0].targetId", "" + this.districts.target(plan, 0))
			.param("actuals[0].value", "300")
			.param("actuals[0].source", "고용보험 DB")
			.param("tasks[0].taskId", "" + this.districts.task(plan, 0))
			.param("tasks[0].status", "ON_TRACK")
			.param("narrative", "1차년도 성과");
		for (int i = 0; i < projects.size(); i++) {
			save.param("projects[" + i + "].projectId", "" + projects.get(i));
			if (i < progress.length / 2) {
				save.param("projects[" + i + "].status", progress[2 * i])
					.param("projects[" + i + "].progress", progress[2 * i + 1]);
			}
		}
		return save;
	}

	private List<String> stored(long plan) {
		return this.jdbc.queryForList(
				"""
						select p.name || '=' || coalesce(r.status, '-') || '/' || coalesce(r.progress, '') from annual_report_project r
						join plan_requested_project p on p.id = r.project_id join annual_report a on a.id = r.report_id
						where a.plan_id = ? order by p.position""",
				String.class, plan);
	}

	private void submit(long plan) throws Exception {
		this.mvc
			.perform(post("/districts/" + plan + "/reports/1/submit").with(csrf())
				.with(this.accounts.as(REGION))
				.param("version", "" + this.districts.reportVersion(plan, 1)))
			.andExpect(redirectedUrl("/districts/" + plan + "/reports/1"));
	}

	@Test
	void eachConfirmedProjectsProgressIsSavedSubmittedKeptReadAndCompared() throws Exception {
		long plan = designated(2562, 2);
		long other = designated(2563, 1);
		String report = "/districts/" + plan + "/reports/1";
		List<Long> projects = this.jdbc.queryForList("""
				select p.id from plan_requested_project p join plan_key_task k on k.id = p.key_task_id
				where k.plan_id = ? and p.name like '확정사업%' order by p.position""", Long.class, plan);
		long elsewhere = this.jdbc.queryForObject("""
				select p.id from plan_requested_project p join plan_key_task k on k.id = p.key_task_id
				where k.plan_id = ? and p.name = '확정사업 1'""", Long.class, other);

		// a row per confirmed project; the rejected one has none
		Document form = pageAs(report, REGION);
		assertThat(form.select("#project-rows tbody tr")).hasSize(2);
		assertThat(form.getElementById("project-rows").text()).contains("확정사업 1", "확정사업 2").doesNotContain("미반영 사업");

		// too long a text: refused beside its field, what was typed kept, nothing saved
		Document refused = Jsoup
			.parse(this.mvc.perform(save(plan, 0, projects, "ON_TRACK", "가".repeat(2001), "DELAYED", "부지 보상 지연"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(refused.getElementById("error-summary")).isNotNull();
		assertThat(refused.select("#project-rows .form-hint-invalid")).hasSize(1);
		assertThat(refused.getElementById("project-rows").select("textarea").get(1).text()).isEqualTo("부지 보상 지연");
		assertThat(
				this.jdbc.queryForObject("select count(*) from annual_report where plan_id = ?", Integer.class, plan))
			.isZero();

		// saved with one project's status missing (and another plan's project sent along,
		// passed over): submitting is refused until every confirmed project has a status
		List<Long> withElsewhere = List.of(projects.get(0), projects.get(1), elsewhere);
		this.mvc.perform(save(plan, 0, withElsewhere, "ON_TRACK", "착공")).andExpect(redirectedUrl(report));
		assertThat(stored(plan)).containsExactly("확정사업 1=ON_TRACK/착공", "확정사업 2=-/");
		assertThat(stored(other)).isEmpty();
		submit(plan);
		assertThat(this.districts.reportStatus(plan, 1)).isEqualTo("DRAFT");

		this.mvc
			.perform(save(plan, this.districts.reportVersion(plan, 1), withElsewhere, "ON_TRACK", "착공", "DELAYED",
					"부지 보상 지연", "DONE", "남의 사업"))
			.andExpect(redirectedUrl(report));
		assertThat(stored(plan)).containsExactly("확정사업 1=ON_TRACK/착공", "확정사업 2=DELAYED/부지 보상 지연");
		assertThat(stored(other)).isEmpty();
		submit(plan);
		assertThat(this.districts.reportStatus(plan, 1)).isEqualTo("SUBMITTED");
		assertThat(this.jdbc.queryForObject(
				"""
						select v.content -> 'projects' ->> 1 from annual_report_version v join annual_report r on r.id = v.report_id
						where r.plan_id = ? and v.number = 1""",
				String.class, plan))
			.contains("확정사업 2")
			.contains("DELAYED")
			.contains("부지 보상 지연");

		// the ministry reads it (in Korean and in English), and cannot change it
		Document read = pageAs(report, "ministry");
		assertThat(read.getElementById("report-projects").text()).contains("확정사업 1", "정상 추진", "착공", "확정사업 2", "지연");
		assertThat(read.getElementById("project-rows")).isNull();
		String english = this.mvc.perform(get(report).param("lang", "en").with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(english).getElementById("report-projects").text()).contains("On track", "Delayed");
		assertThat(english).contains("Progress of requested projects");

		// sent back, revised, resubmitted: the compare lists the project's change
		this.mvc
			.perform(post(report + "/revision").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", "" + this.districts.reportVersion(plan, 1))
				.param("tasksComment", "확정사업 2의 지연 사유를 보완해 주십시오."))
			.andExpect(redirectedUrl(report));
		this.mvc
			.perform(save(plan, this.districts.reportVersion(plan, 1), projects, "ON_TRACK", "착공", "DONE", "보상 완료, 준공"))
			.andExpect(redirectedUrl(report));
		submit(plan);
		Document compare = pageAs(report + "/compare?from=1&to=2", "ministry");
		assertThat(compare.getElementById("change-projects").select(".removed").text()).contains("확정사업 2: 지연");
		assertThat(compare.getElementById("change-projects").select(".added").text())
			.contains("확정사업 2: 완료 — 보상 완료, 준공");
		assertThat(compare.getElementById("change-projects").text()).contains("요청사업 추진 현황");
	}

	@Test
	void aDistrictWithoutConfirmedProjectsShowsNoProjectRows() throws Exception {
		long plan = designated(2564, 0);
		Document form = pageAs("/districts/" + plan + "/reports/1", REGION);
		assertThat(form.getElementById("project-rows")).isNull();
		assertThat(form.getElementById("task-rows")).isNotNull();
	}

}
