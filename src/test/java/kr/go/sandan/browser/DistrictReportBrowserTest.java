package kr.go.sandan.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.district.DesignatedDistricts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A district year's report in a real browser: the region fills and submits it, the
 * ministry sends it back, the region revises and resubmits, the ministry verifies and
 * accepts it; the district page then shows attainment as a chart and a table.
 */
class DistrictReportBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void regionReportsMinistrySendsBackRegionResubmitsMinistryAccepts() {
		long plan = new DesignatedDistricts(this.jdbc).designated(2090, "GYEONGNAM", "경상남도", LocalDate.of(2091, 1, 1),
				LocalDate.of(2093, 12, 31), 1, 1);
		String report = url("/districts/" + plan + "/reports/1");
		// a confirmed path (its own journey is DistrictResultsTest's)
		this.jdbc.update(
				"insert into district_target_set (plan_id, confirmed_at, confirmed_by) values (?, now(), 'ministry')",
				plan);
		this.jdbc
			.update("""
					insert into district_target_path (target_id, plan_id, baseline_value, baseline_year, year1_value,
					    year2_value, year3_value) select id, plan_id, 0, 2090, 1000, 2000, 3000 from plan_target where plan_id = ?""",
					plan);

		// the region fills in and submits its first year
		signIn("region-gyeongnam");
		assertThat(this.page.locator("#region-districts")).containsText("경상남도 경쟁력강화사업지구");
		this.page.navigate(report);
		this.page.getByLabel("일자리 창출 1,000명: 실적").fill("1,200");
		this.page.getByLabel("일자리 창출 1,000명: 출처").fill("고용보험 피보험자 통계");
		this.page.getByLabel("핵심과제 1: 추진 상태").selectOption("ON_TRACK");
		this.page.getByLabel("핵심과제 1: 추진 내용").fill("스마트공장 30개 구축");
		this.page.getByLabel("종합 의견").fill("1차년도 목표를 넘었습니다.");
		assertAccessible();
		button("저장");
		assertThat(this.page.locator("[role=status]").first()).containsText("저장했습니다");
		button("보고 제출");
		assertThat(this.page.locator("#report-status")).hasText("제출");
		signOut();

		// the ministry sends it back
		signIn("ministry");
		this.page.navigate(report);
		assertAccessible();
		this.page.getByLabel("보완 요청 의견").fill("출처 자료를 첨부해 주십시오.");
		button("보완 요청");
		assertThat(this.page.locator("#report-status")).hasText("보완 요청");
		signOut();

		// the region reads why, revises and resubmits
		signIn("region-gyeongnam");
		this.page.navigate(report);
		assertThat(this.page.locator("#revision-comment")).containsText("출처 자료를 첨부해 주십시오.");
		this.page.getByLabel("일자리 창출 1,000명: 출처").fill("고용보험 피보험자 통계 (2091년 12월 말)");
		button("저장");
		button("보고 제출");
		assertThat(this.page.locator("#report-status")).hasText("제출");
		signOut();

		// the ministry verifies and accepts
		signIn("ministry");
		this.page.navigate(report);
		this.page.getByLabel("1번 실적 검증").selectOption("VERIFIED");
		button("검증 저장");
		assertThat(this.page.locator("[role=status]").first()).containsText("검증 결과를 저장했습니다");
		button("승인");
		assertThat(this.page.locator("#report-status")).hasText("승인");
		assertThat(this.page.locator("#report-versions li")).hasCount(2);
		this.page.navigate(url("/districts/" + plan));
		assertThat(this.page.locator(".attainment-table").first()).containsText("(달성)");
		assertThat(this.page.locator("svg.attainment-chart")).hasCount(1);
		assertAccessible();
		snap("district-page");
		this.page.navigate(url("/districts/" + plan + "/reports/1?lang=en"));
		assertThat(this.page.locator("#report-status")).hasText("Accepted");
		assertAccessible();
		snap("district-report-en");
	}

}
