package kr.go.sandan.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.ledger.FundedDistricts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A co-funding ministry officer in a real browser: from its home it finds the projects
 * its ministry funds across districts, enters a year's allocation and execution of one,
 * and reads the execution rate on its ministry's page; the program ministry reads the
 * overview with its charts. Korean and English, each page checked with axe.
 */
class CoFundingLedgerBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * An officer of MSS who signs in with the demo password (the demo ministry's hash).
	 */
	private String officer(String username) {
		this.jdbc.update("""
				insert into account (username, display_name, password_hash, ministry, enabled)
				select ?, '중기부 담당 (테스트)', password_hash, 'MSS', true from account where username = 'ministry'
				on conflict do nothing""", username);
		this.jdbc.update(
				"""
						insert into account_role (account_id, role) select id, 'FUNDING_MINISTRY' from account where username = ?
						on conflict do nothing""",
				username);
		return username;
	}

	@Test
	void anOfficerFindsItsProjectsEntersAllocationAndExecutionAndReadsTheRate() {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long daegu = funded.funded(2558, "DAEGU", "대구광역시", 1, 1);
		long ulsan = funded.funded(2558, "ULSAN", "울산광역시", 1, 1);
		for (long plan : new long[] { daegu, ulsan }) {
			this.jdbc.update("update project_outcome set lead_ministry = 'MSS' where plan_id = ?", plan);
		}
		signIn(officer("funder-mss-browser"));
		this.page.locator("#funding-ledger-link").click();
		assertThat(this.page).hasURL(url("/ledger/ministries/MSS"));
		this.page.navigate(url("/ledger/ministries/MSS?year=2559"));
		assertThat(this.page.locator("#ledger-lines tbody tr")).hasCount(2);
		assertThat(this.page.locator("#ledger-lines")).containsText("대구광역시");
		assertThat(this.page.locator("#ledger-lines")).containsText("울산광역시");
		assertAccessible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("대구광역시 확정사업 1 2559년 국비: 입력과 이력"))
			.click();
		this.page.locator("#allocated").fill("800");
		this.page.locator("#executed").fill("200");
		assertAccessible();
		snap("ledger-cofunding-line-ko");
		button("저장");
		assertThat(this.page).hasURL(url("/ledger/ministries/MSS"));
		this.page.navigate(url("/ledger/ministries/MSS?year=2559"));
		assertThat(this.page.locator("#ledger-total")).containsText("25%");
		assertThat(this.page.locator("#rollup-district")).containsText("25%");
		assertThat(this.page.locator("svg[role=img]")).hasCount(1);
		snap("ledger-cofunding-ministry-ko");
		this.page.navigate(url("/ledger/ministries/MSS?year=2559&lang=en"));
		assertThat(this.page.locator("h1")).containsText("Budget ledger of");
		assertAccessible();
		snap("ledger-cofunding-ministry-en");
	}

	@Test
	void theProgramMinistryReadsTheOverviewAndSetsARoundsExpectation() {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		funded.funded(2554, "GWANGJU", "광주광역시", 2, 1);
		signIn("ministry");
		this.page.locator("#ledger-overview-link").click();
		assertThat(this.page).hasURL(url("/ministry/ledger"));
		this.page.navigate(url("/ministry/ledger?year=2555"));
		assertThat(this.page.locator("#rollup-ministry")).isVisible();
		assertAccessible();
		snap("ledger-overview-ko");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2554년 차수 기대치 고치기")).click();
		this.page.locator("#months5").fill("40");
		this.page.locator("#months6").fill("30");
		button("저장");
		assertThat(this.page.locator("#months6-error")).containsText("앞 달보다");
		assertAccessible();
		snap("ledger-schedule-ko");
		this.page.navigate(url("/ministry/ledger?year=2555&lang=en"));
		assertAccessible();
		snap("ledger-overview-en");
	}

}
