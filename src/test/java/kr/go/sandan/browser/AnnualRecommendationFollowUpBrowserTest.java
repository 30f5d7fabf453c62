package kr.go.sandan.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.district.DesignatedDistricts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A full year of the annual evaluation and the next year's check, in a real browser
 * (issue #21): the district's first report is accepted; the ministry forms the committee,
 * the evaluator scores, the ministry rates, recommends and publishes; the region reads
 * its result (nothing before), answers the recommendation in its next report and submits
 * it; the ministry accepts it; the next year's evaluator reads that the recommendation
 * was followed. The new pages pass axe.
 */
class AnnualRecommendationFollowUpBrowserTest extends BrowserTestSupport {

	private static final int YEAR = 2771;

	private static final String REGION = "p21a-chungnam";

	private static final String EVALUATOR = "p21a-evaluator";

	@Autowired
	JdbcTemplate jdbc;

	/** A region officer and an evaluator of this test's own, with the demo password. */
	private void accounts() {
		this.jdbc.update("""
				insert into account (username, display_name, password_hash, region_id, enabled)
				select ?, '충청남도 담당 (p21a)', a.password_hash, g.id, true from account a, region g
				where a.username = 'ministry' and g.code = 'CHUNGNAM' on conflict do nothing""", REGION);
		this.jdbc.update("""
				insert into account (username, display_name, password_hash, affiliation, home_region_id, enabled)
				select ?, '연차 평가위원 (브라우저)', a.password_hash, '산업연구원', g.id, true from account a, region g
				where a.username = 'evaluator' and g.code = 'SEOUL' on conflict do nothing""", EVALUATOR);
		this.jdbc.update("""
				insert into account_role (account_id, role) select id, 'REGION' from account where username = ?
				on conflict do nothing""", REGION);
		this.jdbc.update("""
				insert into account_role (account_id, role) select id, 'EVALUATOR' from account where username = ?
				on conflict do nothing""", EVALUATOR);
	}

	/** The ministry forms the year's committee with the one evaluator and starts it. */
	private void committeeStarted(int year) {
		this.page.navigate(url("/ministry/annual-evaluations/" + year));
		button("연차평가위원회 구성");
		this.page.getByLabel("지구별 최소 평가위원 수").fill("1");
		button("저장");
		tick("연차 평가위원 (브라우저)");
		button("평가위원 추가");
		button("평가 시작");
		assertThat(this.page.locator("#annual-stage")).hasText("평가 중");
	}

	/** The evaluator signs the year's pledge and opens the district's sheet. */
	private void evaluatorOpens(String district) {
		this.page.navigate(url("/evaluations/annual"));
		this.page.getByText("먼저 이해충돌 서약을 해 주십시오.").click();
		tick("위 내용을 읽었으며");
		button("서약");
		this.page.getByText(district).click();
	}

	@Test
	void aYearRatedRecommendedAnsweredAndCheckedTheNextYear() {
		accounts();
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(YEAR - 1, "CHUNGNAM", "충청남도", LocalDate.of(YEAR, 1, 1),
				LocalDate.of(YEAR + 2, 12, 31), 1, 1);
		districts.acceptedReport(plan, 1, LocalDate.of(YEAR + 1, 3, 1), "충남 1차년도: 스마트공장 20개 구축");
		String evaluation = url("/ministry/annual-evaluations/" + YEAR);

		signIn("ministry");
		committeeStarted(YEAR);
		signOut();

		// the evaluator reads the accepted report and scores
		signIn(EVALUATOR);
		evaluatorOpens("충청남도 1차년도");
		assertThat(this.page.locator("#report-narrative")).hasText("충남 1차년도: 스마트공장 20개 구축");
		for (int i = 0; i < 4; i++) {
			this.page.locator("[name='scores[" + i + "].score']").fill("82");
		}
		button("제출");
		assertThat(this.page.locator("[role=status]").first()).containsText("제출했습니다");
		signOut();

		// before publication the region sees no result and is asked nothing
		signIn(REGION);
		this.page.navigate(url("/districts/" + plan + "/evaluations"));
		assertThat(this.page.locator("#no-results")).isVisible();
		this.page.navigate(url("/districts/" + plan + "/reports/2"));
		assertThat(this.page.locator("#recommendation-rows")).hasCount(0);
		signOut();

		// the ministry may send the sheet back (not needed here), completes, rates,
		// recommends and publishes
		signIn("ministry");
		this.page.navigate(evaluation);
		assertThat(this.page.locator("#submitted-sheets")).containsText("연차 평가위원 (브라우저)");
		assertAccessible();
		button("평가 완료");
		this.page.getByText("결정 기록").click();
		this.page.getByLabel("결정 등급").selectOption("우수");
		this.page.getByLabel("권고 1").fill("입주기업 애로 해소 창구 운영");
		this.page.locator("[name='recommendations[0].dueOn']").fill((YEAR + 1) + "-06-30");
		button("저장");
		button("결과 공개");
		assertThat(this.page.locator("#annual-stage")).hasText("결과 공개");
		signOut();

		// the region reads its result and answers the recommendation in its next report
		signIn(REGION);
		this.page.navigate(url("/districts/" + plan + "/evaluations"));
		assertThat(this.page.locator(".annual-result .rating")).hasText("우수");
		assertThat(this.page.locator(".recommendations")).containsText("입주기업 애로 해소 창구 운영");
		this.page.navigate(url("/districts/" + plan + "/reports/2"));
		assertThat(this.page.locator("#recommendation-rows")).containsText("입주기업 애로 해소 창구 운영");
		this.page.getByLabel("일자리 창출 1,000명: 실적").fill("520");
		this.page.getByLabel("일자리 창출 1,000명: 출처").fill("고용보험 피보험자 통계");
		this.page.getByLabel("핵심과제 1: 추진 상태").selectOption("ON_TRACK");
		this.page.getByLabel("입주기업 애로 해소 창구 운영: 이행 상태").selectOption("IMPLEMENTED");
		this.page.getByLabel("입주기업 애로 해소 창구 운영: 이행 내용 설명").fill("5월 창구 개소, 상담 40건 처리");
		this.page.getByLabel("종합 의견").fill("2차년도 성과");
		assertAccessible();
		snap("annual-follow-up-report-ko");
		button("저장");
		assertThat(this.page.locator("[role=status]").first()).containsText("저장했습니다");
		button("보고 제출");
		assertThat(this.page.locator("#report-status")).hasText("제출");
		assertThat(this.page.locator("#report-recommendations")).containsText("이행완료");
		signOut();

		// the ministry accepts it, and forms the next year's committee
		signIn("ministry");
		this.page.navigate(url("/districts/" + plan + "/reports/2"));
		assertThat(this.page.locator("#report-recommendations")).containsText("5월 창구 개소, 상담 40건 처리");
		button("승인");
		assertThat(this.page.locator("#report-status")).hasText("승인");
		committeeStarted(YEAR + 1);
		signOut();

		// the next year's evaluator reads that the recommendation was followed
		signIn(EVALUATOR);
		evaluatorOpens("충청남도 2차년도");
		assertThat(this.page.locator("#follow-up-rows")).containsText("입주기업 애로 해소 창구 운영");
		assertThat(this.page.locator("#follow-up-rows .follow-up-status")).hasText("이행완료");
		assertThat(this.page.locator("#follow-up-rows")).containsText("5월 창구 개소, 상담 40건 처리");
		assertAccessible();
		snap("annual-follow-up-sheet-ko");
		this.page.navigate(this.page.url() + "?lang=en");
		assertThat(this.page.locator("#follow-up-rows .follow-up-status")).hasText("Implemented");
		assertAccessible();
		snap("annual-follow-up-sheet-en");
	}

}
