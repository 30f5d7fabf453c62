package kr.go.sandan.synthetic;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A generated round of the program's usual size (17 plans of 50 projects, 9 evaluators)
 * reads through the real pages: the public round and plan pages, the ministry's overview
 * and ranking, an evaluator's sheet. Rolled back after the test.
 */
@Transactional
class SyntheticPagesTest extends WorkflowTestSupport {

	@Autowired
	private SyntheticProgram program;

	@Test
	void aGeneratedRoundReadsThroughThePortalsPages() throws Exception {
		SyntheticProgram.Summary summary = this.program.generate(new SyntheticSpec(11, 2341, 1));
		long round = summary.roundIds().get(0);
		long call = summary.callIds().get(0);
		List<String> designated = this.jdbc.queryForList("""
				select p.region_name from innovation_plan p join region g on g.id = p.region_id
				where p.round_id = ? and p.status = 'DESIGNATED' order by g.position""", String.class, round);
		assertThat(designated).hasSize(5);

		// the ranking board computes the order the generator selected by
		Document ranking = page("/ministry/calls/" + call + "/evaluation/ranking", "ministry");
		List<Element> rows = ranking.select("#ranking tbody tr");
		assertThat(rows).hasSize(17);
		assertThat(rows.subList(0, 5).stream().map((row) -> row.select("td, th").get(1).text()).sorted())
			.containsExactlyInAnyOrderElementsOf(designated);
		assertThat(ranking.select("#evaluators tbody tr")).hasSize(9);
		assertThat(ranking.getElementById("ranking-state").text()).isEqualTo("평가가 완료되어 확정된 순위입니다.");

		// the ministry sees every plan of the call; the public the published (selected)
		// ones
		assertThat(page("/ministry/calls/" + call + "/plans", "ministry").select("#call-plans tbody tr")).hasSize(17);
		Document roundPage = page("/rounds/" + round, null);
		assertThat(roundPage.select("h1").text()).contains("2341년");
		assertThat(roundPage.select("table.data tbody tr")).hasSize(5);
		assertThat(roundPage.text()).contains("경쟁력강화사업지구 지정", "생산액", "지역진단 전략성");

		long plan = this.jdbc.queryForObject("""
				select p.id from innovation_plan p join region g on g.id = p.region_id
				where p.round_id = ? and p.status = 'DESIGNATED' order by g.position limit 1""", Long.class, round);
		Document planPage = page("/plans/" + plan, null);
		assertThat(planPage.getElementById("district-period").text()).contains("2341-01-01", "2343-12-31");
		String projectName = this.jdbc.queryForObject("""
				select pr.name from plan_requested_project pr join plan_key_task t on t.id = pr.key_task_id
				where t.plan_id = ? order by t.position, pr.position limit 1""", String.class, plan);
		assertThat(planPage.text()).contains(projectName);
		assertThat(page("/plans/" + plan + "/milestones/CONFIRMED", null).text()).contains(projectName);
		assertThat(page("/plans/" + plan + "/announcement", null).text()).contains(projectName);

		// a not selected plan stays inside the ministry
		long notSelected = this.jdbc.queryForObject(
				"select id from innovation_plan where round_id = ? and status = 'NOT_SELECTED' limit 1", Long.class,
				round);
		this.mvc.perform(get("/plans/" + notSelected)).andExpect(status().isNotFound());
		assertThat(page("/plans/" + notSelected, "ministry").text()).contains("미선정");

		// an evaluator's submitted sheet shows the version they read
		long sheet = this.jdbc.queryForObject("""
				select s.id from evaluation_sheet s join account a on a.id = s.account_id
				where s.plan_id = ? and a.username = 'synthetic-eval-01'""", Long.class, plan);
		assertThat(page("/evaluations/sheets/" + sheet, "synthetic-eval-01").text()).contains(projectName);
	}

	private Document page(String path, String username) throws Exception {
		// rendered from the data of this (rolled back) transaction, never from the page
		// cache
		var request = get(path).header("Cache-Control", "no-cache");
		if (username != null) {
			request.with(this.accounts.as(username));
		}
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
