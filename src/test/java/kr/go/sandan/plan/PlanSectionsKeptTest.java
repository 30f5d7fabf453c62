package kr.go.sandan.plan;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A published plan's sections are rendered once per copy and language and then sent as
 * kept bytes (issue 18); what they show of the record around the copy (a linked complex's
 * English name and Smart Green mark) still shows its latest state at the next render.
 */
class PlanSectionsKeptTest extends WorkflowTestSupport {

	private Document fresh(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void aLinkedComplexRenamedShowsAtTheNextRender() throws Exception {
		// a plan of the press release with a linked complex of the portal
		Map<String, Object> found = this.jdbc.queryForMap("""
				select p.id as plan,
				       (jsonb_path_query_first(m.content, '$.content.linkedSites[*] ? (@.id != null)') ->> 'id')::bigint
				         as complex
				from innovation_plan p join plan_milestone m on m.id = p.public_milestone_id
				where jsonb_path_exists(m.content, '$.content.linkedSites[*] ? (@.id != null)')
				order by p.id limit 1""");
		long plan = ((Number) found.get("plan")).longValue();
		long complex = ((Number) found.get("complex")).longValue();
		String nameEn = this.jdbc.queryForObject("select name_en from industrial_complex where id = ?", String.class,
				complex);
		String url = "/plans/" + plan + "?lang=en";
		Document before = fresh(url);
		assertThat(fresh(url).select("main").outerHtml()).isEqualTo(before.select("main").outerHtml());
		try {
			this.jdbc.update("update industrial_complex set name_en = 'Renamed Kept Sections Complex' where id = ?",
					complex);
			assertThat(fresh(url).text()).contains("Renamed Kept Sections Complex");
			assertThat(before.text()).doesNotContain("Renamed Kept Sections Complex");
			// the Korean page, rendered apart, keeps the name as written
			assertThat(fresh("/plans/" + plan + "?lang=ko").text()).doesNotContain("Renamed Kept Sections Complex");
		}
		finally {
			this.jdbc.update("update industrial_complex set name_en = ? where id = ?", nameEn, complex);
		}
		assertThat(fresh(url).text()).doesNotContain("Renamed Kept Sections Complex");
	}

}
