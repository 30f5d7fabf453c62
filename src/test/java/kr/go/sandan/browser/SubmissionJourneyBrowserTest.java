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

		// the region drafts: an incomplete submission is told what is missing
		signIn("region-jeonbuk");
		assertThat(this.page.locator("#region-home")).containsText("2050년 (50차) 지역선정 공모");
		// other calls may be open at the same time: start this one
		this.page.locator(".open-call")
			.filter(new Locator.FilterOptions().setHasText("2050년 (50차)"))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("계획 작성 시작"))
			.click();
		assertThat(this.page.locator("h1")).containsText("전북특별자치도 산단혁신계획 작성 (2050년)");
		this.page.getByLabel("비전", new Page.GetByLabelOptions().setExact(true)).fill("미래 상용차 거점");
		button("제출");
		assertThat(this.page.locator("[role=alert]").first()).containsText("빠진 항목이 있어 제출하지 않았습니다.");
		assertThat(this.page.locator("#hubComplexId-hint")).hasText("제출하려면 거점산단을 골라 주세요.");
		assertAccessible();

		// fills in every section, attaches the plan document and submits
		this.page.getByLabel("거점산단", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("군산국가산업단지"));
		this.page.getByLabel("주력업종").fill("자동차, 기계");
		this.page.getByLabel("1번 목표의 지표").selectOption("JOBS_CREATED");
		this.page.getByLabel("1번 목표의 값").fill("1");
		this.page.getByLabel("1번 목표의 단위").selectOption("만명");
		this.page.getByLabel("1번 중점과제").fill("미래차 전환");
		this.page.getByLabel("1번 사업의 과제 번호").selectOption("1");
		this.page.getByLabel("1번 사업명").fill("전기차 부품 실증");
		this.page.getByLabel("1번 사업의 주관 부처").selectOption("MOTIE");
		this.page.getByLabel("1번 사업 2050년 국비 (백만원)").fill("2000");
		this.page.getByLabel("추진체계", new Page.GetByLabelOptions().setExact(true)).fill("전북 산단 대개조 추진단");
		this.page.getByLabel("지역 진단", new Page.GetByLabelOptions().setExact(true)).fill("완성차 공장 철수 뒤 부품업체 위기");
		this.page.getByLabel("파일").setInputFiles(new FilePayload("혁신계획서.pdf", "application/pdf", PlanJourneys.PDF));
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
		this.page.getByLabel("비전", new Page.GetByLabelOptions().setExact(true)).fill("수출형 미래 상용차 거점");
		button("제출");
		assertThat(this.page.locator("#versions")).containsText("제2판");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("이전 판과 비교")).click();
		assertThat(this.page.locator("#comparison tbody tr:has(th:text-is('비전'))")).containsText("바뀜");
		assertThat(this.page.locator("#comparison li.removed")).hasText("미래 상용차 거점");
		assertThat(this.page.locator("#comparison li.added")).hasText("수출형 미래 상용차 거점");
		assertAccessible();
	}

}
