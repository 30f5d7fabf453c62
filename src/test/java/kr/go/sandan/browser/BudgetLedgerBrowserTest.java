package kr.go.sandan.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.ledger.FundedDistricts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The budget ledger in a real browser: the ministry officer opens a funded district's
 * ledger, enters a year's national allocation and then its execution for one confirmed
 * project, and reads the execution rate on the ledger page, in Korean and in English.
 */
class BudgetLedgerBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ministryEntersAllocationThenExecutionAndReadsTheRate() {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2066, "ULSAN", "울산광역시", 1, 1);
		String ledger = url("/districts/" + plan + "/ledger");

		signIn("ministry");
		this.page.navigate(url("/districts/" + plan));
		this.page.locator("#ledger-link").click();
		assertThat(this.page).hasURL(ledger);
		assertThat(this.page.locator("#ledger-total")).isVisible();
		assertAccessible();

		// the national line of 2067: allocation first
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("확정사업 1 2067년 국비: 입력과 이력")).click();
		assertThat(this.page.locator("#line-confirmed")).containsText("800");
		this.page.locator("#allocated").fill("600");
		assertAccessible();
		snap("ledger-line-ko");
		button("저장");
		assertThat(this.page).hasURL(ledger);
		assertThat(this.page.locator("[role=status]").first()).containsText("원장");

		// then the execution of that allocation
		this.page.navigate(url("/districts/" + plan + "/ledger/" + funded.project(plan, 0) + "/2067/national"));
		assertThat(this.page.locator("#allocated")).hasValue("600");
		this.page.locator("#executed").fill("450");
		button("저장");
		assertThat(this.page).hasURL(ledger);
		assertThat(this.page.locator("#ledger-total")).containsText("75");
		assertThat(this.page.locator("#rollup-year tbody tr").first()).containsText("75%");
		assertThat(this.page.locator("svg[role=img]")).hasCount(2);
		assertAccessible();
		snap("ledger-page-ko");

		// the same in English
		this.page.navigate(ledger + "?lang=en");
		assertThat(this.page.locator("#ledger-total")).containsText("District execution rate 75");
		assertAccessible();
		snap("ledger-page-en");
		this.page.navigate(url("/districts/" + plan + "/ledger/" + funded.project(plan, 0) + "/2067/national?lang=en"));
		assertThat(this.page.locator("#ledger-history tbody tr")).hasCount(2);
		assertAccessible();
		snap("ledger-line-en");
	}

}
