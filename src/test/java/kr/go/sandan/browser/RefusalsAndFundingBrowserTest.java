package kr.go.sandan.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.account.AccountUserDetailsService;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.PlanJourneys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #16: a refused save says so at the top, each error a link to its field, nothing
 * typed lost; the funding split (국비 / 지방비 / 민자) is read on the plan page and in the
 * compare, so a private-funding cut shows as one; a replaced document stays with the
 * version that held it and the compare lists it.
 */
class RefusalsAndFundingBrowserTest extends BrowserTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountUserDetailsService users;

	private void assertErrorSummaryOnTop(String message) {
		Locator summary = this.page.locator("#error-summary");
		assertThat(summary).isVisible();
		assertThat(summary).isFocused();
		assertThat(summary.getByRole(AriaRole.LINK)).containsText(new String[] { message });
		// above the fold of an office screen, before anything else on the page
		assertThat(summary.boundingBox().y).isLessThan(600);
	}

	@Test
	void refusalsAreToldOnTopAndAPrivateFundingCutShowsAsOne() throws Exception {
		PlanJourneys journeys = new PlanJourneys(this.mvc, this.jdbc, new Accounts(this.users));
		long plan = journeys.start(call2094(journeys), "region-busan");
		journeys.complete(plan, "region-busan", "명지녹산국가산업단지", "처음 비전");
		this.mvc
			.perform(journeys.project(plan, "region-busan", 1, "name", "민간 투자 물류센터", "leadMinistry", "MOLIT",
					"amounts[0]", "5000", "amounts[1]", "2000", "amounts[2]", "1000"))
			.andExpect(status().is3xxRedirection());
		journeys.submit(plan, "region-busan").andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/plans/" + plan + "/revision-request").with(csrf())
				.with(new Accounts(this.users).as("ministry"))
				.param("comment.projects", "민자 조달 계획을 다시 확인해 주세요."))
			.andExpect(status().is3xxRedirection());
		long project = this.jdbc.queryForObject("""
				select p.id from plan_requested_project p join plan_key_task t on t.id = p.key_task_id
				where t.plan_id = ? and p.name = '민간 투자 물류센터'""", Long.class, plan);

		// a negative amount is refused with a message, at the top and beside the field
		signIn("region-busan");
		this.page.navigate(url("/plans/" + plan + "/edit/projects/" + project));
		this.page.getByLabel("2094년 국비 (백만원)").fill("-100");
		this.page.getByLabel("2094년 민자 (백만원)").fill("300");
		button("저장");
		assertErrorSummaryOnTop("0 이상");
		assertThat(this.page.getByLabel("2094년 국비 (백만원)")).hasValue("-100");
		assertThat(this.page.getByLabel("2094년 민자 (백만원)")).hasValue("300");
		assertAccessible();
		snap("i16-project-refused-ko");
		this.page.locator("#error-summary a").first().click();
		assertThat(this.page.getByLabel("2094년 국비 (백만원)")).isFocused();
		this.page.getByLabel("2094년 국비 (백만원)").fill("5,000");
		button("저장");
		assertThat(this.page.locator("#error-summary")).hasCount(0);

		// an upload without a file is refused at the top of the editor too
		this.page.navigate(url("/plans/" + plan + "/edit"));
		button("올리기");
		assertErrorSummaryOnTop("파일");
		snap("i16-upload-refused-ko");

		// replacing the required document: one 산단혁신계획서 in the working copy
		this.page.getByLabel("서류", new Page.GetByLabelOptions().setExact(true)).selectOption("산단혁신계획서");
		this.page.getByLabel("파일", new Page.GetByLabelOptions().setExact(true))
			.setInputFiles(new FilePayload("혁신계획서-보완.pdf", "application/pdf",
					(new String(PlanJourneys.PDF, StandardCharsets.ISO_8859_1) + "% revised\n")
						.getBytes(StandardCharsets.ISO_8859_1)));
		button("올리기");
		assertThat(this.page.locator("#attachment-list tbody tr")).hasCount(1);
		assertThat(this.page.locator("#attachment-list")).containsText("혁신계획서-보완.pdf");

		button("제출");
		assertThat(this.page.locator("[role=status]").first()).containsText("제출했습니다");
		// the first version keeps the file it was submitted with, marked as replaced
		this.page.navigate(url("/plans/" + plan));
		Locator versions = this.page.locator("#versions > li");
		assertThat(versions.nth(0).locator(".replaced-document")).containsText("혁신계획서.pdf");
		assertThat(versions.nth(1).locator(".version-documents")).containsText("혁신계획서-보완.pdf");
		assertThat(versions.nth(1).locator(".version-documents")).containsText("현재");
		signOut();

		// the ministry reads the split on the plan page and the cut in the compare
		signIn("ministry");
		this.page.navigate(url("/plans/" + plan));
		Locator bySource = this.page.locator("#budget-by-source");
		assertThat(bySource.locator("thead")).containsText("민자");
		assertThat(bySource.locator("tr.total-row")).containsText("300");
		this.page.navigate(url("/plans/" + plan + "/compare?from=1&to=2"));
		Locator budget = this.page.locator("#comparison tr").filter(new Locator.FilterOptions().setHasText("요구 예산"));
		assertThat(budget.locator("li.removed").first()).containsText("민자 1,000");
		assertThat(budget.locator("li.added").first()).containsText("민자 300");
		Locator documents = this.page.locator("#comparison tr").filter(new Locator.FilterOptions().setHasText("제출 서류"));
		assertThat(documents.locator("li.removed")).containsText("혁신계획서.pdf");
		assertThat(documents.locator("li.added")).containsText("혁신계획서-보완.pdf");
		assertAccessible();
		snap("i16-compare-sources-ko");
		this.page.navigate(url("/plans/" + plan + "/compare?from=1&to=2&lang=en"));
		assertThat(this.page.locator("#comparison")).containsText("Requested budget");
		// the lines of figures in English too (m16)
		Locator budgetEn = this.page.locator("#comparison tr")
			.filter(new Locator.FilterOptions().setHasText("Requested budget"));
		assertThat(budgetEn.locator("li.removed").first()).containsText("private 1,000");
		assertThat(budgetEn.locator("li.added").first()).containsText("private 300");
		assertThat(budgetEn).not().containsText("민자");
		this.page.setViewportSize(390, 844);
		snap("i16-compare-sources-phone-en");
	}

	/** The call of 2094, opened by whichever test of this class comes first. */
	private long call2094(PlanJourneys journeys) throws Exception {
		java.util.List<Long> open = this.jdbc.queryForList(
				"select c.id from proposal_call c join program_round r on r.id = c.round_id where r.year = 2094",
				Long.class);
		return open.isEmpty() ? journeys.openCall(2094) : open.get(0);
	}

	@Test
	void aSelectedRegionChangesItsHubOnlyWhenItConfirmsAndTheOldHubsFiguresGo() throws Exception {
		PlanJourneys journeys = new PlanJourneys(this.mvc, this.jdbc, new Accounts(this.users));
		long plan = journeys.start(call2094(journeys), "region-ulsan");
		journeys.complete(plan, "region-ulsan", "울산미포국가산업단지", "미포 비전");
		journeys.save(plan, "region-ulsan", "hub", "hubComplexId", String.valueOf(journeys.complex("울산미포국가산업단지")),
				"weights[0].measure", "PRODUCTION", "weights[0].amount", "39.2", "weights[0].unit", "조원",
				"weights[0].share", "51");
		journeys.submit(plan, "region-ulsan").andExpect(status().is3xxRedirection());
		// the committee selected it; consulting sends it back
		this.jdbc.update(
				"insert into plan_status_event (plan_id, status, occurred_on) values (?, 'PRELIMINARILY_SELECTED', current_date)",
				plan);
		this.mvc
			.perform(post("/plans/" + plan + "/revision-request").with(csrf())
				.with(new Accounts(this.users).as("ministry"))
				.param("comment.hubComplexId", "거점산단을 다시 검토해 주세요."))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("REVISION_REQUESTED");

		signIn("region-ulsan");
		this.page.navigate(url("/plans/" + plan + "/edit/hub"));
		assertThat(this.page.locator("#hub-selected-note")).isVisible();
		Locator hub = this.page.getByLabel("거점산단", new Page.GetByLabelOptions().setExact(true));
		String other = (String) hub
			.evaluate("s => [...s.options].find(o => o.value && o.value !== s.value && !o.text.includes('미포')).text");
		hub.selectOption(new SelectOption().setLabel(other));
		button("저장");
		// refused until confirmed, told at the top, the choice kept
		assertErrorSummaryOnTop("확인란에 표시해 주세요");
		assertThat(hub.locator("option:checked")).hasText(other);
		snap("i16-hub-change-unconfirmed-ko");
		tick("선정된 계획의 거점산단을 바꾸는 것을 확인합니다");
		button("저장");
		assertThat(this.page.locator("[role=status]").first()).containsText("기여도 수치를 비웠습니다");
		this.page.navigate(url("/plans/" + plan + "/edit/hub"));
		assertThat(this.page.getByLabel("생산액 규모")).hasValue("");
		this.page.navigate(url("/plans/" + plan + "/edit"));
		button("제출");
		assertThat(this.page.locator("[role=status]").first()).containsText("제출했습니다");
		signOut();

		signIn("ministry");
		// the round's overview marks the plan whose hub changed after its selection
		this.page.navigate(url("/ministry/calls/" + call2094(journeys) + "/plans"));
		assertThat(
				this.page.locator("tr").filter(new Locator.FilterOptions().setHasText("울산광역시")).locator(".hub-changed"))
			.containsText("선정 후 거점산단 변경");
		assertThat(
				this.page.locator("tr").filter(new Locator.FilterOptions().setHasText("부산광역시")).locator(".hub-changed"))
			.hasCount(0);
		this.page.navigate(url("/plans/" + plan + "/compare?from=1&to=2"));
		assertThat(this.page.locator("#hub-changed")).containsText("울산미포국가산업단지 → " + other);
		Locator weights = this.page.locator("#comparison tr").filter(new Locator.FilterOptions().setHasText("기여도"));
		assertThat(weights.locator("li.removed")).containsText("39.2");
		assertAccessible();
		snap("i16-hub-changed-compare-ko");
		this.page.navigate(url("/plans/" + plan + "/compare?from=1&to=2&lang=en"));
		assertThat(this.page.locator("#hub-changed")).containsText("The hub complex has changed");
		snap("i16-hub-changed-compare-en");
	}

}
