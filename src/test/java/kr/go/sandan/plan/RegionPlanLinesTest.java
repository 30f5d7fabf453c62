package kr.go.sandan.plan;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.plan.PlanCatalog.PlanLine;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region's plans as its work list reads them (issue 18): one statement works out the
 * status each reader may know, and it must say what the plan itself says
 * ({@link InnovationPlan#statusFor}) — a committee decision reaches the region only once
 * its meeting is published, the ministry reads every step, everyone else the published
 * plans only.
 */
class RegionPlanLinesTest extends WorkflowTestSupport {

	@Autowired
	private PlanCatalog catalog;

	private long regionId(String code) {
		return this.jdbc.queryForObject("select id from region where code = ?", Long.class, code);
	}

	@Test
	void aRegionKnowsTheLastDecisionPublishedAndNotOneRecordedSince() throws Exception {
		long call = this.journeys.openCallPast2100(2968);
		long plan = this.journeys.start(call, "region-ulsan");
		this.jdbc.update("update proposal_call set closes_at = now() - interval '1 minute' where id = ?", call);
		long published = this.jdbc.queryForObject("""
				insert into committee_meeting (held_on, title, round_id, kind, published_at)
				select date '2968-05-01', '예비선정 (공개)', r.id, 'PRELIMINARY_SELECTION', now()
				from program_round r where r.year = 2968 returning id""", Long.class);
		long unpublished = this.jdbc.queryForObject("""
				insert into committee_meeting (held_on, title, round_id, kind)
				select date '2968-09-01', '최종 확정 (미공개)', r.id, 'FINAL_CONFIRMATION'
				from program_round r where r.year = 2968 returning id""", Long.class);
		this.jdbc.update("""
				insert into plan_status_event (plan_id, status, occurred_on, meeting_id) values
				  (?, 'UNDER_EVALUATION', date '2968-04-01', null),
				  (?, 'PRELIMINARILY_SELECTED', date '2968-05-01', ?),
				  (?, 'CONFIRMED', date '2968-09-01', ?)""", plan, plan, published, plan, unpublished);
		this.jdbc.update("update innovation_plan set status = 'CONFIRMED' where id = ?", plan);
		long ulsan = regionId("ULSAN");

		assertThat(line(ulsan, "region-ulsan", plan).knownStatus()).isEqualTo(PlanStatus.PRELIMINARILY_SELECTED);
		assertThat(line(ulsan, "region-ulsan", plan).status()).isEqualTo(PlanStatus.CONFIRMED);
		assertThat(line(ulsan, "ministry", plan).knownStatus()).isEqualTo(PlanStatus.CONFIRMED);
		// not published: nobody else reads it, not even another region's staff
		assertThat(this.catalog.linesOfRegion(ulsan, null)).extracting(PlanLine::id).doesNotContain(plan);
		assertThat(this.catalog.linesOfRegion(ulsan, this.accounts.user("region-busan"))).extracting(PlanLine::id)
			.doesNotContain(plan);
		// and so does every other plan, to every reader, with this hidden step among them
		everyRegionsLinesSayWhatThePlansSay();
		Document me = pageAs("/me", "region-ulsan");
		assertThat(me.select("#region-home li:contains(2968)").text()).contains("예비선정").doesNotContain("최종 확정");

		this.jdbc.update("update committee_meeting set published_at = now() where id = ?", unpublished);
		assertThat(line(ulsan, "region-ulsan", plan).knownStatus()).isEqualTo(PlanStatus.CONFIRMED);
		everyRegionsLinesSayWhatThePlansSay();
		assertThat(pageAs("/me", "region-ulsan").select("#region-home li:contains(2968)").text()).contains("최종 확정");
		assertThat(pageAs("/me?lang=en", "region-ulsan").select("#region-home li:contains(2968)").text())
			.contains("Ulsan");
	}

	@Test
	void everyPlansLineSaysWhatThePlanSaysToEachReader() {
		everyRegionsLinesSayWhatThePlansSay();
	}

	/**
	 * Whatever the tests left in the database: every region, read by five regions' staff,
	 * the ministry and the public, line by line as the plan itself says it.
	 */
	private void everyRegionsLinesSayWhatThePlansSay() {
		List<String> readers = List.of("region-gyeonggi", "region-gyeongnam", "region-busan", "region-ulsan",
				"region-daegu", "ministry");
		Map<String, PortalUser> users = new java.util.HashMap<>();
		readers.forEach((name) -> users.put(name, this.accounts.user(name)));
		int compared = 0;
		for (long region : this.jdbc.queryForList("select id from region order by id", Long.class)) {
			for (PortalUser viewer : new java.util.ArrayList<>(users.values())) {
				compared += compare(region, viewer);
			}
			compared += compare(region, null);
		}
		assertThat(compared).isGreaterThan(0);
	}

	private int compare(long region, PortalUser viewer) {
		List<InnovationPlan> plans = this.catalog.visibleOfRegion(region, viewer);
		Map<Long, PlanStatus> statuses = this.catalog.statusesFor(plans, viewer);
		List<PlanLine> lines = this.catalog.linesOfRegion(region, viewer);
		assertThat(lines).extracting(PlanLine::id)
			.containsExactlyElementsOf(plans.stream().map(InnovationPlan::getId).toList());
		for (PlanLine line : lines) {
			InnovationPlan plan = plans.stream().filter((p) -> p.getId() == line.id()).findFirst().orElseThrow();
			assertThat(line.knownStatus()).as("plan %d for %s", line.id(), viewer).isEqualTo(statuses.get(line.id()));
			assertThat(line.status()).isEqualTo(plan.getStatus());
			assertThat(line.editable()).isEqualTo(plan.isEditable());
			assertThat(line.roundYear()).isEqualTo(plan.getRound().getYear());
			assertThat(line.regionName()).isEqualTo(plan.getRegionName());
		}
		return lines.size();
	}

	private PlanLine line(long region, String username, long plan) {
		return this.catalog.linesOfRegion(region, this.accounts.user(username))
			.stream()
			.filter((line) -> line.id() == plan)
			.findFirst()
			.orElseThrow();
	}

}
