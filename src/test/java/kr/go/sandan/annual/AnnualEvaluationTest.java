package kr.go.sandan.annual;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A year's annual evaluation from end to end: two districts with accepted reports, the
 * ministry forms the committee (its own indicators, weights, rules and scale), evaluators
 * sign the pledge (one declares a conflict, one is excluded by home region), read the
 * accepted version and score; the ministry completes, records each district's rating,
 * recommendations and budget adjustment, and publishes. Bad input stays on the page with
 * the message beside the field, stale versions answer 409, a double submit happens once,
 * everything is audited, and nobody but the ministry sees anything before publication.
 */
class AnnualEvaluationTest extends WorkflowTestSupport {

	private static final int ROUND = 2600;

	/** The calendar year most of the districts' first year falls in. */
	private static final int YEAR = 2601;

	private static final String PAGE = "/ministry/annual-evaluations/" + YEAR;

	private DesignatedDistricts districts;

	@BeforeEach
	void setUp() {
		this.districts = new DesignatedDistricts(this.jdbc);
	}

	private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(this.accounts.as(who));
	}

	private long evaluationVersion() {
		return this.jdbc.queryForObject("select version from annual_evaluation where year = ?", Long.class, YEAR);
	}

	private long evaluationId() {
		return this.jdbc.queryForObject("select id from annual_evaluation where year = ?", Long.class, YEAR);
	}

	private String stage() {
		return this.jdbc.queryForObject(
				"""
						select case when published_at is not null then 'PUBLISHED' when completed_at is not null then 'COMPLETED'
						            when started_at is not null then 'IN_PROGRESS' else 'FORMING' end
						from annual_evaluation where year = ?""",
				String.class, YEAR);
	}

	/** A district year 1 whose report was submitted once and accepted. */
	private long acceptedDistrict(String code, String name) {
		long plan = this.districts.designated(ROUND, code, name, LocalDate.of(YEAR, 1, 1),
				LocalDate.of(YEAR + 2, 12, 31), 2, 1);
		this.districts.acceptedReport(plan, 1, LocalDate.of(YEAR + 1, 3, 1), name + " 1차년도 성과 서술");
		return plan;
	}

	private long subject(long plan) {
		return this.jdbc.queryForObject("""
				select s.id from annual_subject s join annual_evaluation e on e.id = s.evaluation_id
				where e.year = ? and s.plan_id = ?""", Long.class, YEAR, plan);
	}

	private long sheet(String evaluator, long plan) {
		return this.jdbc.queryForObject("""
				select id from annual_sheet where subject_id = ? and account_id = ?""", Long.class, subject(plan),
				this.evaluations.accountId(evaluator));
	}

	private long sheetVersion(long sheet) {
		return this.jdbc.queryForObject("select version from annual_sheet where id = ?", Long.class, sheet);
	}

	private List<Long> indicators() {
		return this.jdbc.queryForList("select id from annual_indicator where evaluation_id = ? order by position",
				Long.class, evaluationId());
	}

	private MockHttpServletRequestBuilder score(String evaluator, long sheet, String action, String first,
			String second) {
		List<Long> indicators = indicators();
		return as(evaluator, post("/evaluations/annual/sheets/" + sheet)).param("action", action)
			.param("version", String.valueOf(sheetVersion(sheet)))
			.param("opinion", evaluator + " 종합 의견")
			.param("scores[0].indicatorId", String.valueOf(indicators.get(0)))
			.param("scores[0].score", first)
			.param("scores[0].comment", "목표 의견 " + evaluator)
			.param("scores[1].indicatorId", String.valueOf(indicators.get(1)))
			.param("scores[1].score", second)
			.param("scores[1].comment", "과제 의견 " + evaluator);
	}

	private Document parse(String html) {
		return Jsoup.parse(html);
	}

	private int audited(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and object_id in "
				+ "(select cast(id as varchar) from annual_evaluation where year = ? union "
				+ "select cast(s.id as varchar) from annual_subject s join annual_evaluation e on e.id = s.evaluation_id "
				+ "where e.year = ?)", Integer.class, action, YEAR, YEAR);
	}

	@Test
	void aYearFromAcceptedReportsToPublishedRatings() throws Exception {
		long busan = acceptedDistrict("BUSAN", "부산광역시");
		long daegu = acceptedDistrict("DAEGU", "대구광역시");
		this.evaluations.evaluator("annual-eval-a", "연차 평가위원 가", "SEOUL", "한국산업연구원");
		this.evaluations.evaluator("annual-eval-b", "연차 평가위원 나", "BUSAN", "한국산업연구원");
		this.evaluations.evaluator("annual-eval-c", "연차 평가위원 다", "SEOUL", "산업정책연구소");

		// the accepted reports of the year are the candidates; forming twice forms one
		Document page = pageAs(PAGE, "ministry");
		assertThat(page.select("#candidates li").eachText()).contains("부산광역시 1차년도", "대구광역시 1차년도");
		this.mvc.perform(as("ministry", post(PAGE))).andExpect(redirectedUrl(PAGE));
		this.mvc.perform(as("ministry", post(PAGE))).andExpect(redirectedUrl(PAGE));
		assertThat(
				this.jdbc.queryForObject("select count(*) from annual_evaluation where year = ?", Integer.class, YEAR))
			.isOne();
		assertThat(audited("ANNUAL_EVALUATION_FORMED")).isOne();

		// the committee's own indicators, rules and scale: a bad weight stays on the page
		// with its message beside the field, and nothing changes
		long version = evaluationVersion();
		String refused = this.mvc.perform(committee(version, "indicators[0].weight", "육십", "bands[2].minScore", "-5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document refusedPage = parse(refused);
		assertThat(refusedPage.getElementById("error-summary")).isNotNull();
		assertThat(refusedPage.select("input[name=indicators[0].weight]").val()).isEqualTo("육십");
		assertThat(refusedPage.select("input[name=indicators[0].weight] ~ p.form-hint-invalid").text())
			.isEqualTo("숫자로 적어 주세요. 예: 1,000 또는 12.5 (40자 이내, 지수 표기는 쓸 수 없습니다)");
		assertThat(refusedPage.select("input[name=bands[2].minScore] ~ p.form-hint-invalid").text())
			.isEqualTo("0 이상이어야 합니다.");
		assertThat(indicators()).hasSize(4);
		// a scale without a 0 band is refused beside the scale
		Document noZero = parse(this.mvc.perform(committee(version, "bands[2].minScore", "10"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(noZero.select("#bands .form-hint-invalid").text()).isEqualTo("가장 낮은 등급의 기준 점수는 0이어야 합니다.");
		this.mvc.perform(committee(version)).andExpect(redirectedUrl(PAGE));
		assertThat(indicators()).hasSize(2);
		// the same form again, on the version read before: 409, what was typed kept
		String stale = this.mvc.perform(committee(version, "indicators[0].name", "고친 지표"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(parse(stale).select("input[name=indicators[0].name]").val()).isEqualTo("고친 지표");
		assertThat(this.jdbc.queryForList("select name from annual_indicator where evaluation_id = ? order by position",
				String.class, evaluationId()))
			.containsExactly("성과목표 달성도", "핵심과제 추진");

		// three evaluators; the evaluation starts
		this.mvc
			.perform(as("ministry", post(PAGE + "/members")).param("version", String.valueOf(evaluationVersion()))
				.param("accountId", String.valueOf(this.evaluations.accountId("annual-eval-a")))
				.param("accountId", String.valueOf(this.evaluations.accountId("annual-eval-b")))
				.param("accountId", String.valueOf(this.evaluations.accountId("annual-eval-c"))))
			.andExpect(redirectedUrl(PAGE));
		this.mvc.perform(as("ministry", post(PAGE + "/start")).param("version", "0")).andExpect(status().isConflict());
		assertThat(stage()).isEqualTo("FORMING");
		this.mvc.perform(as("ministry", post(PAGE + "/start")).param("version", String.valueOf(evaluationVersion())))
			.andExpect(redirectedUrl(PAGE));
		assertThat(stage()).isEqualTo("IN_PROGRESS");
		// 나 lives in 부산: excluded from it by the rule the calls use
		assertThat(this.jdbc.queryForObject("""
				select reason from annual_conflict where subject_id = ? and account_id = ?""", String.class,
				subject(busan), this.evaluations.accountId("annual-eval-b")))
			.isEqualTo("HOME_REGION");

		// nothing is read before the pledge; the pledge needs agreement and a detail
		long aBusan = sheet("annual-eval-a", busan);
		this.mvc.perform(get("/evaluations/annual/sheets/" + aBusan).with(this.accounts.as("annual-eval-a")))
			.andExpect(redirectedUrl("/evaluations/annual/" + evaluationId() + "/pledge"));
		String pledge = "/evaluations/annual/" + evaluationId() + "/pledge";
		Document pledgeRefused = parse(this.mvc
			.perform(
					as("annual-eval-c", post(pledge)).param("declarations[0].subjectId", String.valueOf(subject(daegu)))
						.param("declarations[0].conflict", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(pledgeRefused.select(".form-hint-invalid").eachText()).contains("이해관계 내용을 적어 주십시오.",
				"서약에 동의해 주십시오.");
		this.mvc
			.perform(as("annual-eval-c", post(pledge)).param("agree", "true")
				.param("declarations[0].subjectId", String.valueOf(subject(daegu)))
				.param("declarations[0].conflict", "true")
				.param("declarations[0].detail", "대구 테크노파크 자문위원"))
			.andExpect(redirectedUrl("/evaluations/annual"));
		this.mvc.perform(as("annual-eval-a", post(pledge)).param("agree", "true"))
			.andExpect(redirectedUrl("/evaluations/annual"));
		this.mvc.perform(as("annual-eval-b", post(pledge)).param("agree", "true"))
			.andExpect(redirectedUrl("/evaluations/annual"));
		// signed twice: refused, nothing recorded twice
		this.mvc.perform(as("annual-eval-b", post(pledge)).param("agree", "true")).andExpect(status().isOk());
		assertThat(audited("ANNUAL_PLEDGE_SIGNED")).isEqualTo(3);

		// excluded evaluators, and evaluators of another's sheet, find nothing
		this.mvc
			.perform(get("/evaluations/annual/sheets/" + sheet("annual-eval-b", busan))
				.with(this.accounts.as("annual-eval-b")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/evaluations/annual/sheets/" + sheet("annual-eval-c", daegu))
				.with(this.accounts.as("annual-eval-c")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluations/annual/sheets/" + aBusan).with(this.accounts.as("annual-eval-c")))
			.andExpect(status().isNotFound());

		// the evaluator reads the accepted version, read-only, with its verified actuals
		Document sheetPage = pageAs("/evaluations/annual/sheets/" + aBusan, "annual-eval-a");
		assertThat(sheetPage.getElementById("report-narrative").text()).isEqualTo("부산광역시 1차년도 성과 서술");
		assertThat(sheetPage.select("#report-actuals tbody td").first().text()).isEqualTo("320 명");
		assertThat(sheetPage.select("#report").text()).contains("부처가 검증한 실적 1 / 1");

		// a score out of range stays on the page, nothing saved
		Document badScore = parse(this.mvc.perform(score("annual-eval-a", aBusan, "submit", "101", "80"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(badScore.select("input[name=scores[0].score] ~ p.form-hint-invalid").text()).isNotBlank();
		assertThat(badScore.select("input[name=scores[0].score]").val()).isEqualTo("101");
		assertThat(this.jdbc.queryForObject("select status from annual_sheet where id = ?", String.class, aBusan))
			.isEqualTo("ASSIGNED");
		// 부산: 가 (90, 80) → 90 × 0.6 + 80 × 0.4 = 86; 다 (80, 70) → 76: mean 81 → 우수
		// 대구: 가 (50, 60) → 54; 나 (60, 50) → 56: mean 55 → 미흡
		this.mvc.perform(score("annual-eval-a", aBusan, "submit", "90", "80"))
			.andExpect(redirectedUrl("/evaluations/annual"));
		this.mvc.perform(score("annual-eval-c", sheet("annual-eval-c", busan), "submit", "80", "70"))
			.andExpect(redirectedUrl("/evaluations/annual"));
		this.mvc.perform(score("annual-eval-a", sheet("annual-eval-a", daegu), "submit", "50", "60"))
			.andExpect(redirectedUrl("/evaluations/annual"));
		long bDaegu = sheet("annual-eval-b", daegu);
		this.mvc.perform(score("annual-eval-b", bDaegu, "save", "60", ""))
			.andExpect(redirectedUrl("/evaluations/annual/sheets/" + bDaegu));
		// not complete while a counted sheet is outstanding
		this.mvc.perform(as("ministry", post(PAGE + "/complete")).param("version", String.valueOf(evaluationVersion())))
			.andExpect(status().isOk());
		assertThat(stage()).isEqualTo("IN_PROGRESS");
		this.mvc.perform(score("annual-eval-b", bDaegu, "submit", "60", "50"))
			.andExpect(redirectedUrl("/evaluations/annual"));
		// a submitted sheet is final
		this.mvc.perform(score("annual-eval-b", bDaegu, "submit", "99", "99")).andExpect(status().isOk());

		// nobody but the ministry sees anything before publication
		notVisibleBeforePublication(busan);
		this.mvc.perform(as("ministry", post(PAGE + "/complete")).param("version", String.valueOf(evaluationVersion())))
			.andExpect(redirectedUrl(PAGE));
		Document board = pageAs(PAGE, "ministry");
		assertThat(board.select("#subject-" + subject(busan) + " .score").text()).isEqualTo("81.00");
		assertThat(board.select("#subject-" + subject(busan) + " .suggested").text()).isEqualTo("우수");
		assertThat(board.select("#subject-" + subject(daegu) + " .score").text()).isEqualTo("55.00");
		assertThat(board.select("#subject-" + subject(daegu) + " .suggested").text()).isEqualTo("미흡");

		// publishing waits for every decision
		this.mvc.perform(as("ministry", post(PAGE + "/publish")).param("version", String.valueOf(evaluationVersion())))
			.andExpect(status().isOk());
		assertThat(stage()).isEqualTo("COMPLETED");

		// a decision: an adjustment without its reason stays with the message beside it
		String decision = PAGE + "/districts/" + subject(busan);
		Document noReason = parse(this.mvc.perform(decide(decision, busan, "budgetReason", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(noReason.select("#budgetReason ~ p.form-hint-invalid").text()).isEqualTo("조정 사유를 적어 주십시오.");
		assertThat(noReason.select("textarea[name=recommendations[0].text]").text()).isEqualTo("입주기업 지원 강화");
		this.mvc.perform(decide(decision, busan, "recommendations[0].dueOn", "")).andExpect(status().isOk());
		this.mvc.perform(decide(decision, busan)).andExpect(redirectedUrl(PAGE));
		this.mvc.perform(decide(decision, busan, "version", "0")).andExpect(status().isConflict());
		this.mvc
			.perform(as("ministry", post(PAGE + "/districts/" + subject(daegu)))
				.param("version", String.valueOf(subjectVersion(daegu)))
				.param("rating", "미흡")
				.param("budgetKind", "PERCENT")
				.param("budgetValue", "-10")
				.param("budgetReason", "연차평가 미흡"))
			.andExpect(redirectedUrl(PAGE));
		assertThat(audited("ANNUAL_DECISION_RECORDED")).isEqualTo(2);
		notVisibleBeforePublication(busan);

		// the year's results as a workbook, for the ministry only
		byte[] xlsx = this.mvc.perform(get(PAGE + "/results.xlsx").with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
			List<List<String>> rows = new java.util.ArrayList<>();
			workbook.getSheetAt(0).forEach((row) -> {
				List<String> cells = new java.util.ArrayList<>();
				row.forEach((cell) -> cells.add(format.formatCellValue(cell)));
				rows.add(cells);
			});
			assertThat(rows.get(0)).startsWith("사업지구", "차년도", "반영 평가위원 수", "점수");
			assertThat(rows).anySatisfy(
					(row) -> assertThat(row).startsWith("부산광역시", "1", "2", "81.00").contains("우수", "증감률 (%)", "성과 우수"));
			assertThat(rows)
				.anySatisfy((row) -> assertThat(row).startsWith("대구광역시", "1", "2", "55.00").contains("미흡", "연차평가 미흡"));
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(2).getStringCellValue()).isEqualTo("입주기업 지원 강화");
		}
		this.mvc.perform(get(PAGE + "/results.xlsx").with(this.accounts.as("region-busan")))
			.andExpect(status().isForbidden());
		// and as a PDF
		byte[] pdf = this.mvc.perform(get(PAGE + "/results.pdf").with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("부산광역시 1차년도", "81.00",
					"입주기업 지원 강화");
		}

		this.mvc.perform(as("ministry", post(PAGE + "/publish")).param("version", String.valueOf(evaluationVersion())))
			.andExpect(redirectedUrl(PAGE));
		assertThat(stage()).isEqualTo("PUBLISHED");

		// the region is told, once
		assertThat(this.jdbc.queryForObject("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.username = 'region-busan' and n.message_key = 'notification.annual.published'
				  and n.link = ?""", Integer.class, "/districts/" + busan + "/evaluations")).isOne();
		// the region reads its own result; another region does not; the public the
		// ratings
		Document own = pageAs("/districts/" + busan + "/evaluations", "region-busan");
		assertThat(own.select(".annual-result .score").text()).isEqualTo("81.00");
		assertThat(own.select(".annual-result .rating").text()).isEqualTo("우수");
		assertThat(own.select(".annual-result .budget").text()).isEqualTo("5% (성과 우수)");
		assertThat(own.select(".recommendations li").eachText())
			.containsExactly("입주기업 지원 강화 (이행 기한 " + YEAR + "-12-31)");
		assertThat(own.text()).contains("목표 의견 annual-eval-a").doesNotContain("연차 평가위원 가");
		this.mvc.perform(get("/districts/" + busan + "/evaluations").with(this.accounts.as("region-daegu")))
			.andExpect(status().isNotFound());
		Document published = Jsoup.parse(this.mvc.perform(get("/annual-evaluations/" + YEAR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(published.select("#annual-ratings tbody tr").eachText()).contains("부산광역시 1차년도 우수", "대구광역시 1차년도 미흡");
		assertThat(published.text()).doesNotContain("입주기업 지원 강화");
		// the decisions are final once published
		this.mvc.perform(decide(decision, busan)).andExpect(status().isOk());
		for (String action : List.of("ANNUAL_COMMITTEE_SET", "ANNUAL_MEMBER_ADDED", "ANNUAL_EVALUATION_STARTED",
				"ANNUAL_EVALUATION_COMPLETED", "ANNUAL_EVALUATION_PUBLISHED")) {
			assertThat(audited(action)).as(action).isGreaterThanOrEqualTo(1);
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'ANNUAL_SHEET_SUBMITTED' and object_id in
				(select cast(id as varchar) from annual_sheet where evaluation_id = ?)""", Integer.class,
				evaluationId()))
			.isEqualTo(4);
	}

	@Test
	void aDistrictRatedTheLowestTwiceMayBePutOnNoticeByARecordedDecision() throws Exception {
		// two districts over 2603–2605: 광주 rated 미흡 in 2603 (published) and again in
		// 2604,
		// 울산 미흡 only in 2604; both years set up straight in the tables
		long gwangju = this.districts.designated(2602, "GWANGJU", "광주광역시", LocalDate.of(2603, 1, 1),
				LocalDate.of(2605, 12, 31), 1, 1);
		long ulsan = this.districts.designated(2602, "ULSAN", "울산광역시", LocalDate.of(2603, 1, 1),
				LocalDate.of(2605, 12, 31), 1, 1);
		long earlier = completedYear(2603, true);
		subjectOf(earlier, gwangju, 1, "미흡");
		subjectOf(earlier, ulsan, 1, "보통");
		long later = completedYear(2604, false);
		long gwangjuSubject = subjectOf(later, gwangju, 2, "미흡");
		long ulsanSubject = subjectOf(later, ulsan, 2, "미흡");
		String page = "/ministry/annual-evaluations/2604/districts/";

		// 미흡 once only: refused, nothing recorded
		Document once = parse(this.mvc
			.perform(as("ministry", post(page + ulsanSubject + "/notice")).param("version", "0")
				.param("kind", "NOTICE")
				.param("decidedOn", "2605-02-01")
				.param("reason", "2년 연속 미흡"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(once.getElementById("error-summary").text()).contains("가장 낮은 등급");
		// the reason is required, beside its field; what was typed stays
		Document noReason = parse(this.mvc
			.perform(as("ministry", post(page + gwangjuSubject + "/notice")).param("version", "0")
				.param("kind", "EARLY_END")
				.param("decidedOn", "2605-02-01")
				.param("reason", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(noReason.select("#reason ~ p.form-hint-invalid").text()).isEqualTo("반드시 입력해 주세요.");
		assertThat(noReason.select("input[name=decidedOn]").val()).isEqualTo("2605-02-01");
		this.mvc
			.perform(as("ministry", post(page + gwangjuSubject + "/notice")).param("version", "0")
				.param("kind", "NOTICE")
				.param("decidedOn", "2605-02-01")
				.param("reason", "2년 연속 미흡: 이행계획 제출 요구"))
			.andExpect(redirectedUrl("/ministry/annual-evaluations/2604"));
		// the same form again on the version read before: 409
		this.mvc
			.perform(as("ministry", post(page + gwangjuSubject + "/notice")).param("version", "0")
				.param("kind", "EARLY_END")
				.param("decidedOn", "2605-02-01")
				.param("reason", "조기 해제"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select notice from annual_subject where id = ?", String.class,
				gwangjuSubject))
			.isEqualTo("NOTICE");
		assertThat(
				this.jdbc.queryForObject("select notice from annual_subject where id = ?", String.class, ulsanSubject))
			.isNull();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ANNUAL_NOTICE_RECORDED' and object_id = ?",
				Integer.class, String.valueOf(gwangjuSubject)))
			.isOne();

		// shown with the year's results once published, not before
		this.mvc.perform(get("/annual-evaluations/2604")).andExpect(status().isNotFound());
		assertThat(pageAs("/districts/" + gwangju + "/evaluations", "region-gwangju").select(".notice")).isEmpty();
		this.jdbc.update("update annual_evaluation set published_at = now() where id = ?", later);
		Document published = Jsoup.parse(this.mvc.perform(get("/annual-evaluations/2604"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(published.select("#annual-ratings tbody tr").eachText())
			.contains("광주광역시 2차년도 미흡 경고 (주의 조치) (2605-02-01 의결: 2년 연속 미흡: 이행계획 제출 요구)");
		assertThat(pageAs("/districts/" + gwangju + "/evaluations", "region-gwangju").select("dd.notice").text())
			.startsWith("경고 (주의 조치)");
	}

	/** A year's evaluation straight in the tables, complete (and published if asked). */
	private long completedYear(int year, boolean published) {
		long id = this.jdbc.queryForObject("""
				insert into annual_evaluation (year, aggregation, divergence_threshold, outlier_threshold,
				    minimum_evaluators, formed_at, formed_by, started_at, completed_at, published_at)
				values (?, 'MEAN', 10, 10, 1, now(), 'ministry', now(), now(), case when ? then now() end)
				returning id""", Long.class, year, published);
		this.jdbc.update("insert into annual_indicator (evaluation_id, position, name, weight) values (?, 0, '종합', 1)",
				id);
		String[][] bands = { { "우수", "80" }, { "보통", "60" }, { "미흡", "0" } };
		for (int i = 0; i < bands.length; i++) {
			this.jdbc.update(
					"insert into annual_rating_band (evaluation_id, position, label, min_score) values (?, ?, ?, ?)",
					id, i, bands[i][0], new java.math.BigDecimal(bands[i][1]));
		}
		return id;
	}

	/** The district year's accepted report, evaluated and decided with the rating. */
	private long subjectOf(long evaluation, long plan, int districtYear, String rating) {
		long report = this.jdbc.queryForObject("""
				insert into annual_report (plan_id, district_year, due_on, status, narrative, submitted_at, accepted_at)
				values (?, ?, '2606-03-01', 'ACCEPTED', '서술', now(), now()) returning id""", Long.class, plan,
				districtYear);
		return this.jdbc.queryForObject("""
				insert into annual_subject (evaluation_id, plan_id, district_year, report_id, report_version, rating,
				    decided_at, decided_by) values (?, ?, ?, ?, 1, ?, now(), 'ministry') returning id""", Long.class,
				evaluation, plan, districtYear, report, rating);
	}

	private long subjectVersion(long plan) {
		return this.jdbc.queryForObject("select version from annual_subject where id = ?", Long.class, subject(plan));
	}

	/** The committee form as the ministry sends it, with some fields typed otherwise. */
	private MockHttpServletRequestBuilder committee(long version, String... changed) {
		return form(as("ministry", post(PAGE + "/committee")), changed, "version", String.valueOf(version),
				"aggregation", "TRIMMED_MEAN", "minimumEvaluators", "2", "divergenceThreshold", "10",
				"outlierThreshold", "15", "indicators[0].name", "성과목표 달성도", "indicators[0].weight", "60",
				"indicators[1].name", "핵심과제 추진", "indicators[1].weight", "40", "indicators[2].name", "",
				"indicators[2].weight", "", "bands[0].label", "우수", "bands[0].minScore", "80", "bands[1].label", "보통",
				"bands[1].minScore", "60", "bands[2].label", "미흡", "bands[2].minScore", "0");
	}

	/** A decision on the district, with some fields typed otherwise. */
	private MockHttpServletRequestBuilder decide(String url, long plan, String... changed) {
		return form(as("ministry", post(url)), changed, "version", String.valueOf(subjectVersion(plan)), "rating", "우수",
				"recommendations[0].text", "입주기업 지원 강화", "recommendations[0].dueOn", YEAR + "-12-31",
				"recommendations[1].text", "", "recommendations[1].dueOn", "", "budgetKind", "PERCENT", "budgetValue",
				"5", "budgetReason", "성과 우수");
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String[] changed,
			String... fields) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		for (int i = 0; i < changed.length; i += 2) {
			values.put(changed[i], changed[i + 1]);
		}
		values.forEach(request::param);
		return request;
	}

	/** Before publication: the region, another region, an evaluator and the public. */
	private void notVisibleBeforePublication(long busan) throws Exception {
		Document own = pageAs("/districts/" + busan + "/evaluations", "region-busan");
		assertThat(own.getElementById("no-results")).isNotNull();
		assertThat(own.select(".annual-result")).isEmpty();
		this.mvc.perform(get("/annual-evaluations/" + YEAR)).andExpect(status().isNotFound());
		this.mvc.perform(get(PAGE).with(this.accounts.as("region-busan"))).andExpect(status().isForbidden());
		this.mvc.perform(get(PAGE).with(this.accounts.as("annual-eval-a"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/districts/" + busan + "/evaluations").with(this.accounts.as("region-daegu")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluations/annual").with(this.accounts.as("region-busan")))
			.andExpect(status().isForbidden());
	}

}
