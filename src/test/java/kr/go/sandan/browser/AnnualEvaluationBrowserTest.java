package kr.go.sandan.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.district.DesignatedDistricts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A year's annual evaluation in a real browser: the ministry forms the committee, sets
 * its minimum, adds the evaluator and starts; the evaluator signs the pledge, reads the
 * accepted report and scores; the ministry completes, records the rating, recommendation
 * and budget adjustment and publishes; the region then reads its result, and the public
 * the ratings. Every page passes axe.
 */
class AnnualEvaluationBrowserTest extends BrowserTestSupport {

	private static final int YEAR = 2611;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aYearEvaluatedDecidedAndPublished() {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(YEAR - 1, "INCHEON", "인천광역시", LocalDate.of(YEAR, 1, 1),
				LocalDate.of(YEAR + 2, 12, 31), 1, 1);
		districts.acceptedReport(plan, 1, LocalDate.of(YEAR + 1, 3, 1), "인천 1차년도: 스마트공장 30개 구축");
		String evaluation = url("/ministry/annual-evaluations/" + YEAR);

		// the ministry forms the committee, sets its minimum, adds the evaluator, starts
		signIn("ministry");
		this.page.navigate(evaluation);
		assertThat(this.page.locator("#candidates")).containsText("인천광역시 1차년도");
		button("연차평가위원회 구성");
		this.page.getByLabel("지구별 최소 평가위원 수").fill("1");
		button("저장");
		assertThat(this.page.locator("[role=status]").first()).containsText("저장했습니다");
		tick("외부 평가위원 (데모)");
		button("평가위원 추가");
		assertAccessible();
		snap("annual-committee-ko");
		button("평가 시작");
		assertThat(this.page.locator("#annual-stage")).hasText("평가 중");
		signOut();

		// the evaluator pledges, reads the accepted version and scores
		signIn("evaluator");
		this.page.navigate(url("/evaluations/annual"));
		this.page.getByText("먼저 이해충돌 서약을 해 주십시오.").click();
		assertAccessible();
		tick("위 내용을 읽었으며");
		button("서약");
		this.page.getByText("인천광역시 1차년도").click();
		assertThat(this.page.locator("#report-narrative")).hasText("인천 1차년도: 스마트공장 30개 구축");
		for (int i = 0; i < 4; i++) {
			this.page.locator("[name='scores[" + i + "].score']").fill("85");
		}
		this.page.locator("[name='scores[0].comment']").fill("목표를 넘었습니다.");
		assertAccessible();
		snap("annual-sheet-ko");
		button("제출");
		assertThat(this.page.locator("[role=status]").first()).containsText("제출했습니다");
		signOut();

		// the ministry completes, decides and publishes
		signIn("ministry");
		this.page.navigate(evaluation);
		button("평가 완료");
		assertThat(this.page.locator("#annual-board")).containsText("85.00");
		this.page.getByText("결정 기록").click();
		this.page.getByLabel("결정 등급").selectOption("우수");
		this.page.getByLabel("권고 1").fill("입주기업 애로 해소 창구 운영");
		this.page.locator("[name='recommendations[0].dueOn']").fill((YEAR + 1) + "-06-30");
		tick("증감률 (%)");
		this.page.getByLabel("조정 값 (감액은 음수)").fill("5");
		this.page.getByLabel("조정 사유").fill("연차평가 우수");
		assertAccessible();
		snap("annual-decision-ko");
		button("저장");
		button("결과 공개");
		assertThat(this.page.locator("#annual-stage")).hasText("결과 공개");
		assertAccessible();
		snap("annual-board-ko");
		signOut();

		// the region reads its own result, in Korean and English
		signIn("region-incheon");
		this.page.navigate(url("/districts/" + plan + "/evaluations"));
		assertThat(this.page.locator(".annual-result .rating")).hasText("우수");
		assertThat(this.page.locator(".recommendations")).containsText("입주기업 애로 해소 창구 운영");
		assertAccessible();
		snap("annual-district-ko");
		this.page.navigate(url("/districts/" + plan + "/evaluations?lang=en"));
		assertThat(this.page.locator("h1")).hasText("Annual evaluation results");
		assertAccessible();
		snap("annual-district-en");
		this.page.navigate(url("/me?lang=ko"));
		signOut();

		// the public reads the ratings
		this.page.navigate(url("/annual-evaluations/" + YEAR + "?lang=ko"));
		assertThat(this.page.locator("#annual-ratings")).containsText("인천광역시 1차년도");
		assertAccessible();
		snap("annual-public-ko");
	}

}
