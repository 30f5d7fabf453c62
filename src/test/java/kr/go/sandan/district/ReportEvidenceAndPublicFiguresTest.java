package kr.go.sandan.district;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.SessionCookie;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report's remaining parts (issue #19): evidence files checked by content and
 * kept with each submitted version, read by the ministry and the region only; comments
 * per section when the ministry sends a report back, shown beside each section; versions
 * compared; the public reads only verified actuals of accepted reports; a year's actuals
 * through Excel, where a bad file changes nothing.
 */
class ReportEvidenceAndPublicFiguresTest extends WorkflowTestSupport {

	private static final String REGION = "region-ulsan";

	private DesignatedDistricts districts;

	@BeforeEach
	void setUp() {
		this.districts = new DesignatedDistricts(this.jdbc);
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String who, B request) {
		return request.with(csrf()).with(this.accounts.as(who));
	}

	private long designated(int year) {
		long plan = this.districts.designated(year, "ULSAN", "울산광역시", LocalDate.of(year + 1, 1, 1),
				LocalDate.of(year + 3, 12, 31), 2, 1);
		this.districts.published(plan);
		this.jdbc.update("insert into district_target_set (plan_id, confirmed_at, confirmed_by) values (?, now(), 'm')",
				plan);
		this.jdbc.update("""
				insert into district_target_path (target_id, plan_id, baseline_value, baseline_year, year1_value,
				    year2_value, year3_value) select id, plan_id, 0, 2090, value / 4, value / 2, value
				from plan_target where plan_id = ?""", plan);
		return plan;
	}

	private ResultActions save(long plan, long version, String jobs, String jobsSource, String firms) throws Exception {
		return this.mvc.perform(as(REGION, post("/districts/" + plan + "/reports/1")).param("version", "" + version)
			.param("actuals[0].targetId", "" + this.districts.target(plan, 0))
			.param("actuals[0].value", jobs)
			.param("actuals[0].source", jobsSource)
			.param("actuals[1].targetId", "" + this.districts.target(plan, 1))
			.param("actuals[1].value", firms)
			.param("actuals[1].source", "입주계약 현황")
			.param("tasks[0].taskId", "" + this.districts.task(plan, 0))
			.param("tasks[0].status", "ON_TRACK")
			.param("narrative", "1차년도 성과"));
	}

