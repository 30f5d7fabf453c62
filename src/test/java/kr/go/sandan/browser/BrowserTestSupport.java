package kr.go.sandan.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.Browser;
import kr.go.sandan.support.RealServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal on a random port and a fresh Chromium page per test; subclasses share one
 * Spring context and one browser per class.
 */
@RealServerTest
abstract class BrowserTestSupport {

	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void shutDown() {
		browser.close();
	}

	@BeforeEach
	void open() {
		browser.missingStylesheets();
		this.context = browser.newContext();
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
		// a page, or axe-core reading its CSS again, asked for a stylesheet that is not
		// there (StylesheetsTest checks the files themselves)
		assertThat(browser.missingStylesheets()).as("stylesheets asked for and not found").isEmpty();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Signs in through the login page with the demo password and lands on /me. */
	void signIn(String username) {
		this.page.navigate(url("/login"));
		this.page.getByLabel("아이디").fill(username);
		this.page.getByLabel("비밀번호").fill(Accounts.DEMO_PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("로그인")).click();
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/me"));
	}

	void signOut() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("로그아웃")).click();
	}

	void button(String name) {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	/**
	 * Clicks a button that sends its form and waits until the answer's page has replaced
	 * this one. A click does not wait for the navigation it starts: a link clicked right
	 * after it can be found on the old page and cancel the form's request (CI saw a key
	 * task save lost that way).
	 */
	void submit(String name) {
		this.page.locator("body").evaluate("(body) => body.setAttribute('data-left', '')");
		button(name);
		this.page.locator("body:not([data-left])").waitFor();
	}

	/**
	 * Saves a plan's section or project and waits for the page that says it was saved.
	 */
	void save() {
		submit("저장");
		PlaywrightAssertions.assertThat(this.page.locator("[role=status]").first()).containsText("저장했습니다");
	}

	/**
	 * Adds blank rows until the table has at least {@code count}, one click at a time: a
	 * second click while the first is on its way lands on a button about to be replaced
	 * (htmx drops it, or the page is still loading htmx and posts the form), and typing
	 * before the rows arrive can go into fields about to be swapped out.
	 */
	void addRowsUntil(String rows, int count) {
		Locator row = this.page.locator(rows);
		int before;
		while ((before = row.count()) < count) {
			button("행 추가");
			int now = before;
			this.page.waitForCondition(() -> row.count() > now);
		}
		// the last rows may have come with a whole page (a click before htmx was loaded
		// posts the form): typing before it has loaded and htmx has settled can go into
		// fields about to be replaced (CI once lost the first key task's name so)
		this.page.waitForLoadState();
		this.page.waitForFunction(
				"() => window.htmx !== undefined && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
	}

	/** KRDS draws its own check boxes: people click the label. */
	void tick(String label) {
		this.page.locator("label").filter(new Locator.FilterOptions().setHasText(label)).click();
	}

	/**
	 * Keeps what the page looks like now under target/screenshots, for people to look at.
	 */
	void snap(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", name + ".png")));
	}

	/** The page as it is now passes axe-core's WCAG 2.0/2.1 A and AA rules. */
	void assertAccessible() {
		AxeResults results = new AxeBuilder(this.page).withTags(List.of("wcag2a", "wcag2aa", "wcag21aa")).analyze();
		assertThat(results.getViolations())
			.as(() -> this.page.url() + " violates:\n" + describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes()
						.stream()
						.map((node) -> node.getHtml())
						.limit(3)
						.collect(Collectors.joining(" | ")))
			.collect(Collectors.joining("\n"));
	}

}
