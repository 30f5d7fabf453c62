package kr.go.sandan.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.account.AccountUserDetailsService;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.PlanJourneys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: rows of the plan editor's sections, and the requested projects, are added
 * and removed in place (htmx from its WebJar): the page is not loaded again, which a
 * marker left on {@code window} shows, and the CSP is not broken on the way. Then the
 * section is saved as before.
 */
class InPlaceEditorBrowserTest extends BrowserTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountUserDetailsService users;

	/**
	 * The one call of 2028 that this branch's tests make through the form; its plans are
	 * of regions no other browser test signs in as (their work lists stay as they
	 * expect).
	 */
	static long call2028(PlanJourneys journeys, JdbcTemplate jdbc) throws Exception {
		List<Long> calls = jdbc.queryForList(
				"select c.id from proposal_call c join program_round r on r.id = c.round_id where r.year = 2028",
				Long.class);
		return calls.isEmpty() ? journeys.openCall(2028) : calls.get(0);
	}

	private void mark() {
		this.page.evaluate("() => { window.inPlaceMarker = 'kept'; }");
	}

	private void assertNotReloaded() {
		assertThat(this.page.evaluate("() => window.inPlaceMarker")).as("the page was loaded again").isEqualTo("kept");
	}

	private Locator exactly(String label) {
		return this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	@Test
	void targetsAndProjectsAreAddedAndRemovedWithoutReloadingThePage() throws Exception {
		PlanJourneys journeys = new PlanJourneys(this.mvc, this.jdbc, new Accounts(this.users));
		long plan = journeys.start(call2028(journeys, this.jdbc), "region-incheon");
		journeys.save(plan, "region-incheon", "tasks", "rows[0].name", "탄소소재 고도화");
		// the portal's CSP enforced, as in a visitor's browser
		this.context.close();
		this.context = browser.newStrictContext(true);
		this.page = this.context.newPage();
		List<String> refused = new java.util.ArrayList<>();
		this.page.onConsoleMessage((message) -> {
			if (message.text().contains("Content Security Policy")) {
				refused.add(message.text());
			}
		});

		signIn("region-incheon");
		this.page.navigate(url("/plans/" + plan + "/edit/targets"));
		assertThat(this.page.locator("#target-rows tbody tr")).hasCount(3);
		mark();
		exactly("1번 목표의 지표").selectOption("JOBS_CREATED");
		exactly("1번 목표의 값").fill("1200");
		exactly("1번 목표의 단위").selectOption("명");
		button("행 추가");
		assertThat(this.page.locator("#target-rows tbody tr")).hasCount(8);
		assertThat(this.page.locator("#rows-note")).containsText("빈 행 5개를 추가했습니다");
		// the first new row's first field has the focus; what was typed stays
		assertThat(exactly("4번 목표의 지표")).isFocused();
		assertThat(exactly("1번 목표의 값")).hasValue("1200");
		exactly("4번 목표의 지표").selectOption("PRODUCTION_INCREASE");
		exactly("4번 목표의 값").fill("3.5");
		exactly("4번 목표의 단위").selectOption("조원");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("2번 행 삭제").setExact(true)).click();
		assertThat(this.page.locator("#target-rows tbody tr")).hasCount(7);
		assertThat(this.page.locator("#rows-note")).containsText("2번 행을 지웠습니다");
		assertThat(this.page.locator("#rows-note")).isFocused();
		// the row typed as the fourth is now the third
		assertThat(exactly("3번 목표의 값")).hasValue("3.5");
		assertNotReloaded();
		assertThat(this.page.locator("script[src*='/webjars/htmx.org/']")).hasCount(1);
		snap("m16-targets-in-place-ko");
		long before = journeys.version(plan);
		button("저장");
		assertThat(this.page.locator("[role=status]").first()).containsText("저장했습니다");
		assertThat(journeys.version(plan)).isGreaterThan(before);
		assertThat(this.jdbc.queryForList("select value from plan_target where plan_id = ? order by position",
				java.math.BigDecimal.class, plan))
			.extracting(java.math.BigDecimal::stripTrailingZeros)
			.containsExactly(new java.math.BigDecimal("1200").stripTrailingZeros(),
					new java.math.BigDecimal("3.5").stripTrailingZeros());

		// projects: added by name and removed in the list, the totals follow
		this.page.navigate(url("/plans/" + plan + "/edit/projects"));
		mark();
		this.page.getByLabel("‘탄소소재 고도화’에 추가할 사업명").fill("탄소섬유 실증센터");
		button("사업 추가");
		assertThat(this.page.locator(".project-list tbody tr[id^=project-]")).hasCount(1);
		assertThat(this.page.locator(".portal-alert.success")).containsText("사업을 추가했습니다");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("탄소섬유 실증센터").setExact(true)))
			.isFocused();
		this.page.getByLabel("‘탄소소재 고도화’에 추가할 사업명").fill("복합소재 인력양성");
		button("사업 추가");
		assertThat(this.page.locator(".project-list tbody tr[id^=project-]")).hasCount(2);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("탄소섬유 실증센터 삭제").setExact(true))
			.click();
		assertThat(this.page.locator(".project-list tbody tr[id^=project-]")).hasCount(1);
		assertThat(this.page.locator(".project-list")).containsText("복합소재 인력양성");
		assertThat(this.page.getByLabel("‘탄소소재 고도화’에 추가할 사업명")).isFocused();
		assertNotReloaded();
		assertThat(this.jdbc.queryForList("""
				select p.name from plan_requested_project p join plan_key_task t on t.id = p.key_task_id
				where t.plan_id = ?""", String.class, plan)).containsExactly("복합소재 인력양성");

		// a blank name is refused with a message, in place too
		button("사업 추가");
		assertThat(this.page.locator("#error-summary")).isFocused();
		// the error names its field and links to it
		assertThat(this.page.locator("#error-summary a[href='#name']")).containsText("사업명:");
		assertThat(this.page.locator("#name")).isVisible();
		snap("m16-quick-add-refused-ko");
		assertNotReloaded();
		assertThat(refused).as("CSP refusals").isEmpty();

		// looked at in English and on a phone
		this.page.navigate(url("/plans/" + plan + "/edit/projects?lang=en"));
		snap("m16-projects-en");
		this.page.setViewportSize(390, 844);
		snap("m16-projects-phone-en");
		this.page.navigate(url("/plans/" + plan + "/edit/targets?lang=ko"));
		button("행 추가");
		assertThat(this.page.locator("#rows-note")).isVisible();
		snap("m16-targets-phone-ko");

		// axe-core needs the CSP bypassed (it is injected as a script): the swapped
		// section
		// and the projects list pass WCAG 2.1 AA
		this.context.close();
		this.context = browser.newContext();
		this.page = this.context.newPage();
		signIn("region-incheon");
		this.page.navigate(url("/plans/" + plan + "/edit/sites"));
		button("행 추가");
		assertThat(this.page.locator("#rows-note")).isVisible();
		assertAccessible();
		this.page.navigate(url("/plans/" + plan + "/edit/projects"));
		assertAccessible();
	}

	@Test
	void withoutScriptTheSameButtonsPostTheSection() throws Exception {
		PlanJourneys journeys = new PlanJourneys(this.mvc, this.jdbc, new Accounts(this.users));
		long plan = journeys.start(call2028(journeys, this.jdbc), "region-gyeonggi");
		this.context.close();
		this.context = browser.newStrictContext(false);
		this.page = this.context.newPage();
		signIn("region-gyeonggi");
		this.page.navigate(url("/plans/" + plan + "/edit/tasks"));
		exactly("1번 중점과제").fill("수소 모빌리티");
		button("행 추가");
		assertThat(this.page.locator("#task-rows tbody tr")).hasCount(8);
		exactly("5번 중점과제").fill("그린 수소 생산");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("2번 행 삭제").setExact(true)).click();
		assertThat(this.page.locator("#task-rows tbody tr")).hasCount(7);
		assertThat(exactly("4번 중점과제")).hasValue("그린 수소 생산");
		button("저장");
		assertThat(this.page.locator("[role=status]").first()).containsText("저장했습니다");
		assertThat(this.jdbc.queryForList("select name from plan_key_task where plan_id = ? order by position",
				String.class, plan))
			.containsExactly("수소 모빌리티", "그린 수소 생산");
	}

}
