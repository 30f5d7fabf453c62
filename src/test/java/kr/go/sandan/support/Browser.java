package kr.go.sandan.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * Debian's headless Chromium driven by Playwright. Playwright must not download a browser
 * of its own (there is no network for it); .ci/run installs the chromium package when it
 * is missing, and these tests fail, not skip, without it.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	/**
	 * Stylesheets that a page of any context asked for and did not get, by the browser or
	 * by a script (axe-core reads them again), each as status and address.
	 */
	private final List<String> missingStylesheets = new CopyOnWriteArrayList<>();

	private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Browser launch() {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException(
					CHROMIUM + " is missing: install Debian's chromium package (bash .ci/run does it)");
		}
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		com.microsoft.playwright.Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run")));
		return new Browser(playwright, browser);
	}

	/** A fresh context (cookies, storage) in Korean, sized like an office screen. */
	public BrowserContext newContext() {
		return watched(this.browser.newContext(new NewContextOptions().setLocale("ko-KR")
			.setViewportSize(1280, 900)
			// KRDS scrolls smoothly; a click that scrolls its target into view while an
			// autofocused field scrolls the page finds it "outside of the viewport" now
			// and
			// then. People who ask for reduced motion get instant scrolling, as the tests
			// do.
			.setReducedMotion(ReducedMotion.REDUCE)
			// axe-core is injected as a script; the portal's CSP rightly forbids that
			.setBypassCSP(true)));
	}

	/**
	 * A context as a visitor's browser is: the portal's CSP enforced (no axe-core here),
	 * and, when asked, no script at all.
	 */
	public BrowserContext newStrictContext(boolean javaScript) {
		return watched(this.browser.newContext(new NewContextOptions().setLocale("ko-KR")
			.setViewportSize(1280, 900)
			.setReducedMotion(ReducedMotion.REDUCE)
			.setJavaScriptEnabled(javaScript)));
	}

	private BrowserContext watched(BrowserContext context) {
		context.onResponse((response) -> {
			boolean stylesheet = response.request().resourceType().equals("stylesheet")
					|| response.url().replaceAll("[?#].*$", "").endsWith(".css");
			if (stylesheet && response.status() >= 400) {
				this.missingStylesheets.add(response.status() + " " + response.url());
			}
		});
		return context;
	}

	/**
	 * The stylesheets asked for and not found since the last call (each page's own, and
	 * those a tool such as axe-core reads again), then forgotten.
	 */
	public List<String> missingStylesheets() {
		List<String> missing = List.copyOf(this.missingStylesheets);
		this.missingStylesheets.clear();
		return missing;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
