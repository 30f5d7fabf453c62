package kr.go.sandan.browser;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.PlanJourneys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole submission workflow in a real browser: a ministry officer opens a call; a
 * region drafts, submits, is asked to revise, resubmits; the versions are compared.
 */
class SubmissionJourneyBrowserTest extends BrowserTestSupport {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Test
	void draftSubmitReviseResubmitAndCompare() {
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));

		// a ministry officer prepares and opens the call
		signIn("ministry");
		this.page.navigate(url("/ministry/calls/new"));
		this.page.getByLabel("연도").fill("2050");
		this.page.getByLabel("차수").fill("50");
		this.page.getByLabel("접수 시작 (한국 시간)").fill(now.minusDays(1).format(LOCAL));
		this.page.getByLabel("접수 마감 (한국 시간)").fill(now.plusDays(20).format(LOCAL));
		this.page.getByLabel("공고문").fill("2050년 산업단지 대개조 지역선정 공모");
		this.page.getByLabel("제출 서류").fill("산단혁신계획서");
		assertAccessible();
		button("공모 준비");
		assertThat(this.page.locator("[role=status]").first()).containsText("공모를 준비했습니다");
		button("공고하고 접수 시작");
		assertThat(this.page.locator("h1")).containsText("접수 중");
		signOut();

		// the region drafts: the plan's overview says what a submission still lacks
		signIn("region-jeonbuk");
		assertThat(this.page.locator("#region-home")).containsText("2050년 (50차) 지역선정 공모");
		// other calls may be open at the same time: start this one
		this.page.locator(".open-call")
			.filter(new Locator.FilterOptions().setHasText("2050년 (50차)"))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("계획 작성 시작"))
			.click();
		assertThat(this.page.locator("h1")).containsText("전북특별자치도 산단혁신계획 작성 (2050년)");
		assertThat(this.page.locator("#completeness")).containsText("거점산단");
		assertThat(this.page.locator("#submit-form button")).isDisabled();
		assertThat(this.page.locator("#submit-note")).containsText("빠진 항목과 서류를 채우면 제출할 수 있습니다");
		assertAccessible();

		// fills in every section, each saved on its own
		link("비전·주력업종");
		this.page.getByLabel("비전", new Page.GetByLabelOptions().setExact(true)).fill("미래 상용차 거점");
		this.page.getByLabel("주력업종").fill("자동차, 기계");
		save();
		link("거점산단과 기여도");
		this.page.getByLabel("거점산단", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("군산국가산업단지"));
		save();
		link("성과목표");
		this.page.getByLabel("1번 목표의 지표").selectOption("JOBS_CREATED");
		this.page.getByLabel("1번 목표의 값").fill("1");
		this.page.getByLabel("1번 목표의 단위").selectOption("만명");
		assertAccessible();
		save();
		link("중점과제");
		this.page.getByLabel("1번 중점과제").fill("미래차 전환");
		save();
		link("신청 사업");
		link("‘미래차 전환’에 사업 추가");
		this.page.getByLabel("사업명").fill("전기차 부품 실증");
		this.page.getByLabel("주관 부처").selectOption("MOTIE");
		// an amount written the wrong way is pointed at, with what was typed kept
		this.page.getByLabel("2050년 국비 (백만원)").fill("2,000원");
		button("저장");
		assertThat(this.page.locator("#error-summary")).containsText("숫자로 적어 주세요");
		assertThat(this.page.getByLabel("2050년 국비 (백만원)")).hasValue("2,000원");
		assertThat(this.page.getByLabel("사업명")).hasValue("전기차 부품 실증");
		assertAccessible();
		this.page.getByLabel("2050년 국비 (백만원)").fill("2,000");
		save();
		assertThat(this.page.locator(".project-list")).containsText("2,000");
		link("계획 항목으로 돌아가기");
		link("추진체계·지역 진단");
		this.page.getByLabel("추진체계", new Page.GetByLabelOptions().setExact(true)).fill("전북 산단 대개조 추진단");
		this.page.getByLabel("지역 진단", new Page.GetByLabelOptions().setExact(true)).fill("완성차 공장 철수 뒤 부품업체 위기");
		save();
		this.page.getByLabel("파일").setInputFiles(new FilePayload("혁신계획서.pdf", "application/pdf", PlanJourneys.PDF));
		button("올리기");
		assertThat(this.page.locator("#completeness")).containsText("제출할 수 있습니다");
		button("제출");
		assertThat(this.page.locator("[role=status]").first()).containsText("계획을 제출했습니다");
		assertThat(this.page.locator("#budget-table")).containsText("2,000");
		assertThat(this.page.locator("#versions")).containsText("제1판");
		String planUrl = this.page.url();
		signOut();

		// the ministry asks for a revision
		signIn("ministry");
		this.page.navigate(planUrl);
		this.page.getByLabel("비전", new Page.GetByLabelOptions().setExact(true)).fill("비전에 수출 전략을 담아 주세요.");
		button("보완 요청 보내기");
		assertThat(this.page.locator(".revision-request")).containsText("비전에 수출 전략을 담아 주세요.");
		assertAccessible();
		signOut();

		// the region revises and resubmits, then compares the two versions
		signIn("region-jeonbuk");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("계속 작성")).click();
		assertThat(this.page.locator("#revision-comments")).containsText("비전에 수출 전략을 담아 주세요.");
		link("비전·주력업종");
		this.page.getByLabel("비전", new Page.GetByLabelOptions().setExact(true)).fill("수출형 미래 상용차 거점");
		save();
		button("제출");
		assertThat(this.page.locator("#versions")).containsText("제2판");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("이전 판과 비교")).click();
		assertThat(this.page.locator("#comparison tbody tr:has(th:text-is('비전'))")).containsText("바뀜");
		assertThat(this.page.locator("#comparison li.removed")).hasText("미래 상용차 거점");
		assertThat(this.page.locator("#comparison li.added")).hasText("수출형 미래 상용차 거점");
		assertAccessible();
	}

	private void link(String name) {
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

}
