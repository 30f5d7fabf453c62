package kr.go.sandan.plan;

import org.junit.jupiter.api.Test;

import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A region names its hub (also one the portal does not know yet), the hub's weight in the
 * region, and the complexes and areas linked to it with their linkage function.
 */
class HubAndLinkedSitesTest extends WorkflowTestSupport {

	@Test
	void aNewHubItsWeightAndLinkedSitesAreRecordedAsWritten() throws Exception {
		long call = this.journeys.openCall(2047);
		long plan = this.journeys.start(call, "region-gyeonggi");
		this.journeys.save(plan, "region-gyeonggi", "hub", "newHubName", "시흥스마트허브", "newHubType", "GENERAL",
				"weights[0].measure", "PRODUCTION", "weights[0].amount", "10.5", "weights[0].unit", "조원",
				"weights[0].share", "20", "weights[1].measure", "EXPORTS", "weights[2].measure", "TENANT_FIRMS",
				"weights[2].amount", "4,200", "weights[2].unit", "개사", "weights[3].measure", "EMPLOYMENT");
		this.journeys.save(plan, "region-gyeonggi", "sites", "rows[0].kind", "COMPLEX", "rows[0].complexId",
				String.valueOf(this.journeys.complex("화성발안일반산단")), "rows[0].linkage", "소부장 공급기지", "rows[1].kind",
				"COMPLEX", "rows[1].name", "안산사이언스밸리", "rows[1].complexType", "URBAN_HIGH_TECH", "rows[1].linkage",
				"연구개발 거점", "rows[2].kind", "SMART_CITY", "rows[2].name", "시흥 스마트시티", "rows[2].linkage", "실증 공간");

		assertThat(this.jdbc.queryForMap(
				"""
						select c.name, c.type, g.code from innovation_plan p join industrial_complex c on c.id = p.hub_complex_id
						join region g on g.id = c.region_id where p.id = ?""",
				plan))
			.containsEntry("name", "시흥스마트허브")
			.containsEntry("type", "GENERAL")
			.containsEntry("code", "GYEONGGI");
		assertThat(this.jdbc.queryForList("select as_written from plan_hub_weight where plan_id = ? order by position",
				String.class, plan))
			.containsExactly("생산액 10.5조원(20%)", "입주업체 4200개사");
		assertThat(this.jdbc.queryForList("""
				select coalesce(c.name, a.name) || ' / ' || coalesce(a.kind, 'COMPLEX') || ' / ' || s.linkage_function
				from plan_linked_site s left join industrial_complex c on c.id = s.complex_id
				left join linked_area a on a.id = s.area_id where s.plan_id = ? order by s.position""", String.class,
				plan))
			.containsExactly("화성발안일반산단 / COMPLEX / 소부장 공급기지", "안산사이언스밸리 / COMPLEX / 연구개발 거점",
					"시흥 스마트시티 / SMART_CITY / 실증 공간");
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where action in ('COMPLEX_ADDED', 'LINKED_AREA_ADDED') and after_state ->> 'region' = 'GYEONGGI' order by id",
				String.class))
			.contains("COMPLEX_ADDED", "LINKED_AREA_ADDED");

		// numbers come back as written, never as 4.2E+3
		this.mvc.perform(get("/plans/" + plan + "/edit/hub").with(this.accounts.as("region-gyeonggi")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"4200\""), containsString("value=\"10.5\""))));
		this.mvc.perform(get("/plans/" + plan).with(this.accounts.as("region-gyeonggi")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("시흥스마트허브"), containsString("10.5조원"), containsString("(지역 내 비중 20%)"),
						containsString("안산사이언스밸리"), containsString("연구개발 거점"), containsString("시흥 스마트시티"))));

		// saving again keeps one row each: nothing is added twice
		this.journeys.save(plan, "region-gyeonggi", "sites", "rows[0].kind", "COMPLEX", "rows[0].name", "안산사이언스밸리",
				"rows[0].linkage", "연구개발 거점");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from industrial_complex where name in ('시흥스마트허브', '안산사이언스밸리')", Integer.class))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from plan_linked_site where plan_id = ?", Integer.class,
				plan))
			.isEqualTo(1);
	}

	@Test
	void aLinkedSiteWithoutItsFunctionOrFromAnotherRegionIsRefused() throws Exception {
		long call = this.journeys.openCall(2048);
		long plan = this.journeys.start(call, "region-gyeonggi");
		this.mvc
			.perform(this.journeys.section(plan, "region-gyeonggi", "sites", "rows[0].kind", "COMPLEX", "rows[0].name",
					"어느 산단"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("연계기능을 적어 주세요.")));
		this.mvc
			.perform(this.journeys.section(plan, "region-gyeonggi", "sites", "rows[0].kind", "COMPLEX",
					"rows[0].complexId", String.valueOf(this.journeys.complex("창원국가산업단지")), "rows[0].linkage", "남의 산단"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이 지역의 산업단지 가운데에서 골라 주세요.")));
		assertThat(this.jdbc.queryForObject("select count(*) from plan_linked_site where plan_id = ?", Integer.class,
				plan))
			.isZero();
	}

}
