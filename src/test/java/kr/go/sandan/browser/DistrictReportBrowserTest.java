package kr.go.sandan.browser;

import java.time.LocalDate;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.support.PlanJourneys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A district year's report in a real browser: the region fills and submits it, the
 * ministry sends it back, the region revises and resubmits, the ministry verifies and
 * accepts it; the district page then shows attainment as a chart and a table. With
 * evidence (a disguised file refused), comments per section, the two submissions
 * compared, and the public plan page showing the verified actual only once accepted.
 */
class DistrictReportBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void regionReportsMinistrySendsBackRegionResubmitsMinistryAccepts() {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(2090, "GYEONGNAM", "경상남도", LocalDate.of(2091, 1, 1),
				LocalDate.of(2093, 12, 31), 1, 1);
		districts.published(plan);
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
		// with its evidence, checked by content
		this.page.getByLabel("관련 목표").selectOption(new SelectOption().setLabel("일자리 창출 1,000명"));
		this.page.locator("#evidence-file")
			.setInputFiles(new FilePayload("위장.pdf", "application/pdf", "text".getBytes()));
		button("증빙 올리기");
		assertThat(this.page.locator("#evidence-hint")).containsText("파일 내용이 확장자와 맞지 않습니다");
		this.page.locator("#evidence-file")
			.setInputFiles(new FilePayload("고용보험 통계.pdf", "application/pdf", PlanJourneys.PDF));
		button("증빙 올리기");
		assertThat(this.page.locator("#evidence-list")).containsText("고용보험 통계.pdf");
		assertAccessible();
		snap("district-report-evidence");
		button("보고 제출");
		assertThat(this.page.locator("#report-status")).hasText("제출");
		signOut();

		// nothing of a submitted report is public
		this.page.navigate(url("/plans/" + plan));
		assertThat(this.page.locator("#district-figures")).not().containsText("1,200");

		// the ministry reads the evidence and sends the report back with comments per
		// section
		signIn("ministry");
		this.page.navigate(report);
		assertThat(this.page.locator("#evidence-list")).containsText("고용보험 통계.pdf");
		assertAccessible();
		this.page.getByLabel("보완 요청 의견").fill("출처 자료를 보완해 주십시오.");
		this.page.getByLabel("목표별 실적에 대한 의견").fill("출처의 기준 시점을 적어 주십시오.");
		button("보완 요청");
		assertThat(this.page.locator("#report-status")).hasText("보완 요청");
		signOut();

		// the region reads why, beside the section, revises and resubmits
		signIn("region-gyeongnam");
		this.page.navigate(report);
		assertThat(this.page.locator("#revision-comment")).containsText("출처 자료를 보완해 주십시오.");
		assertThat(this.page.locator("#comment-actuals")).containsText("출처의 기준 시점을 적어 주십시오.");
		assertAccessible();
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
		// the two submissions side by side
		this.page.locator("#report-versions a.compare-link").click();
		assertThat(this.page.locator("#change-actuals .added")).containsText("2091년 12월 말");
		assertAccessible();
		snap("district-report-compare");
		this.page.navigate(url("/districts/" + plan));
		assertThat(this.page.locator(".attainment-table").first()).containsText("(달성)");
		assertThat(this.page.locator("svg.attainment-chart")).hasCount(1);
		assertAccessible();
		snap("district-page");
		this.page.navigate(url("/districts/" + plan + "/reports/1?lang=en"));
		assertThat(this.page.locator("#report-status")).hasText("Accepted");
		assertAccessible();
		snap("district-report-en");
		// signed out (and back to Korean): the public
		this.page.context().clearCookies();

		// accepted and verified: public on the plan page, with its chart
		this.page.navigate(url("/plans/" + plan));
		assertThat(this.page.locator("#district-figures .public-figures")).containsText("1,200 명");
		assertThat(this.page.locator("#district-figures svg.attainment-chart")).hasCount(1);
		assertThat(this.page.locator("#district-figures")).not().containsText("고용보험");
		assertAccessible();
		snap("district-public-figures");
		this.page.navigate(url("/plans/" + plan + "?lang=en"));
		assertThat(this.page.locator("#district-figures")).containsText("verified actuals");
		snap("district-public-figures-en");
	}

}
