package kr.go.sandan.ledger;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English pages name a district's region in English, by the English form of the name its
 * plan was written under (강원도 → Gangwon-do, not Gangwon State): the district's ledger,
 * the ministry's dashboard and the public plan search; the Korean pages as written.
 */
class LedgerEnglishNamesTest extends WorkflowTestSupport {

	private static final String EXECUTION_BY_DISTRICT = "section[aria-labelledby=chart-execution-district-heading]";

	@Test
	void englishPagesNameTheDistrictsRegionInEnglish() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2957, "GANGWON", "강원도", 1, 1);
		this.jdbc.update(
				"""
						insert into budget_ledger_entry (plan_id, project_id, year, source, stage, amount, entered_on, entered_by)
						values (?, ?, 2958, 'NATIONAL', 'ALLOCATED', 400, date '2958-02-01', 'ministry'),
						       (?, ?, 2958, 'NATIONAL', 'EXECUTED', 100, date '2958-05-01', 'ministry')""",
				plan, funded.project(plan, 0), plan, funded.project(plan, 0));

		// the district's ledger
		assertThat(pageAs("/districts/" + plan + "/ledger?lang=en", "ministry").select("h1").text())
			.contains("Gangwon-do")
			.doesNotContain("강원도");
		assertThat(pageAs("/districts/" + plan + "/ledger?lang=ko", "ministry").select("h1").text()).contains("강원도");

		// the ministry's dashboard: execution by district
		Document dashboard = pageAs("/dashboard?round=2957&lang=en", "ministry");
		assertThat(dashboard.selectFirst(EXECUTION_BY_DISTRICT).text()).contains("Gangwon-do").doesNotContain("강원도");
		assertThat(pageAs("/dashboard?round=2957&lang=ko", "ministry").selectFirst(EXECUTION_BY_DISTRICT).text())
			.contains("강원도");

		// the public plan search, once the plan is published
		new DesignatedDistricts(this.jdbc).published(plan);
		assertThat(pageAs("/plans?round=2957&lang=en", "ministry").select("table tbody th").text())
			.contains("Gangwon-do")
			.doesNotContain("강원도");
	}

}
