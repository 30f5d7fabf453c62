package kr.go.sandan.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard, the map and the open data page in real headless Chromium: axe-core finds
 * no violation in Korean or English, a region on the map leads to its page, and the
 * region names on the map stay clear of each other.
 */
class ProgramAtAGlanceBrowserTest extends BrowserTestSupport {

	@Test
	void theNewPagesAreAccessibleInKoreanAndEnglish() {
		for (String path : List.of("/dashboard", "/map", "/open-data", "/plans", "/complexes?name=%EC%B0%BD%EC%9B%90",
				"/dashboard?lang=en&round=2021", "/map?lang=en", "/open-data?lang=en",
				"/plans?lang=en&status=DESIGNATED", "/dashboard?round=1999&year=abc", "/map?colour=attainment",
				"/map?lang=en&colour=attainment", "/complexes?lang=en")) {
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

	@Test
	void noTwoRegionNamesOnTheMapOverlapInEitherLanguageOnADesktopOrAPhone() {
		for (int width : List.of(1280, 390)) {
			this.page.setViewportSize(width, 900);
			for (String lang : List.of("ko", "en")) {
				this.page.navigate(url("/map?round=2021&lang=" + lang));
				List<Locator> labels = this.page.locator("svg.region-map text.region-label").all();
				assertThat(labels).as("a name for each of the 17 시·도").hasSize(17);
				List<String> names = new ArrayList<>();
				List<BoundingBox> boxes = new ArrayList<>();
				for (Locator label : labels) {
					names.add(label.textContent());
					boxes.add(label.boundingBox());
				}
				for (int i = 0; i < boxes.size(); i++) {
					for (int j = i + 1; j < boxes.size(); j++) {
						assertThat(intersect(boxes.get(i), boxes.get(j)))
							.as("%s and %s overlap at %dpx in %s", names.get(i), names.get(j), width, lang)
							.isFalse();
					}
				}
				// the small regions are named beside the map, their links still lead to
				// them
				assertThat(this.page.locator(".region-label-callout").allTextContents()).hasSize(8)
					.contains(lang.equals("ko") ? "서울" : "Seoul");
				snap("map-labels-" + lang + "-" + width);
			}
		}
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Seoul: "))).click();
		assertThat(this.page).hasURL(url("/regions/seoul"));
	}

	private static boolean intersect(BoundingBox a, BoundingBox b) {
		return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
	}

}
