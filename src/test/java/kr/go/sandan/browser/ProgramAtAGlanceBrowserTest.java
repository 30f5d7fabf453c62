package kr.go.sandan.browser;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard, the map and the open data page in real headless Chromium: axe-core finds
 * no violation in Korean or English, and a region on the map leads to its page.
 */
class ProgramAtAGlanceBrowserTest extends BrowserTestSupport {

	@Test
	void theNewPagesAreAccessibleInKoreanAndEnglish() {
		for (String path : List.of("/dashboard", "/map", "/open-data", "/plans", "/complexes?name=%EC%B0%BD%EC%9B%90",
				"/dashboard?lang=en&round=2021", "/map?lang=en", "/open-data?lang=en",
				"/plans?lang=en&status=DESIGNATED", "/dashboard?round=1999&year=abc", "/map?colour=attainment")) {
			Response response = this.page.navigate(url(path));
			assertThat(response.status()).as(path).isEqualTo(200);
			assertAccessible();
			snap("glance" + path.replaceAll("[^a-z0-9]+", "-"));
		}
	}

	@Test
	void theMinistrysDashboardIsAccessibleToo() {
		signIn("ministry");
		for (String path : List.of("/dashboard", "/dashboard?lang=en")) {
			this.page.navigate(url(path));
			assertThat(this.page.locator("h2").allTextContents())
				.contains(path.contains("en") ? "Annual reports overdue" : "기한이 지난 연차 성과보고");
			assertAccessible();
			snap("glance-ministry" + path.replaceAll("[^a-z0-9]+", "-"));
		}
	}

	@Test
	void aRegionOnTheMapLeadsToItsPage() {
		// the release's round: other tests designate districts of their own years
		this.page.navigate(url("/map?round=2021"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("경상남도: 선정 (지정 전)")).click();
		assertThat(this.page).hasURL(url("/regions/gyeongnam"));
		assertThat(this.page.locator("h1")).containsText("경상남도");
	}

}
