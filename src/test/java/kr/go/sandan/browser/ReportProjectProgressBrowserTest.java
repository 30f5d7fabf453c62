package kr.go.sandan.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.district.DesignatedDistricts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The progress of each confirmed requested project in a real browser (issue #19): the
 * region fills it beside the key tasks' progress, submits, and reads it back, in Korean
 * and in English; the page stays accessible.
 */
class ReportProjectProgressBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void regionRecordsEachConfirmedProjectsProgressAndSubmits() {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(2566, "ULSAN", "울산광역시", LocalDate.of(2567, 1, 1), LocalDate.of(2569, 12, 31),
				1, 1);
		districts.confirmedProjects(plan, 2566, 2);
		String report = url("/districts/" + plan + "/reports/1");

		signIn("region-ulsan");
		this.page.navigate(report);
		assertThat(this.page.locator("#project-rows")).not().containsText("미반영 사업");
		this.page.getByLabel("일자리 창출 1,000명: 실적").fill("300");
		this.page.getByLabel("일자리 창출 1,000명: 출처").fill("고용보험 피보험자 통계");
		this.page.getByLabel("핵심과제 1: 추진 상태").selectOption("ON_TRACK");
		this.page.getByLabel("확정사업 1: 사업 추진 상태").selectOption("ON_TRACK");
		this.page.getByLabel("확정사업 1: 사업 추진 내용").fill("실시설계 완료, 착공");
		this.page.getByLabel("확정사업 2: 사업 추진 상태").selectOption("DELAYED");
		this.page.getByLabel("확정사업 2: 사업 추진 내용").fill("부지 보상 협의 지연");
		this.page.getByLabel("종합 의견").fill("1차년도 성과");
		assertAccessible();
		snap("district-report-projects-ko");
		button("저장");
		assertThat(this.page.locator("[role=status]").first()).containsText("저장했습니다");
		button("보고 제출");
		assertThat(this.page.locator("#report-status")).hasText("제출");
		assertThat(this.page.locator("#report-projects")).containsText("부지 보상 협의 지연");
		this.page.navigate(report + "?lang=en");
		assertThat(this.page.locator("#report-projects")).containsText("Delayed");
		assertAccessible();
		snap("district-report-projects-en");
	}

}
