package kr.go.sandan.browser;

import java.util.Arrays;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: every check box is seen, with its state, and changes on screen when ticked
 * by keyboard; a failed sign-in keeps the user name; a phone does not break a Korean word
 * a syllable per line.
 */
class VisibleControlsBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The box is drawn at a size people see, and pressing Space on it (as a keyboard user
	 * does) changes both its state and what the screen shows.
	 */
	private void assertSeenAndToggledByKeyboard(Locator box) {
		box.scrollIntoViewIfNeeded();
		BoundingBox size = box.boundingBox();
		assertThat(size).as("a check box on the page").isNotNull();
		assertThat(size.width).as("width of %s", box).isGreaterThanOrEqualTo(12);
		assertThat(size.height).as("height of %s", box).isGreaterThanOrEqualTo(12);
		assertThat((String) box.evaluate("e => getComputedStyle(e).clip")).isNotEqualTo("rect(0px, 0px, 0px, 0px)");
		boolean before = box.isChecked();
		byte[] shownBefore = box.screenshot();
		box.focus();
		this.page.keyboard().press("Space");
		assertThat(box.isChecked()).isEqualTo(!before);
		assertThat(Arrays.equals(shownBefore, box.screenshot())).as("the screen shows the new state").isFalse();
	}

	@Test
	void anAdministratorSeesTheRolesAndTheStateTheyGrant() {
		signIn("admin");
		this.page.navigate(url("/admin/accounts/new"));
		assertSeenAndToggledByKeyboard(this.page.getByLabel("부처 담당자", new Page.GetByLabelOptions().setExact(true)));
		snap("i16-account-new-ko");
		this.page.navigate(url("/admin/accounts/new?lang=en"));
		this.page.setViewportSize(390, 844);
		assertThat(this.page.getByLabel("Ministry officer", new Page.GetByLabelOptions().setExact(true))).isVisible();
		snap("i16-account-new-phone-en");
		this.page.setViewportSize(1280, 900);
		// the demo ministry officer's account page (the list pages through every account
		// the
		// other tests made)
		long ministry = this.jdbc.queryForObject("select id from account where username = 'ministry'", Long.class);
		this.page.navigate(url("/admin/accounts/" + ministry + "?lang=ko"));
		Locator enabled = this.page.getByLabel("이 계정을 사용합니다");
		assertThat(enabled).isChecked();
		assertSeenAndToggledByKeyboard(enabled);
		assertAccessible();
	}

	@Test
	void theCommitteesAssignmentGridShowsWhoScoresWhat() {
		long call = closedCallWithOnePlan();
		signIn("ministry");
		this.page.navigate(url("/ministry/calls/" + call + "/evaluation"));
		button("평가위원회 구성");
		tick("외부 평가위원 (데모)");
		button("선택한 평가위원 추가");
		Locator cell = this.page.locator("#assignment-matrix input[type=checkbox]").first();
		assertThat(cell).isChecked();
		assertSeenAndToggledByKeyboard(cell);
		this.page.setViewportSize(390, 844);
		snap("i16-assignment-grid-phone-ko");
	}

	@Test
	void aFailedSignInKeepsTheUserName() {
		this.page.navigate(url("/login"));
		this.page.getByLabel("아이디").fill("region-gyeongnam");
		this.page.getByLabel("비밀번호").fill("not the password");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("로그인")).click();
		assertThat(this.page.locator(".portal-alert.error")).isVisible();
		assertThat(this.page.getByLabel("아이디")).hasValue("region-gyeongnam");
		assertThat(this.page.getByLabel("비밀번호")).isFocused();
		assertThat(this.page).hasURL(url("/login?error"));
		// the name is kept once, not for whoever opens the page next
		this.page.navigate(url("/login"));
		assertThat(this.page.getByLabel("아이디")).hasValue("");
		// in English too, on a phone
		this.page.setViewportSize(390, 844);
		this.page.navigate(url("/login?lang=en"));
		this.page.getByLabel("User name").fill("region-gyeongnam");
		this.page.getByLabel("Password").fill("still not the password");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(this.page.getByLabel("User name")).hasValue("region-gyeongnam");
		snap("i16-login-failed-phone-en");
	}

	@Test
	void onAPhoneKoreanWordsStayWholeInTables() {
		this.page.setViewportSize(360, 780);
		long round = this.jdbc.queryForObject("select id from program_round where year = 2021", Long.class);
		this.page.navigate(url("/rounds/" + round));
		assertThat(this.page.locator(".tbl.data td").getByText("예비선정").first()).isVisible();
		// every cell fits the window: nothing to scroll sideways for, nothing cut off
		Object cut = this.page.evaluate("""
				() => [...document.querySelectorAll('.tbl.data td, .tbl.data th, .tbl.data .krds-badge')]
				  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
				  .map(e => e.textContent.trim())""");
		assertThat((java.util.List<?>) cut).as("cells beyond the window's right edge").isEmpty();
		// no cell is narrower than the widest word it holds: "예비선정" is never one syllable
		// per line
		Object broken = this.page.evaluate("""
				() => [...document.querySelectorAll('.tbl.data td, .tbl.data th')].flatMap(cell => {
				  const out = [];
				  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
				  let node;
				  while ((node = walker.nextNode())) {
				    const re = /[가-힣]{2,}/g; let m;
				    while ((m = re.exec(node.data))) {
				      const range = document.createRange();
				      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
				      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
				      if (lines.size > 1) out.push(m[0]);
				    }
				  }
				  return out;
				})""");
		assertThat((java.util.List<?>) broken).as("words broken across lines").isEmpty();
		snap("i16-round-phone-ko");
	}

	/** A 2093 call that closed yesterday with the submitted plan of 경기도. */
	private long closedCallWithOnePlan() {
		this.jdbc.update("insert into program_round (year, ordinal, planned_designations) values (2093, 93, 5)");
		long round = this.jdbc.queryForObject("select id from program_round where year = 2093", Long.class);
		this.jdbc
			.update("""
					insert into proposal_call (round_id, opens_at, closes_at, notice, opened_at, opened_by)
					values (?, now() - interval '30 days', now() - interval '1 day', '2093년 공모', now() - interval '30 days', 'ministry')""",
					round);
		this.jdbc.update("""
				insert into evaluation_indicator (round_id, position, code, name, weight, description) values
				(?, 1, 'INDICATOR_1', '혁신계획 타당성', 100, '계획이 지역 산업의 문제를 풀 수 있는가')""", round);
		this.jdbc
			.update("""
					insert into innovation_plan (round_id, region_id, region_name, status, vision, submitted_at)
					select ?, id, '경기도', 'SUBMITTED', '반월·시화 스마트 제조 거점', now() - interval '2 days' from region where code = 'GYEONGGI'""",
					round);
		this.jdbc.update("""
				insert into plan_version (plan_id, number, submitted_at, submitted_by, content)
				select p.id, 1, now() - interval '2 days', 'region', jsonb_build_object('vision', p.vision)
				from innovation_plan p where p.round_id = ?""", round);
		return this.jdbc.queryForObject("select id from proposal_call where round_id = ?", Long.class, round);
	}

}
