package kr.go.sandan.plan;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of a plan's page written in Java (issue 18: {@link PlanPageHtml}): the
 * heading with the region's edit link, and a history that names an undated step, leaves
 * out a note that only repeats its status (in the reader's language or in Korean) and
 * escapes what was typed. (That every synthetic plan page stayed the same byte for byte
 * was checked before and after with scripts/capture-pages.sh: docs/performance.md.)
 */
class PlanPagePartsTest extends WorkflowTestSupport {

	@Test
	void theRegionEditsItsDraftFromItsPageAndTheHistorySaysWhatIsKnown() throws Exception {
		long call = this.journeys.openCall(2035);
		long plan = this.journeys.start(call, "region-busan");
		long round = this.jdbc.queryForObject("select round_id from innovation_plan where id = ?", Long.class, plan);
		this.jdbc.update("delete from plan_status_event where plan_id = ?", plan);
		this.jdbc.update("""
				insert into plan_status_event (plan_id, status, occurred_on, note) values
				  (?, 'DRAFT', null, '작성 중'),
				  (?, 'DRAFT', date '2035-02-01', 'Draft'),
				  (?, 'DRAFT', date '2035-02-02', '<b>초안</b> & 메모')""", plan, plan, plan);

		Document page = pageAs("/plans/" + plan, "region-busan");
		Element edit = page.selectFirst("main a.krds-btn.primary");
		assertThat(edit.attr("href")).isEqualTo("/plans/" + plan + "/edit");
		assertThat(edit.text()).isEqualTo("계획 편집");
		assertThat(page.select("nav.krds-breadcrumb-wrap a").eachAttr("href")).containsExactly("/", "/rounds/" + round);
		assertThat(page.selectFirst("main h1 .krds-badge").text()).isEqualTo("작성 중");
		assertThat(page.selectFirst("main h1 .krds-badge").hasClass("bg-light-gray")).isTrue();
		List<Element> steps = page.select("ol.timeline > li");
		assertThat(steps).hasSize(3);
		assertThat(steps.get(0).selectFirst(".when").text()).isEqualTo("일자 미기재");
		// a note that is its status's name, in Korean or in the reader's language, is not
		// repeated
		assertThat(steps.get(0).select("span")).hasSize(2);
		assertThat(steps.get(1).select("span")).hasSize(3);
		assertThat(steps.get(1).select("span").get(2).text()).isEqualTo("Draft");
		assertThat(steps.get(2).selectFirst(".when").text()).isEqualTo("2035-02-02");
		assertThat(steps.get(2).select("span").get(2).html()).isEqualTo("&lt;b&gt;초안&lt;/b&gt; &amp; 메모");

		Document english = pageAs("/plans/" + plan + "?lang=en", "region-busan");
		List<Element> englishSteps = english.select("ol.timeline > li");
		assertThat(englishSteps.get(0).selectFirst(".when").text()).isEqualTo("Date not stated");
		// in English, "작성 중" is still the Korean name of the status and "Draft" its
		// English one
		assertThat(englishSteps.get(0).select("span")).hasSize(2);
		assertThat(englishSteps.get(1).select("span")).hasSize(2);
		assertThat(english.selectFirst("main a.krds-btn.primary").text()).isEqualTo("Edit the plan");

		// the ministry reads the plan, but only its region edits it
		assertThat(pageAs("/plans/" + plan, "ministry").select("main a.krds-btn.primary")).isEmpty();
	}

}
