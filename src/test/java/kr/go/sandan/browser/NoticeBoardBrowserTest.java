package kr.go.sandan.browser;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.support.PlanJourneys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The notice board in a real browser (issue #17): the ministry announces a call with its
 * notice file and contact; anyone finds it from the home page and reads it; the ministry
 * extends the deadline with a notice; a region is told and reads the extension.
 */
class NoticeBoardBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Test
	void thePublicReadsTheCallAndARegionReadsItsExtension() {
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul")).withSecond(0).withNano(0);

		// the ministry prepares the call, attaches its notice and announces it
		signIn("ministry");
		this.page.navigate(url("/ministry/calls/new"));
		this.page.getByLabel("연도").fill("2086");
		this.page.getByLabel("차수").fill("86");
		this.page.getByLabel("접수 시작 (한국 시간)").fill(now.minusDays(1).format(LOCAL));
		this.page.getByLabel("접수 마감 (한국 시간)").fill(now.plusDays(14).format(LOCAL));
		this.page.getByLabel("공고문").fill("2086년 산업단지 대개조 지역선정 공모를 공고합니다.");
		this.page.getByLabel("제출 서류").fill("산단혁신계획서");
		this.page.getByLabel("문의처").fill("국토교통부 산업입지정책과 044-201-0086");
		button("공모 준비");
		this.page.getByLabel("제목").fill("2086년 공모 공고문");
		this.page.getByLabel("파일", new Page.GetByLabelOptions().setExact(true))
			.setInputFiles(new FilePayload("공고문.pdf", "application/pdf", PlanJourneys.PDF));
		button("파일 첨부");
		assertThat(this.page.locator("#call-files")).containsText("2086년 공모 공고문");
		assertAccessible();
		snap("call-prepared");
		button("공고하고 접수 시작");
		assertThat(this.page.locator("h1")).containsText("접수 중");
		signOut();

		// anyone finds the open call on the home page and reads it on the notice board
		this.page.navigate(url("/"));
		this.page.locator("#open-calls")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("2086년 (86차) 지역선정 공모"))
			.click();
		assertThat(this.page.locator("h1")).hasText("2086년 (86차) 지역선정 공모 접수 중");
		assertThat(this.page.locator("#call-summary")).containsText("국토교통부 산업입지정책과 044-201-0086");
		assertThat(this.page.locator("#call-summary")).containsText(now.plusDays(14).format(SHOWN));
		assertThat(this.page.locator("#required-documents")).hasText("산단혁신계획서");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2086년 공모 공고문")))
			.hasAttribute("href", java.util.regex.Pattern.compile("/calls/\\d+/files/\\d+"));
		assertAccessible();
		snap("notice-board-call");
		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("주 메뉴"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("공모 게시판"))
			.click();
		assertThat(this.page.locator("#board")).containsText("2086년 (86차) 지역선정 공모");
		assertAccessible();

		// the ministry extends the deadline with a notice
		signIn("ministry");
		this.page.navigate(url("/ministry/calls"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2086년 86차")).click();
		this.page.getByLabel("새 접수 마감 (한국 시간)").fill(now.plusDays(21).format(LOCAL));
		this.page.locator("#extension-body").fill("지역 요청에 따라 접수 마감을 1주 연장합니다.");
		button("마감 연장");
		assertThat(this.page.locator("[role=status]").first()).containsText("접수 마감을 연장하고 모든 지역에 알렸습니다.");
		assertAccessible();
		snap("call-extended");
		signOut();

		// a region is told, and reads the extension where the call is
		signIn("region-gyeongbuk");
		assertThat(this.page.locator("#notifications-home")).containsText("2086년 86차 공모의 접수 마감이 연장되었습니다.");
		Locator call = this.page.locator(".open-call").filter(new Locator.FilterOptions().setHasText("2086년 (86차)"));
		assertThat(call.locator(".call-deadline")).containsText(now.plusDays(21).format(SHOWN));
		assertThat(call.locator(".call-notice-alert")).containsText("접수 마감 연장");
		assertAccessible();
		snap("region-work-list");
		call.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("공고 보기")).click();
		assertThat(this.page.locator("#call-notices")).containsText("지역 요청에 따라 접수 마감을 1주 연장합니다.");
		assertThat(this.page.locator("#call-notices"))
			.containsText(now.plusDays(14).format(SHOWN) + " → " + now.plusDays(21).format(SHOWN));
		// the regions of other tests find no call of this one open
		this.jdbc.update("""
				update proposal_call set closes_at = now() - interval '1 minute'
				where round_id = (select id from program_round where year = 2086)""");
	}

}
