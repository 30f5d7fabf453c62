package kr.go.sandan.browser;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor in real headless Chromium: from the home page to a 2021 plan, reading its
 * targets; every public page passes axe-core (WCAG 2.0/2.1 A and AA) without violations.
 */
class PublicJourneyBrowserTest extends BrowserTestSupport {

	@Test
	void visitorFollowsLinksFromHomeToThe2021GyeongnamPlanAndReadsItsTargets() {
		this.page.navigate(url("/"));
		assertThat(this.page.locator("h1")).hasText("산업단지 대개조");
		assertAccessible();

		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("2021년 2차"))
			.click();
		assertThat(this.page.locator("h1")).containsText("2021년 (2차)");
		assertAccessible();

		this.page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("경상남도"))
			.click();
		assertThat(this.page.locator("h1")).containsText("경상남도 산단혁신계획 (2021년)");
		assertThat(this.page.locator("#targets tbody tr")).hasCount(3);
		assertThat(this.page.locator("#targets")).containsText("생산액 5.1조원 증대");
		assertThat(this.page.locator("#targets")).containsText("신규창업 207개");
		assertThat(this.page.locator("#targets")).containsText("고용 1.3만명 창출");
		assertThat(this.page.locator("#sites .hub-row")).containsText("창원국가산업단지");
		assertThat(this.page.locator("#sites")).containsText("함안칠서일반산단");
		assertAccessible();
	}

	@Test
	void everyPublicPageIsAccessibleInKoreanAndEnglish() {
		for (String path : List.of("/regions", "/regions/jeonbuk", "/complexes", "/complexes?smartGreen=true",
				"/rounds/1", "/plans/8", "/?lang=en", "/plans/8?lang=en", "/complexes?lang=en")) {
			Response response = this.page.navigate(url(path));
			assertThat(response.status()).as(path).isEqualTo(200);
			assertAccessible();
		}
	}

	@Test
	void theAccessibilityCheckDoesCatchViolations() {
		this.page.navigate(url("/"));
		this.page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\\'x.png\\'>')");
		AxeResults results = new AxeBuilder(this.page).withTags(List.of("wcag2a")).analyze();
		assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt");
	}

	@Test
	void aMissingPlanShowsTheKoreanNotFoundPage() {
		Response response = this.page.navigate(url("/plans/424242"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("h1")).hasText("페이지를 찾을 수 없습니다");
		assertAccessible();
	}

	@Test
	void theLanguageSwitchKeepsThePage() {
		this.page.navigate(url("/complexes?smartGreen=true"));
		this.page.getByText("English").click();
		assertThat(this.page.locator("h1")).hasText("Industrial complexes");
		assertThat(this.page).hasURL(url("/complexes?smartGreen=true&lang=en"));
		this.page.getByText("한국어").click();
		assertThat(this.page.locator("h1")).hasText("산업단지");
	}

}
