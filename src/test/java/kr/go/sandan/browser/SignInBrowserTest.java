package kr.go.sandan.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.Accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo role signs in through the real login page and lands on its own start page.
 */
class SignInBrowserTest extends BrowserTestSupport {

	private void signInFromHome(String username) {
		this.page.navigate(url("/"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("로그인")).click();
		assertAccessible();
		this.page.getByLabel("아이디").fill(username);
		this.page.getByLabel("비밀번호").fill(Accounts.DEMO_PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("로그인")).click();
	}

	@Test
	void ministryOfficerSeesTheProgramAndTheAuditTrail() {
		signInFromHome("ministry");
		assertThat(this.page).hasURL(url("/me"));
		assertThat(this.page.locator("#ministry-home")).containsText("2021년 2차");
		assertThat(this.page.locator("#admin-home")).hasCount(0);
		assertAccessible();
		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("주 메뉴"))
			.getByText("감사 기록")
			.click();
		assertThat(this.page.locator("#audit")).containsText("LOGIN_SUCCEEDED");
		assertAccessible();
	}

	@Test
	void regionalStaffSeeTheirOwnRegionsPlans() {
		signInFromHome("region-gyeongnam");
		assertThat(this.page.locator("#region-home h2")).hasText("경상남도 산단혁신계획");
		assertThat(this.page.locator("#region-home")).containsText("경상남도 산단혁신계획 (2021년)");
		assertThat(this.page.locator("#ministry-home")).hasCount(0);
		assertAccessible();
	}

	@Test
	void evaluatorSeesTheEvaluationInbox() {
		signInFromHome("evaluator");
		assertThat(this.page.locator("#evaluator-home")).containsText("배정된 평가가 아직 없습니다.");
		assertThat(this.page.getByText("계정 관리")).hasCount(0);
	}

	@Test
	void administratorManagesAccountsAndSignsOut() {
		signInFromHome("admin");
		assertThat(this.page.locator("#admin-home")).isVisible();
		this.page.locator("#admin-home").getByText("계정 관리").click();
		// the first page, by username: other tests add accounts, so one that sorts first
		assertThat(this.page.locator("#accounts")).containsText("시스템 관리자 (데모)");
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("새 계정")).first().click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("저장")).click();
		assertThat(this.page.locator(".form-hint-invalid").first()).isVisible();
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("로그아웃")).click();
		assertThat(this.page.locator("[role=status]")).containsText("로그아웃했습니다.");
		this.page.navigate(url("/admin/accounts"));
		assertThat(this.page).hasURL(url("/login"));
	}

}
