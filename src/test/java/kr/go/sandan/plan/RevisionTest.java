package kr.go.sandan.plan;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ministry sends a submitted plan back with comments per section; the region revises
 * it (even after the call closed) and resubmits; anyone following the plan compares the
 * versions.
 */
class RevisionTest extends WorkflowTestSupport {

	/** The comparison row of a section, found by its heading. */
	private static Element row(Document page, String section) {
		return page.select("#comparison tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals(section))
			.findFirst()
			.orElseThrow();
	}

	private String planStatus(long plan) {
		return this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan);
	}

	@Test
	void submitRequestRevisionResubmitAndCompare() throws Exception {
		long call = this.journeys.openCall(2043);
		long plan = this.journeys.start(call, "region-busan");
		this.journeys.completeAndSubmit(plan, "region-busan", "명지녹산국가산업단지", "처음 비전");
		assertThat(planStatus(plan)).isEqualTo("SUBMITTED");

		// only ministry officers send a plan back, and only with a comment
		this.mvc
			.perform(post("/plans/" + plan + "/revision-request").with(csrf())
				.with(this.accounts.as("region-busan"))
				.param("comment.vision", "스스로 보완"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/plans/" + plan + "/revision-request").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("comment.vision", " "))
			.andExpect(status().is3xxRedirection());
		assertThat(planStatus(plan)).isEqualTo("SUBMITTED");

		this.mvc
			.perform(post("/plans/" + plan + "/revision-request").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("comment.vision", "비전을 지역 산업과 이어서 구체적으로 적어 주세요.")
				.param("comment.targets", "수출 목표를 더해 주세요."))
			.andExpect(status().is3xxRedirection());
		assertThat(planStatus(plan)).isEqualTo("REVISION_REQUESTED");
		// the region is told on its start page, once per request
		this.mvc.perform(get("/me").with(this.accounts.as("region-busan")))
			.andExpect(content().string(containsString("부산광역시 2043년 산단혁신계획에 대해 부처가 보완을 요청했습니다.")));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.username = 'region-busan' and n.event_key = ?""", Integer.class,
				"plan:" + plan + ":revision:1"))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForList("""
				select c.section || ':' || c.comment from plan_revision_comment c
				join plan_revision_request r on r.id = c.request_id where r.plan_id = ? order by c.section""",
				String.class, plan))
			.containsExactly("targets:수출 목표를 더해 주세요.", "vision:비전을 지역 산업과 이어서 구체적으로 적어 주세요.");
		this.mvc.perform(get("/plans/" + plan + "/edit").with(this.accounts.as("region-busan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("비전을 지역 산업과 이어서 구체적으로 적어 주세요.")));

		// a submitted plan is read on its page; the region's edit link leads there
		this.mvc.perform(get("/plans/" + plan + "/edit").with(this.accounts.as("region-busan")))
			.andExpect(status().isOk());
		// the call closes; the revision the ministry asked for may still be sent
		this.jdbc.update("update proposal_call set closes_at = now() - interval '1 minute' where id = ?", call);
		this.journeys.complete(plan, "region-busan", "명지녹산국가산업단지", "고친 비전");
		this.journeys.save(plan, "region-busan", "targets", "rows[0].id",
				String.valueOf(
						this.jdbc.queryForObject("select id from plan_target where plan_id = ?", Long.class, plan)),
				"rows[0].metric", "JOBS_CREATED", "rows[0].value", "1", "rows[0].unit", "만명", "rows[1].metric",
				"EXPORT_SHARE", "rows[1].value", "30", "rows[1].unit", "%");
		this.journeys.submit(plan, "region-busan").andExpect(status().is3xxRedirection());
		assertThat(planStatus(plan)).isEqualTo("REVISED");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_version where plan_id = ?", Integer.class, plan))
			.isEqualTo(2);

		// the plan's page: both versions, the second compared with the first, and the
		// request with its comments in the form's order, whatever order the rows come in
		this.jdbc.update("""
				with gone as (delete from plan_revision_comment c using plan_revision_request r
				              where r.id = c.request_id and r.plan_id = ? and c.section = 'vision'
				              returning c.request_id, c.section, c.comment)
				insert into plan_revision_comment (request_id, section, comment) select * from gone""", plan);
		Document detail = Jsoup.parse(this.mvc.perform(get("/plans/" + plan).with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(detail.select("#versions > li > span").eachText()).hasSize(2)
			.allMatch((line) -> line.contains("region-busan"));
		assertThat(detail.select("#versions > li > a").eachAttr("href"))
			.containsExactly("/plans/" + plan + "/compare?from=1&to=2");
		assertThat(detail.select(".revision-request dt").eachText()).containsExactly("비전", "목표");
		assertThat(detail.select(".revision-request dd").eachText()).containsExactly("비전을 지역 산업과 이어서 구체적으로 적어 주세요.",
				"수출 목표를 더해 주세요.");
		assertThat(detail.select("#workflow-section form")).isNotEmpty();

		String html = this.mvc
			.perform(get("/plans/" + plan + "/compare").param("from", "1")
				.param("to", "2")
				.with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		Element vision = row(page, "비전");
		assertThat(vision.text()).contains("비전", "처음 비전", "고친 비전", "바뀜");
		assertThat(vision.select("li.removed").text()).isEqualTo("처음 비전");
		assertThat(vision.select("li.added").text()).isEqualTo("고친 비전");
		Element hub = row(page, "거점산단");
		assertThat(hub.text()).contains("명지녹산국가산업단지", "같음");
		assertThat(row(page, "신청 사업").text()).contains("스마트공장 구축 (중소벤처기업부) 2043년 1,500백만원", "같음");
		Element targets = row(page, "목표");
		assertThat(targets.select("li.added").text()).isEqualTo("수출비중 30%");

		// the region follows its own plan; nobody else may
		this.mvc.perform(get("/plans/" + plan + "/compare?from=1&to=2").with(this.accounts.as("region-busan")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/plans/" + plan + "/compare?from=1&to=2").with(this.accounts.as("region-ulsan")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + plan + "/compare?from=1&to=2")).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + plan + "/compare?from=1&to=9").with(this.accounts.as("ministry")))
			.andExpect(status().isNotFound());

		assertThat(this.jdbc.queryForList(
				"select action from audit_event where object_type = 'plan' and object_id = ? and action like 'PLAN_%' order by id",
				String.class, String.valueOf(plan)))
			.containsSubsequence("PLAN_SUBMITTED", "PLAN_REVISION_REQUESTED", "PLAN_SUBMITTED");
	}

}
