package kr.go.sandan.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import kr.go.sandan.support.EvaluationJourneys;
import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15: the public, evaluators and regions read what was submitted and decided, never
 * the record a draft or a revision writes to (findings 1 to 4), and issue 17: once the
 * final confirmation is published, everyone reads the confirmed projects and budgets.
 */
class PublishedMeansFrozenTest extends WorkflowTestSupport {

	private Document page(String url, String who) throws Exception {
		var request = get(url);
		if (who != null) {
			request.with(this.accounts.as(who));
		}
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private Document anonymous(String url) throws Exception {
		return page(url, null);
	}

	private String pdfText(String url) throws Exception {
		byte[] pdf = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private long project(long plan, String name) {
		return this.jdbc.queryForObject("""
				select p.id from plan_requested_project p join plan_key_task t on t.id = p.key_task_id
				where t.plan_id = ? and p.name = ?""", Long.class, plan, name);
	}

	private String hubOf(long plan) {
		return this.jdbc.queryForObject(
				"select c.name from industrial_complex c join innovation_plan p on p.hub_complex_id = c.id where p.id = ?",
				String.class, plan);
	}

	private void requestRevision(long plan) throws Exception {
		this.mvc
			.perform(post("/plans/" + plan + "/revision-request").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("comment.vision", "부처 협의 결과를 반영해 주십시오."))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void unsubmittedEditsNeverGoPublicAndThePublishedConfirmationShowsWhatWasFunded() throws Exception {
		this.evaluations.evaluator("i15-eval-76", "i15 위원 76", "SEOUL", "한국산업연구원");
		EvaluationJourneys.PlanExtra secondProject = (planId, user) -> this.mvc
			.perform(this.journeys.project(planId, user, 1, "name", "i15 미반영 사업", "leadMinistry", "MOTIE", "amounts[0]",
					"700"))
			.andExpect(status().is3xxRedirection());
		long plan = this.evaluations
			.closedCallWithPlans(2076, Map.of("region-jeonnam", secondProject), "region-jeonnam")
			.get("region-jeonnam");
		long call = this.evaluations.callOfYear(2076);
		this.evaluations.evaluateAll(call, "i15-eval-76", plan);
		this.evaluations.selectAndPublish(call, "2076-03-24", List.of(plan), plan);
		String hub = hubOf(plan);

		// consulting: the region saves a new vision without submitting it (finding 1)
		requestRevision(plan);
		this.journeys.save(plan, "region-jeonnam", "basics", "vision", "i15 제출하지 않은 비전", "mainIndustries", "자동차, 조선");
		for (Document shown : List.of(anonymous("/plans/" + plan), anonymous("/plans/" + plan + "/announcement"),
				page("/plans/" + plan, "region-busan"), page("/plans/" + plan, "i15-eval-76"))) {
			assertThat(shown.text()).contains("region-jeonnam의 비전 2076").doesNotContain("i15 제출하지 않은 비전");
		}
		assertThat(pdfText("/plans/" + plan + "/announcement.pdf")).contains("region-jeonnam의 비전 2076")
			.doesNotContain("i15 제출하지 않은 비전");
		// the region and the ministry read the plan as it stands
		assertThat(page("/plans/" + plan, "region-jeonnam").text()).contains("i15 제출하지 않은 비전");
		assertThat(page("/plans/" + plan, "ministry").text()).contains("i15 제출하지 않은 비전");

		// resubmitted: still not public until the next decision is published
		this.journeys.completeAndSubmit(plan, "region-jeonnam", hub, "i15 협의 후 비전");
		assertThat(anonymous("/plans/" + plan).text()).doesNotContain("i15 협의 후 비전");

		// the final confirmation funds one project with an adjusted budget, not the other
		String base = "/ministry/calls/" + call;
		long funded = project(plan, "스마트공장 구축");
		long rejected = project(plan, "i15 미반영 사업");
		this.mvc
			.perform(this.evaluations.ministry(post(base + "/confirmation"))
				.param("heldOn", "2076-12-20")
				.param("chair", "국토교통부 제1차관")
				.param("rationale." + plan, "부처 협의 결과 반영")
				.param("outcome." + funded, "ADJUSTED")
				.param("amount." + funded + ".2076.national", "800")
				.param("amount." + funded + ".2076.local", "300")
				.param("amount." + funded + ".2077.private", "50")
				.param("outcome." + rejected, "REJECTED")
				.param("note." + rejected, "중복 사업"))
			.andExpect(redirectedUrl(base + "/confirmation"));
		// recorded, not published: nobody outside the ministry reads it yet
		assertThat(anonymous("/plans/" + plan).getElementById("confirmed")).isNull();
		assertThat(page("/plans/" + plan, "region-jeonnam").getElementById("confirmed")).isNull();

		this.mvc.perform(this.evaluations.ministry(post(base + "/confirmation/publish")))
			.andExpect(redirectedUrl(base + "/confirmation"));

		// the public reads the confirmed plan: the resubmitted content, what was funded
		Document confirmed = anonymous("/plans/" + plan);
		assertThat(confirmed.getElementById("overview").parent().text()).contains("i15 협의 후 비전");
		assertConfirmedBudget(confirmed);
		assertThat(confirmed.getElementById("key-tasks").select(".not-funded").text()).contains("i15 미반영 사업", "미반영");
		// the region reads its own confirmation on its plan page
		assertConfirmedBudget(page("/plans/" + plan, "region-jeonnam"));
		// the frozen copy of the confirmed plan
		assertConfirmedBudget(anonymous("/plans/" + plan + "/milestones/CONFIRMED"));
		// the announcement and its PDF
		Document announcement = anonymous("/plans/" + plan + "/announcement");
		assertThat(announcement.getElementById("announcement-projects").text()).contains("i15 미반영 사업(미반영)");
		assertThat(announcement.getElementById("announcement-confirmed").text()).contains("신청 사업 2건 중 1건 반영, 1건 미반영");
		assertThat(announcement.getElementById("announcement-budget-total").text()).contains("1,150");
		assertThat(announcement.getElementById("announcement-budget").text()).contains("중소벤처기업부", "800", "300", "50")
			.doesNotContain("산업통상자원부");
		assertThat(pdfText("/plans/" + plan + "/announcement.pdf")).contains("i15 협의 후 비전", "(미반영)",
				"신청 사업 2건 중 1건 반영, 1건 미반영", "확정 예산 합계 1,150");
	}

	/**
	 * The confirmed budget by ministry, year and source, the project not funded marked
	 * and left out (its 700 requested is not counted).
	 */
	private static void assertConfirmedBudget(Document page) {
		assertThat(page.getElementById("confirmed-projects").text()).contains("스마트공장 구축", "조정 승인", "i15 미반영 사업", "미반영",
				"중복 사업", "합계에서 제외");
		var budget = page.getElementById("confirmed-budget");
		assertThat(budget.select("tbody tr").eachText()).containsExactly("중소벤처기업부 800 300 0 0 0 50 0 0 0 1,150",
				"합계 800 300 0 0 0 50 0 0 0 1,150");
	}

	@Test
	void documentsBelongToTheVersionTheyWereSubmittedWith() throws Exception {
		this.evaluations.evaluator("i15-eval-77", "i15 위원 77", "SEOUL", "한국산업연구원");
		long plan = this.evaluations.closedCallWithPlans(2077, "region-incheon").get("region-incheon");
		long call = this.evaluations.callOfYear(2077);
		this.evaluations.evaluateAll(call, "i15-eval-77", plan);
		long sheet = this.evaluations.sheet(this.evaluations.panelId(call), "i15-eval-77", plan);
		long scored = this.jdbc.queryForObject("select id from plan_attachment where plan_id = ?", Long.class, plan);
		String hub = hubOf(plan);
		this.evaluations.selectAndPublish(call, "2077-03-24", List.of(plan), plan);

		// consulting: the region replaces the scored document and does not submit
		requestRevision(plan);
		this.mvc
			.perform(post("/plans/" + plan + "/attachments/" + scored + "/delete").with(csrf())
				.with(this.accounts.as("region-incheon")))
			.andExpect(redirectedUrl("/plans/" + plan + "/edit#attachments"));
		byte[] replacement = "%PDF-1.4\n% i15 보완한 계획서\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
			.getBytes(StandardCharsets.UTF_8);
		this.journeys.save(plan, "region-incheon", "basics", "vision", "보완 중인 비전", "mainIndustries", "자동차, 조선");
		this.journeys.attach(plan, "region-incheon", "산단혁신계획서", "i15-보완계획서.pdf", replacement)
			.andExpect(redirectedUrl("/plans/" + plan + "/edit#attachments"));
		long added = this.jdbc.queryForObject("select id from plan_attachment where plan_id = ? and id <> ?",
				Long.class, plan, scored);

		// the evaluator reads only what was scored; the new file is not theirs to fetch
		Document reading = page("/evaluations/sheets/" + sheet, "i15-eval-77");
		assertThat(reading.select("#sheet-documents a").eachText()).containsExactly("혁신계획서.pdf");
		this.mvc
			.perform(
					get("/evaluations/sheets/" + sheet + "/attachments/" + added).with(this.accounts.as("i15-eval-77")))
			.andExpect(status().isNotFound());
		MvcResult original = this.mvc
			.perform(get("/evaluations/sheets/" + sheet + "/attachments/" + scored)
				.with(this.accounts.as("i15-eval-77")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(original.getResponse().getContentAsByteArray()).isEqualTo(PlanJourneys.PDF);

		// the ministry and the region read the scored document with its version, the new
		// one in the working copy
		Document followed = page("/plans/" + plan, "ministry");
		assertThat(followed.select("#versions .version-documents a").eachText()).containsExactly("혁신계획서.pdf");
		assertThat(followed.select("#attachments a").eachText()).containsExactly("i15-보완계획서.pdf");
		this.mvc.perform(get("/plans/" + plan + "/attachments/" + scored).with(this.accounts.as("region-incheon")))
			.andExpect(status().isOk());

		// nothing deletes or changes a submitted version's document
		for (String sql : List.of("delete from plan_attachment where id = ?",
				"update plan_attachment set content = '\\x00'::bytea where id = ?")) {
			assertThatThrownBy(() -> this.jdbc.update(sql, scored)).isInstanceOf(DataAccessException.class);
		}

		// the next version is submitted with the new document; the scored one stays with
		// the first
		this.journeys.completeAndSubmit(plan, "region-incheon", hub, "보완한 비전");
		assertThat(page("/plans/" + plan, "ministry").select("#versions > li").eachText())
			.anySatisfy((line) -> assertThat(line).startsWith("제1판").contains("혁신계획서.pdf").doesNotContain("보완계획서"))
			.anySatisfy((line) -> assertThat(line).startsWith("제2판").contains("i15-보완계획서.pdf"));
		assertThat(page("/evaluations/sheets/" + sheet, "i15-eval-77").select("#sheet-documents a").eachText())
			.containsExactly("혁신계획서.pdf");
	}

	@Test
	void aComplexNamedInADraftStaysAProposalUntilThePlanNamingItIsPublished() throws Exception {
		long call = this.journeys.openCall(2078);
		long plan = this.journeys.start(call, "region-ulsan");
		this.journeys.save(plan, "region-ulsan", "hub", "newHubName", "i15 울산 제안 산단", "newHubType", "GENERAL");
		this.journeys.save(plan, "region-ulsan", "sites", "rows[0].kind", "SMART_CITY", "rows[0].name", "i15 울산 제안 지역",
				"rows[0].linkage", "실증 공간");

		// finding 3: not on the public lists while only a draft names it
		for (String who : new String[] { null, "region-busan", "evaluator" }) {
			assertThat(page("/complexes?region=ULSAN", who).text()).as(String.valueOf(who))
				.doesNotContain("i15 울산 제안 산단");
			assertThat(page("/regions/ulsan", who).text()).as(String.valueOf(who)).doesNotContain("i15 울산 제안 산단");
		}
		// the ministry and the region see it, marked as a proposal
		for (String who : new String[] { "ministry", "region-ulsan" }) {
			assertThat(page("/complexes?region=ULSAN", who).select("tbody tr:contains(i15 울산 제안 산단)").text()).as(who)
				.contains("제안 (계획 공개 전)");
			assertThat(page("/regions/ulsan", who).select("#complexes ~ ul li:contains(i15 울산 제안 산단)").text()).as(who)
				.contains("제안 (계획 공개 전)");
		}

		// submitted, evaluated, selected and published: public from then on
		this.journeys.completeAndSubmit(plan, "region-ulsan", "i15 울산 제안 산단", "i15 울산 비전");
		this.jdbc.update("update proposal_call set closes_at = now() - interval '1 minute' where id = ?", call);
		this.evaluations.evaluator("i15-eval-78", "i15 위원 78", "SEOUL", "한국산업연구원");
		this.evaluations.evaluateAll(call, "i15-eval-78", plan);
		assertThat(anonymous("/complexes?region=ULSAN").text()).doesNotContain("i15 울산 제안 산단");
		this.evaluations.selectAndPublish(call, "2078-03-24", List.of(plan), plan);
		assertThat(anonymous("/complexes?region=ULSAN").select("tbody tr:contains(i15 울산 제안 산단)").text())
			.doesNotContain("제안 (계획 공개 전)");
		assertThat(anonymous("/regions/ulsan").select("#complexes ~ ul li:contains(i15 울산 제안 산단)").text())
			.contains("i15 울산 제안 산단")
			.doesNotContain("제안 (계획 공개 전)");
		assertThat(
				this.jdbc.queryForList("select proposed from linked_area where name = 'i15 울산 제안 지역'", Boolean.class))
			.containsExactly(false);
	}

	@Test
	void aRegionLearnsOfTheCommitteesDecisionOnlyWhenItIsPublished() throws Exception {
		this.evaluations.evaluator("i15-eval-79", "i15 위원 79", "SEOUL", "한국산업연구원");
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2079, "region-gwangju", "region-daegu");
		long selected = plans.get("region-gwangju");
		long notSelected = plans.get("region-daegu");
		long call = this.evaluations.callOfYear(2079);
		this.evaluations.evaluateAll(call, "i15-eval-79", selected, notSelected);
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions"))
				.param("heldOn", "2079-03-24")
				.param("chair", "국토교통부 제1차관")
				.param("outcome." + selected, "SELECTED")
				.param("rationale." + selected, "i15 상위")
				.param("outcome." + notSelected, "NOT_SELECTED")
				.param("rationale." + notSelected, "i15 하위"))
			.andExpect(redirectedUrl("/ministry/calls/" + call + "/decisions"));

		// finding 4: recorded, not published: the regions' own pages, /me and region
		// pages
		// still say the plans are being evaluated
		Document own = page("/plans/" + selected, "region-gwangju");
		assertThat(own.selectFirst("h1").text()).contains("평가 중").doesNotContain("예비선정");
		assertThat(own.text()).doesNotContain("i15 상위");
		assertThat(own.select("#milestones a").eachText()).doesNotContain("예비선정 당시 계획");
		this.mvc
			.perform(get("/plans/" + selected + "/milestones/PRELIMINARILY_SELECTED")
				.with(this.accounts.as("region-gwangju")))
			.andExpect(status().isNotFound());
		Document other = page("/plans/" + notSelected, "region-daegu");
		assertThat(other.selectFirst("h1").text()).contains("평가 중").doesNotContain("미선정");
		assertThat(other.text()).doesNotContain("i15 하위");
		assertThat(page("/me", "region-gwangju").select("#region-home li:contains(2079)").text()).contains("평가 중")
			.doesNotContain("예비선정");
		assertThat(page("/regions/daegu", "region-daegu").select("#region-plans tr:contains(2079)").text())
			.contains("평가 중")
			.doesNotContain("미선정");
		// the ministry reads the decision as recorded
		assertThat(page("/plans/" + selected, "ministry").selectFirst("h1").text()).contains("예비선정");

		this.mvc.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/decisions/publish")))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/plans/" + selected, "region-gwangju").selectFirst("h1").text()).contains("예비선정");
		assertThat(page("/plans/" + notSelected, "region-daegu").selectFirst("h1").text()).contains("미선정");
		assertThat(page("/me", "region-gwangju").select("#region-home li:contains(2079)").text()).contains("예비선정");
	}

}
