package kr.go.sandan.plan;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The part of a plan's page those who follow it read (written in Java since issue 18,
 * {@link PlanWorkflowHtml}): each form carries its CSRF field, what was typed comes back
 * in the fields after a refusal, as text, the revision form asks about each requested
 * project of a preliminarily selected plan, and only the ministry sees it.
 */
class PlanWorkflowPageTest extends WorkflowTestSupport {

	private long preliminarilySelected() {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id
				where r.year = 2021 and g.code = 'GYEONGNAM' and p.status = 'PRELIMINARILY_SELECTED'""", Long.class);
	}

	private Document page(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theMinistrysFormsCarryTheirTokenAndAskAboutEachProject() throws Exception {
		long plan = preliminarilySelected();
		Document page = page(this.mvc.perform(get("/plans/" + plan).with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		assertThat(page.selectFirst("#revision-form > input[type=hidden][name=_csrf]").val()).isNotBlank();
		assertThat(page.selectFirst("#withdraw-form > input[type=hidden][name=_csrf]").val()).isNotBlank();
		assertThat(page.select("#revision-form textarea[name^=comment.]")).hasSize(PlanReview.COMMENT_SECTIONS.size());
		long projects = this.jdbc.queryForObject("""
				select count(*) from plan_requested_project q join plan_key_task k on k.id = q.key_task_id
				where k.plan_id = ?""", Long.class, plan);
		assertThat(projects).isPositive();
		assertThat(page.select("#project-comments textarea[name^=projectComment.]")).hasSize((int) projects);
		assertThat(page.select("#project-comments label").eachText()).allMatch((label) -> label.startsWith("사업: "));

		// the plan's region follows it too, without the ministry's revision form
		Document region = page(this.mvc.perform(get("/plans/" + plan).with(this.accounts.as("region-gyeongnam")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		assertThat(region.getElementById("workflow-section")).isNotNull();
		assertThat(region.getElementById("revision-form")).isNull();
		assertThat(region.select("#project-comments")).isEmpty();
	}

	@Test
	void whatWasTypedComesBackAsTextAfterARefusal() throws Exception {
		long plan = preliminarilySelected();
		long project = this.jdbc.queryForObject("""
				select q.id from plan_requested_project q join plan_key_task k on k.id = q.key_task_id
				where k.plan_id = ? order by k.position, q.position limit 1""", Long.class, plan);
		String tooLong = "<b>비전</b> & \"따옴표\" " + "가".repeat(PlanReview.MAX_COMMENT);
		MockHttpServletResponse refused = this.mvc
			.perform(post("/plans/" + plan + "/revision-request").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("comment.vision", tooLong)
				.param("projectComment." + project, "</textarea><script>x</script>"))
			.andExpect(redirectedUrl("/plans/" + plan + "#revision-form"))
			.andReturn()
			.getResponse();
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("PRELIMINARILY_SELECTED");
		Document page = page(this.mvc
			.perform(get("/plans/" + plan).with(this.accounts.as("ministry")).cookie(refused.getCookie("SESSION")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		assertThat(page.getElementById("review-error").text()).isNotBlank();
		assertThat(page.getElementById("comment-vision").wholeText()).isEqualTo(tooLong);
		assertThat(page.getElementById("project-comment-" + project).wholeText())
			.isEqualTo("</textarea><script>x</script>");
		assertThat(page.select("script:containsData(x)")).isEmpty();

		// a refused withdrawal keeps its reason, as text in the field
		MockHttpServletResponse withdrawal = this.mvc
			.perform(post("/plans/" + plan + "/withdraw").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("reason", "\"><b>" + "가".repeat(600)))
			.andExpect(redirectedUrl("/plans/" + plan))
			.andReturn()
			.getResponse();
		Document withdrawn = page(this.mvc
			.perform(get("/plans/" + plan).with(this.accounts.as("ministry")).cookie(withdrawal.getCookie("SESSION")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		assertThat(withdrawn.getElementById("withdraw-error").text()).isNotBlank();
		assertThat(withdrawn.getElementById("withdraw-reason").val()).isEqualTo("\"><b>" + "가".repeat(600));
		assertThat(withdrawn.select("#withdraw-form b")).isEmpty();
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("PRELIMINARILY_SELECTED");
	}

	@Test
	void theWorkingCopysDocumentsAreListedWithTheirChecksums() throws Exception {
		long call = this.journeys.openCallPast2100(2972);
		long plan = this.journeys.start(call, "region-daegu");
		this.journeys.completeAndSubmit(plan, "region-daegu", "성서일반산단", "대구 비전");
		Document page = page(this.mvc.perform(get("/plans/" + plan).with(this.accounts.as("region-daegu")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		// the submitted version with its document, marked current, and the working copy's
		assertThat(page.select("#versions > li")).hasSize(1);
		assertThat(page.select("#versions .version-documents li .krds-badge").eachText()).containsExactly("현재");
		assertThat(page.select("#attachments li")).hasSize(1);
		assertThat(page.selectFirst("#attachments li a").attr("href")).startsWith("/plans/" + plan + "/attachments/");
		assertThat(page.selectFirst("#attachments li").text()).contains("산단혁신계획서", "혁신계획서.pdf", "SHA-256 ");
		assertThat(page.getElementById("revision-form")).isNull();
	}

}