	private ResultActions attach(long plan, String who, String name, byte[] content, Long target) throws Exception {
		var request = multipart("/districts/" + plan + "/reports/1/evidence")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content));
		if (target != null) {
			request.param("target", target.toString());
		}
		return this.mvc.perform(as(who, request));
	}

	private int evidenceCount(long plan) {
		return this.jdbc.queryForObject("""
				select count(*) from annual_report_evidence e join annual_report r on r.id = e.report_id
				where r.plan_id = ?""", Integer.class, plan);
	}

	private long evidenceId(long plan, String name) {
		return this.jdbc.queryForObject("""
				select e.id from annual_report_evidence e join annual_report r on r.id = e.report_id
				where r.plan_id = ? and e.file_name = ?""", Long.class, plan, name);
	}

	private Document page(String url, String who) throws Exception {
		return pageAs(url, who);
	}

	private Document publicPlan(long plan) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/plans/" + plan).header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void evidenceIsCheckedKeptWithItsVersionSentBackPerSectionComparedAndPublishedOnlyWhenVerifiedAndAccepted()
			throws Exception {
		long plan = designated(2560);
		String report = "/districts/" + plan + "/reports/1";
		long jobs = this.districts.target(plan, 0);

		// evidence needs a saved report; a file is checked by its content, not its name
		assertThat(Jsoup
			.parse(attach(plan, REGION, "근거.pdf", PlanJourneys.PDF, null).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.getElementById("evidence-error")
			.text()).contains("한 번 저장한 뒤에");
		save(plan, 0, "250", "고용보험 DB", "12").andExpect(redirectedUrl(report));
		Document refused = Jsoup
			.parse(attach(plan, REGION, "위장.pdf", "not a pdf".getBytes(), jobs).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(refused.getElementById("evidence-hint").text()).contains("파일 내용이 확장자와 맞지 않습니다");
		assertThat(refused.getElementById("evidence-target").select("option[selected]").val())
			.isEqualTo(String.valueOf(jobs));
		attach(plan, REGION, "빈.pdf", new byte[0], null).andExpect(status().isOk());
		assertThat(evidenceCount(plan)).isZero();
		// another region, an evaluator: the district does not exist for them
		attach(plan, "region-jeonnam", "근거.pdf", PlanJourneys.PDF, null).andExpect(status().isNotFound());
		attach(plan, REGION, "고용보험 통계.pdf", PlanJourneys.PDF, jobs).andExpect(redirectedUrl(report + "#evidence"));
		attach(plan, REGION, "지워질 파일.pdf", PlanJourneys.PDF, null).andExpect(redirectedUrl(report + "#evidence"));
		// sent twice (a double click): kept once
		attach(plan, REGION, "지워질 파일.pdf", PlanJourneys.PDF, null).andExpect(redirectedUrl(report + "#evidence"));
		assertThat(evidenceCount(plan)).isEqualTo(2);
		long dropped = evidenceId(plan, "지워질 파일.pdf");
		this.mvc.perform(as(REGION, post(report + "/evidence/" + dropped + "/delete")))
			.andExpect(redirectedUrl(report));
		assertThat(evidenceCount(plan)).isEqualTo(1);
		long kept = evidenceId(plan, "고용보험 통계.pdf");
		assertThat(page(report, REGION).getElementById("evidence-list").text()).contains("고용보험 통계.pdf")
			.contains("일자리 창출 1,000명");

		// only the ministry and the region read a file
		this.mvc.perform(get(report + "/evidence/" + kept).with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Content-SHA256"));
		this.mvc.perform(get(report + "/evidence/" + kept).with(this.accounts.as(REGION))).andExpect(status().isOk());
		this.mvc.perform(get(report + "/evidence/" + kept).with(this.accounts.as("region-jeonnam")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(report + "/evidence/" + kept)).andExpect(status().is3xxRedirection());

		// submitted: the version keeps its files, and nothing can be added any more
		long version = this.districts.reportVersion(plan, 1);
		this.mvc.perform(as(REGION, post(report + "/submit")).param("version", "" + version))
			.andExpect(redirectedUrl(report));
		assertThat(this.districts.reportStatus(plan, 1)).isEqualTo("SUBMITTED");
		attach(plan, REGION, "늦은 파일.pdf", PlanJourneys.PDF, null).andExpect(status().isOk());
		assertThat(evidenceCount(plan)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from annual_report_version_evidence ve join annual_report_version v on v.id = ve.version_id
						join annual_report r on r.id = v.report_id where r.plan_id = ? and v.number = 1""",
				Integer.class, plan))
			.isEqualTo(1);

		// nothing of a submitted report is public; a verified actual not yet either
		long jobsActual = this.districts.actual(plan, 1, jobs);
		long firmsActual = this.districts.actual(plan, 1, this.districts.target(plan, 1));
		version = this.districts.reportVersion(plan, 1);
		this.mvc
			.perform(as("ministry", post(report + "/verification")).param("version", "" + version)
				.param("rows[0].actualId", "" + jobsActual)
				.param("rows[0].verification", "VERIFIED")
				.param("rows[1].actualId", "" + firmsActual)
				.param("rows[1].verification", "QUESTIONED")
				.param("rows[1].reason", "근거 부족"))
			.andExpect(redirectedUrl(report));
		Document before = publicPlan(plan);
		assertThat(before.getElementById("district-figures")).isNotNull();
		assertThat(before.select(".public-actual").text()).doesNotContain("250").doesNotContain("12 개");
		assertThat(before.text()).doesNotContain("고용보험 DB").doesNotContain("근거 부족");

		// sent back with comments per section only; none at all is refused, and one too
		// long is refused beside its field, what was typed kept; nothing changed
		version = this.districts.reportVersion(plan, 1);
		this.mvc.perform(as("ministry", post(report + "/revision")).param("version", "" + version))
			.andExpect(status().isOk());
		Document tooLong = Jsoup.parse(this.mvc
			.perform(as("ministry", post(report + "/revision")).param("version", "" + version)
				.param("tasksComment", "가".repeat(2001))
				.param("narrativeComment", "서술을 보완해 주십시오."))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(tooLong.getElementById("tasksComment-hint").text()).isNotBlank();
		assertThat(tooLong.getElementById("narrativeComment").text()).isEqualTo("서술을 보완해 주십시오.");
		assertThat(tooLong.getElementById("error-summary")).isNotNull();
		assertThat(this.districts.reportStatus(plan, 1)).isEqualTo("SUBMITTED");
		assertThat(this.districts.reportVersion(plan, 1)).isEqualTo(version);
		this.mvc
			.perform(as("ministry", post(report + "/revision")).param("version", "" + version)
				.param("actualsComment", "기업 유치 실적의 근거를 보완해 주십시오.")
				.param("evidenceComment", "입주계약서 사본을 올려 주십시오."))
			.andExpect(redirectedUrl(report));
		Document sentBack = page(report, REGION);
		assertThat(sentBack.getElementById("comment-actuals").text()).contains("기업 유치 실적의 근거를 보완해 주십시오.");
		assertThat(sentBack.getElementById("comment-evidence").text()).contains("입주계약서 사본을 올려 주십시오.");
		assertThat(sentBack.getElementById("comment-tasks")).isNull();
		assertThat(sentBack.getElementById("revision-comment")).isNull();

		// the region replaces its file, revises and resubmits; the first version keeps
		// the file it was submitted with
		this.mvc.perform(as(REGION, post(report + "/evidence/" + kept + "/delete"))).andExpect(redirectedUrl(report));
		attach(plan, REGION, "입주계약서.pdf", PlanJourneys.PDF, this.districts.target(plan, 1))
			.andExpect(redirectedUrl(report + "#evidence"));
		save(plan, this.districts.reportVersion(plan, 1), "250", "고용보험 DB", "8").andExpect(redirectedUrl(report));
		this.mvc
			.perform(as(REGION, post(report + "/submit")).param("version", "" + this.districts.reportVersion(plan, 1)))
			.andExpect(redirectedUrl(report));
		this.mvc.perform(get(report + "/evidence/" + kept).with(this.accounts.as("ministry")))
			.andExpect(status().isOk());
		Document history = page(report, "ministry");
		assertThat(history.getElementById("report-versions").text()).contains("고용보험 통계.pdf").contains("입주계약서.pdf");
		assertThat(history.getElementById("comment-actuals")).isNull();

		// the two versions compared, section by section
		Document compare = page(report + "/compare?from=1&to=2", "ministry");
		assertThat(compare.getElementById("change-actuals").select(".removed").text()).contains("12");
		assertThat(compare.getElementById("change-actuals").select(".added").text()).contains("8");
		assertThat(compare.getElementById("change-evidence").select(".removed").text()).contains("고용보험 통계.pdf");
		assertThat(compare.getElementById("change-evidence").select(".added").text()).contains("입주계약서.pdf");
		assertThat(compare.getElementById("change-narrative").text()).contains("같음");
		page(report + "/compare?from=1&to=2", REGION);
		this.mvc.perform(get(report + "/compare?from=1&to=2").with(this.accounts.as("region-jeonnam")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(report + "/compare?from=1&to=3").with(this.accounts.as("ministry")))
			.andExpect(status().isNotFound());

		// accepted: the verified actual is public, the questioned one never
		firmsActual = this.districts.actual(plan, 1, this.districts.target(plan, 1));
		version = this.districts.reportVersion(plan, 1);
		this.mvc
			.perform(as("ministry", post(report + "/verification")).param("version", "" + version)
				.param("rows[0].actualId", "" + jobsActual)
				.param("rows[0].verification", "VERIFIED")
				.param("rows[1].actualId", "" + firmsActual)
				.param("rows[1].verification", "QUESTIONED")
				.param("rows[1].reason", "사본 확인 중"))
			.andExpect(redirectedUrl(report));
		this.mvc
			.perform(as("ministry", post(report + "/accept")).param("version",
					"" + this.districts.reportVersion(plan, 1)))
			.andExpect(redirectedUrl(report));
		assertThat(this.districts.reportStatus(plan, 1)).isEqualTo("ACCEPTED");
		Document after = publicPlan(plan);
		assertThat(after.select(".public-figures").get(0).text()).contains("250 명").contains("100% (달성)");
		assertThat(after.select(".public-figures").get(1).text()).doesNotContain("8 개").contains("자료 없음");
		assertThat(after.select("#district-figures svg.attainment-chart")).hasSize(2);
		assertThat(after.select("#district-figures svg desc")).isNotEmpty();
		assertThat(after.text()).doesNotContain("고용보험 DB").doesNotContain("사본 확인 중").doesNotContain("입주계약서.pdf");

		long reportId = this.jdbc.queryForObject("select id from annual_report where plan_id = ?", Long.class, plan);
		for (String action : new String[] { "ANNUAL_REPORT_EVIDENCE_ADDED", "ANNUAL_REPORT_EVIDENCE_REMOVED" }) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_event where action = ? and object_type = 'annual_report' and object_id = ?",
					Integer.class, action, String.valueOf(reportId)))
				.as(action)
				.isPositive();
		}
	}

	@Test
	void theYearsActualsGoThroughExcelCheckedCellByCellAndSavedOnlyWhenConfirmed() throws Exception {
		long plan = designated(2561);
		String report = "/districts/" + plan + "/reports/1";
		SessionCookie session = new SessionCookie();

		// the template holds the targets, their units, the year and the year's target
		byte[] template = this.mvc.perform(get(report + "/actuals.xlsx").with(this.accounts.as(REGION)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		this.mvc.perform(get(report + "/actuals.xlsx").with(this.accounts.as("ministry")))
			.andExpect(status().isForbidden());
		byte[] filled;
		byte[] bad;
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row jobs = sheet.getRow(1);
			assertThat(jobs.getCell(1).getStringCellValue()).isEqualTo("일자리 창출 1,000명");
			assertThat(jobs.getCell(2).getStringCellValue()).isEqualTo("명");
			assertThat(jobs.getCell(3).getNumericCellValue()).isEqualTo(2562);
			assertThat(jobs.getCell(6).getNumericCellValue()).isEqualTo(250);
			jobs.createCell(7).setCellValue("1,200");
			jobs.createCell(8).setCellValue("고용보험 피보험자 통계");
			filled = bytes(workbook);
			Row firms = sheet.getRow(2);
			firms.createCell(2).setCellValue("명");
			firms.createCell(3).setCellValue(2090);
			firms.createCell(7).setCellValue("열두 개");
			bad = bytes(workbook);
		}

		// a bad file: every refused cell named, nothing changed
		Document refused = upload(report, bad, session);
		assertThat(refused.getElementById("import-problems").text()).contains("3행 C열")
			.contains("목표의 단위와 다릅니다.")
			.contains("3행 D열")
			.contains("3행 H열")
			.contains("숫자가 아닙니다.");
		assertThat(refused.getElementById("import-confirm")).isNull();
		assertThat(upload(report, PlanJourneys.PDF, session).getElementById("import-problems").text())
			.contains("엑셀(.xlsx) 파일이 아닙니다");
		confirm(report, 0, session).andExpect(status().isConflict());
		assertThat(
				this.jdbc.queryForObject("select count(*) from annual_report where plan_id = ?", Integer.class, plan))
			.isZero();

		// a good one: the preview, then the save on confirmation only
		Document preview = upload(report, filled, session);
		assertThat(preview.getElementById("import-changes").text()).contains("1,200 명 (고용보험 피보험자 통계)");
		assertThat(
				this.jdbc.queryForObject("select count(*) from annual_report where plan_id = ?", Integer.class, plan))
			.isZero();
		confirm(report, 1, session).andExpect(status().isConflict());
		upload(report, filled, session);
		confirm(report, 0, session).andExpect(redirectedUrl(report));
		assertThat(this.jdbc.queryForObject("select value from annual_report_actual where id = ?", Integer.class,
				this.districts.actual(plan, 1, this.districts.target(plan, 0))))
			.isEqualTo(1200);
		// the same file again changes nothing
		assertThat(upload(report, filled, session).getElementById("import-nothing")).isNotNull();
		// a second confirmation finds nothing waiting
		confirm(report, this.districts.reportVersion(plan, 1), session).andExpect(status().isConflict());
		long reportId = this.jdbc.queryForObject("select id from annual_report where plan_id = ?", Long.class, plan);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ANNUAL_REPORT_ACTUALS_IMPORTED' and object_id = ?",
				Integer.class, String.valueOf(reportId)))
			.isEqualTo(1);

		// the next year's template carries this year's actual as last year's
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				this.mvc.perform(get("/districts/" + plan + "/reports/2/actuals.xlsx").with(this.accounts.as(REGION)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1200);
		}
	}

	private Document upload(String report, byte[] content, SessionCookie session) throws Exception {
		return Jsoup.parse(session.kept(this.mvc.perform(as(REGION,
				multipart(report + "/actuals/import")
					.file(new MockMultipartFile("file", "실적.xlsx", "application/octet-stream", content)))
			.with(session))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private ResultActions confirm(String report, long version, SessionCookie session) throws Exception {
		return this.mvc
			.perform(as(REGION, post(report + "/actuals/import/confirm")).param("version", "" + version).with(session));
	}

	private static byte[] bytes(Workbook workbook) throws Exception {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
