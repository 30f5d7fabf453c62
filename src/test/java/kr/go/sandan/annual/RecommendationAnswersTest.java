package kr.go.sandan.annual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.FormFuzzer;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The region answers, in its next annual report, each published recommendation of its
 * annual evaluation (issue #21): a row per recommendation due by the report's year,
 * nothing before publication, a status and an explanation required to submit, kept in the
 * submitted version, read by the ministry (in Korean and English), commented on when the
 * report is sent back, compared between versions; a recommendation reported implemented
 * in an accepted report is not asked again.
 */
class RecommendationAnswersTest extends WorkflowTestSupport {

	private DesignatedDistricts districts;

	@BeforeEach
	void setUp() {
		this.districts = new DesignatedDistricts(this.jdbc);
	}

	/** A district over three years from {@code year}, its first year accepted. */
	private long district(int round, String regionCode, String regionName, int year) {
		long plan = this.districts.designated(round, regionCode, regionName, LocalDate.of(year, 1, 1),
				LocalDate.of(year + 2, 12, 31), 1, 1);
		this.districts.acceptedReport(plan, 1, LocalDate.of(year + 1, 3, 1), regionName + " 1차년도 서술");
		return plan;
	}

	/**
	 * The year's evaluation of the district's first year, complete, decided with the
	 * given recommendations (text, due date pairs); its id.
	 */
	static long decidedYear(org.springframework.jdbc.core.JdbcTemplate jdbc, int year, long plan,
			String... recommendations) {
		long evaluation = jdbc.queryForObject("""
				insert into annual_evaluation (year, aggregation, divergence_threshold, outlier_threshold,
				    minimum_evaluators, formed_at, formed_by, started_at, completed_at)
				values (?, 'MEAN', 10, 10, 1, now(), 'ministry', now(), now()) returning id""", Long.class, year);
		jdbc.update("insert into annual_indicator (evaluation_id, position, name, weight) values (?, 0, '종합', 1)",
				evaluation);
		jdbc.update("""
				insert into annual_rating_band (evaluation_id, position, label, min_score)
				values (?, 0, '우수', 80), (?, 1, '미흡', 0)""", evaluation, evaluation);
		long subject = jdbc.queryForObject("""
				insert into annual_subject (evaluation_id, plan_id, district_year, report_id, report_version, rating,
				    decided_at, decided_by)
				select ?, r.plan_id, r.district_year, r.id, 1, '우수', now(), 'ministry' from annual_report r
				where r.plan_id = ? and r.district_year = 1 returning id""", Long.class, evaluation, plan);
		for (int i = 0; i < recommendations.length; i += 2) {
			jdbc.update("insert into annual_recommendation (subject_id, position, text, due_on) values (?, ?, ?, ?)",
					subject, i / 2, recommendations[i], LocalDate.parse(recommendations[i + 1]));
		}
		return evaluation;
	}

	private long recommendation(long plan, String text) {
		return this.jdbc.queryForObject("""
				select r.id from annual_recommendation r join annual_subject s on s.id = r.subject_id
				where s.plan_id = ? and r.text = ?""", Long.class, plan, text);
	}

	private MockHttpServletRequestBuilder save(String region, long plan, int year, String... answers) {
		MockHttpServletRequestBuilder save = post("/districts/" + plan + "/reports/" + year).with(csrf())
			.with(this.accounts.as(region))
			.param("version", String.valueOf(version(plan, year)))
			.param("actuals[0].targetId", String.valueOf(this.districts.target(plan, 0)))
			.param("actuals[0].value", "410")
			.param("actuals[0].source", "고용보험 DB")
			.param("tasks[0].taskId", String.valueOf(this.districts.task(plan, 0)))
			.param("tasks[0].status", "ON_TRACK")
			.param("narrative", year + "차년도 성과");
		for (int i = 0; i < answers.length; i += 3) {
			save.param("recommendations[" + (i / 3) + "].recommendationId", answers[i])
				.param("recommendations[" + (i / 3) + "].status", answers[i + 1])
				.param("recommendations[" + (i / 3) + "].explanation", answers[i + 2]);
		}
		return save;
	}

	private long version(long plan, int year) {
		List<Long> versions = this.jdbc.queryForList(
				"select version from annual_report where plan_id = ? and district_year = ?", Long.class, plan, year);
		return versions.isEmpty() ? 0 : versions.get(0);
	}

	private void submit(String region, long plan, int year) throws Exception {
		this.mvc
			.perform(post("/districts/" + plan + "/reports/" + year + "/submit").with(csrf())
				.with(this.accounts.as(region))
				.param("version", String.valueOf(version(plan, year))))
			.andExpect(redirectedUrl("/districts/" + plan + "/reports/" + year));
	}

	private List<String> stored(long plan) {
		return this.jdbc.queryForList("""
				select x.text || '=' || coalesce(a.status, '-') || '/' || coalesce(a.explanation, '')
				from annual_report_recommendation a join annual_recommendation x on x.id = a.recommendation_id
				join annual_report r on r.id = a.report_id where r.plan_id = ? order by r.district_year, x.position""",
				String.class, plan);
	}

	@Test
	void theNextReportAnswersEachPublishedRecommendation() throws Exception {
		String region = Accounts.regionStaff(this.jdbc, "p21a-gangwon", "GANGWON");
		long plan = district(2750, "GANGWON", "강원특별자치도", 2751);
		long evaluation = decidedYear(this.jdbc, 2751, plan, "입주기업 애로 창구 운영", "2752-06-30", "근로자 복지시설 확충",
				"2753-06-30");
		long desk = recommendation(plan, "입주기업 애로 창구 운영");
		long welfare = recommendation(plan, "근로자 복지시설 확충");
		String report = "/districts/" + plan + "/reports/2";

		// before publication the region is asked nothing
		assertThat(pageAs(report, region).getElementById("recommendation-rows")).isNull();
		this.jdbc.update("update annual_evaluation set published_at = now() where id = ?", evaluation);

		// a row for the recommendation due in the report's year; the later one waits
		Document form = pageAs(report, region);
		assertThat(form.select("#recommendation-rows tbody tr")).hasSize(1);
		assertThat(form.getElementById("recommendation-rows").text())
			.contains("2751년 연차평가 권고: 입주기업 애로 창구 운영 (이행 기한 2752-06-30)")
			.doesNotContain("근로자 복지시설");
		assertThat(form.select("#recommendation-rows select option").eachText()).contains("이행완료", "이행중", "미이행");

		// too long an explanation: refused beside its field, what was typed kept
		Document refused = Jsoup
			.parse(this.mvc.perform(save(region, plan, 2, "" + desk, "IN_PROGRESS", "가".repeat(2001)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(refused.getElementById("error-summary")).isNotNull();
		assertThat(refused.select("#recommendation-rows .form-hint-invalid")).hasSize(1);
		assertThat(refused.select("#recommendation-rows select option[selected]").text()).isEqualTo("이행중");

		// saved with a status but no explanation (and the later recommendation sent
		// along,
		// passed over): submitting is refused until each has both
		this.mvc.perform(save(region, plan, 2, "" + desk, "IN_PROGRESS", "", "" + welfare, "IMPLEMENTED", "미리"))
			.andExpect(redirectedUrl(report));
		assertThat(stored(plan)).containsExactly("입주기업 애로 창구 운영=IN_PROGRESS/");
		this.mvc
			.perform(post(report + "/submit").with(csrf())
				.with(this.accounts.as(region))
				.param("version", String.valueOf(version(plan, 2))))
			.andExpect(flash().attribute("flashError", "district.error.recommendationsMissing"));
		assertThat(this.districts.reportStatus(plan, 2)).isEqualTo("DRAFT");

		this.mvc.perform(save(region, plan, 2, "" + desk, "IN_PROGRESS", "창구 설치 중, 상반기 개소"))
			.andExpect(redirectedUrl(report));
		submit(region, plan, 2);
		assertThat(this.districts.reportStatus(plan, 2)).isEqualTo("SUBMITTED");
		assertThat(this.jdbc.queryForObject("""
				select v.content -> 'recommendations' ->> 0 from annual_report_version v
				join annual_report r on r.id = v.report_id where r.plan_id = ? and r.district_year = 2""", String.class,
				plan))
			.contains("입주기업 애로 창구 운영", "IN_PROGRESS", "창구 설치 중, 상반기 개소", "2752-06-30");

		// the ministry reads the answers, in Korean and in English
		Document read = pageAs(report, "ministry");
		assertThat(read.getElementById("report-recommendations").text()).contains("입주기업 애로 창구 운영", "이행중",
				"창구 설치 중, 상반기 개소");
		assertThat(Jsoup
			.parse(this.mvc.perform(get(report).param("lang", "en").with(this.accounts.as("ministry")))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.getElementById("report-recommendations")
			.text()).contains("In progress");

		// sent back with a comment on the answers, which the region reads beside them
		this.mvc
			.perform(post(report + "/revision").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", String.valueOf(version(plan, 2)))
				.param("recommendationsComment", "창구 개소 일정을 밝혀 주십시오."))
			.andExpect(redirectedUrl(report));
		assertThat(pageAs(report, region).getElementById("comment-recommendations").text())
			.contains("창구 개소 일정을 밝혀 주십시오.");
		this.mvc.perform(save(region, plan, 2, "" + desk, "IMPLEMENTED", "2752년 5월 개소, 상담 40건"))
			.andExpect(redirectedUrl(report));
		submit(region, plan, 2);
		Document compare = pageAs(report + "/compare?from=1&to=2", "ministry");
		assertThat(compare.getElementById("change-recommendations").text()).contains("연차평가 권고 이행");
		assertThat(compare.getElementById("change-recommendations").select(".removed").text())
			.contains("입주기업 애로 창구 운영: 이행중 — 창구 설치 중, 상반기 개소");
		assertThat(compare.getElementById("change-recommendations").select(".added").text())
			.contains("입주기업 애로 창구 운영: 이행완료 — 2752년 5월 개소, 상담 40건");

		// accepted: the next year's report asks only what is still open
		this.mvc
			.perform(post(report + "/accept").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", String.valueOf(version(plan, 2))))
			.andExpect(redirectedUrl(report));
		Document third = pageAs("/districts/" + plan + "/reports/3", region);
		assertThat(third.getElementById("recommendation-rows").text()).contains("근로자 복지시설 확충")
			.doesNotContain("입주기업 애로 창구 운영");
		// another region reads nothing of it
		this.mvc.perform(get(report).with(this.accounts.as("region-busan"))).andExpect(status().isNotFound());

		// the next committee sees, from the accepted version it reads, how it was
		// followed
		String evaluator = "p21a-eval-gangwon";
		this.evaluations.evaluator(evaluator, "연차 평가위원 (p21a)", "SEOUL", "한국산업연구원");
		long next = new AnnualCommitteeSteps(this.mvc, this.jdbc, this.accounts, this.evaluations).started(2752,
				evaluator);
		long sheet = this.jdbc.queryForObject("""
				select h.id from annual_sheet h join annual_subject s on s.id = h.subject_id
				where h.evaluation_id = ? and s.plan_id = ?""", Long.class, next, plan);
		this.mvc.perform(as(evaluator, post("/evaluations/annual/" + next + "/pledge")).param("agree", "true"))
			.andExpect(redirectedUrl("/evaluations/annual"));
		Document sheetPage = pageAs("/evaluations/annual/sheets/" + sheet, evaluator);
		assertThat(sheetPage.select("#follow-up-rows tbody tr").eachText())
			.containsExactly("2751년 연차평가 권고: 입주기업 애로 창구 운영 (이행 기한 2752-06-30) 이행완료 2752년 5월 개소, 상담 40건");
		this.jdbc.update("update annual_evaluation set completed_at = now() where id = ?", next);
		long subject = this.jdbc.queryForObject("select subject_id from annual_sheet where id = ?", Long.class, sheet);
		Document decision = pageAs("/ministry/annual-evaluations/2752/districts/" + subject, "ministry");
		assertThat(decision.select("#follow-up-rows .follow-up-status").text()).isEqualTo("이행완료");
	}

	private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(this.accounts.as(who));
	}

	private long evaluationVersion(int year) {
		return this.jdbc.queryForObject("select version from annual_evaluation where year = ?", Long.class, year);
	}

	@Test
	void anEvaluatorIsToldOnceWhenPutOnAnAnnualCommittee() throws Exception {
		String evaluator = "p21a-eval-told";
		this.evaluations.evaluator(evaluator, "연차 평가위원 (알림)", "SEOUL", "산업정책연구소");
		String page = "/ministry/annual-evaluations/2760";
		long account = this.evaluations.accountId(evaluator);
		this.mvc.perform(as("ministry", post(page))).andExpect(redirectedUrl(page));
		// added, added again, taken off and added back: told once
		for (String step : List.of("add", "add", "remove", "add")) {
			String url = "add".equals(step) ? page + "/members" : page + "/members/" + account + "/remove";
			this.mvc
				.perform(as("ministry", post(url)).param("version", String.valueOf(evaluationVersion(2760)))
					.param("accountId", String.valueOf(account)))
				.andExpect(redirectedUrl(page));
		}
		assertThat(this.jdbc.queryForList(
				"""
						select n.link from notification n where n.account_id = ? and n.message_key = 'notification.annual.assigned'""",
				String.class, account))
			.containsExactly("/evaluations/annual");
		Document start = pageAs("/notifications", evaluator);
		assertThat(start.text()).contains("2760년 연차평가위원으로 배정되었습니다.");
		// nobody else is told
		assertThat(this.jdbc.queryForObject("""
				select count(*) from notification where message_key = 'notification.annual.assigned'
				and subject = '2760' and account_id <> ?""", Integer.class, account)).isZero();
	}

	@Test
	void theReportFormWithRecommendationsHoldsWhateverIsPosted() throws Exception {
		String region = Accounts.regionStaff(this.jdbc, "p21a-chungbuk", "CHUNGBUK");
		long plan = district(2755, "CHUNGBUK", "충청북도", 2756);
		long evaluation = decidedYear(this.jdbc, 2756, plan, "지역 대학 연계 강화", "2757-12-31");
		this.jdbc.update("update annual_evaluation set published_at = now() where id = ?", evaluation);
		String report = "/districts/" + plan + "/reports/2";
		List<FormFuzzer> fuzzers = new ArrayList<>();
		fuzzers.add(new FormFuzzer(this.mvc, this.accounts.as(region), report, report).run());
		this.mvc.perform(save(region, plan, 2, "" + recommendation(plan, "지역 대학 연계 강화"), "NOT_IMPLEMENTED", "예산 미확보"))
			.andExpect(redirectedUrl(report));
		submit(region, plan, 2);
		assertThat(this.districts.reportStatus(plan, 2)).isEqualTo("SUBMITTED");
		fuzzers.add(new FormFuzzer(this.mvc, this.accounts.as("ministry"), report, report + "/revision").run());
		assertThat(FormFuzzer.report(fuzzers)).isEmpty();
	}

}
