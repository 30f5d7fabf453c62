package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.plan.PlanContent.TargetComparison;
import kr.go.sandan.plan.PlanContent.TargetComparison.Agreement;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The program data loaded by the migrations, checked fact by fact against the press
 * release of 2021-03-24 (../shared/domain/press-release-2021-03-24.ko.txt).
 */
@PortalTest
class ReleaseDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanCatalog plans;

	private long planId(int year, String regionCode) {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = ? and g.code = ?""", Long.class, year, regionCode);
	}

	/**
	 * The plan as the public reads it: the copy made of the release's plan (every fact of
	 * its record, PublicContentBaseline), figures in one form (39.2, not 39.2000).
	 */
	private PlanCatalog.PlanReading plan(int year, String regionCode) {
		return this.plans.plan(planId(year, regionCode), null).orElseThrow();
	}

	@Test
	void roundsAsPlannedFiveAYearWithTheCallAndCommitteeOf2021() {
		List<Map<String, Object>> rounds = this.jdbc
			.queryForList("select year, ordinal, planned_designations, call_opened_on, reported_pre_submissions, "
					+ "reported_evaluator_count, final_confirmation_planned from program_round where year <= 2022 order by year");
		assertThat(rounds)
			.extracting((r) -> r.get("year"), (r) -> r.get("ordinal"), (r) -> r.get("planned_designations"))
			.containsExactly(tuple(2020, 1, 5), tuple(2021, 2, 5), tuple(2022, 3, 5));
		Map<String, Object> round2021 = rounds.get(1);
		assertThat(round2021.get("call_opened_on").toString()).isEqualTo("2021-01-06");
		assertThat(round2021.get("reported_pre_submissions")).isEqualTo(8);
		assertThat(round2021.get("reported_evaluator_count")).isEqualTo(9);
		assertThat(round2021.get("final_confirmation_planned")).isEqualTo("2021-12");
		assertThat(this.jdbc.queryForList("""
				select i.name from evaluation_indicator i join program_round r on r.id = i.round_id
				where r.year = 2021 order by i.position""", String.class)).containsExactly("지역진단 전략성", "거점·연계지역 적절성",
				"혁신계획 타당성", "성과목표 실현가능성");
	}

	@Test
	void the2020RoundsFiveRegionsWereDesignatedAsDistrictsOn24March2021() {
		List<Map<String, Object>> designated = this.jdbc.queryForList("""
				select p.region_name, c.name hub, p.status, e.occurred_on
				from innovation_plan p join program_round r on r.id = p.round_id
				join industrial_complex c on c.id = p.hub_complex_id
				join plan_status_event e on e.plan_id = p.id and e.status = 'DESIGNATED'
				where r.year = 2020 order by p.region_name""");
		assertThat(designated).extracting((r) -> r.get("region_name"), (r) -> r.get("hub"), (r) -> r.get("status"))
			.containsExactly(tuple("경상북도", "구미국가산단", "DESIGNATED"), tuple("광주광역시", "광주첨단국가산단", "DESIGNATED"),
					tuple("대구광역시", "성서일반산단", "DESIGNATED"), tuple("인천광역시", "남동국가산단", "DESIGNATED"),
					tuple("전라남도", "여수국가산단", "DESIGNATED"));
		assertThat(designated).extracting((r) -> r.get("occurred_on").toString()).containsOnly("2021-03-24");
	}

	@Test
	void the2021RoundPreliminarilySelectedFiveOfEightPreSubmissionsAndNamesOnlyThose() {
		assertThat(this.jdbc.queryForList("""
				select p.region_name from innovation_plan p join program_round r on r.id = p.round_id
				where r.year = 2021 and p.status = 'PRELIMINARILY_SELECTED' order by p.region_name""", String.class))
			.containsExactly("경기도", "경상남도", "부산광역시", "울산광역시", "전라북도");
		// the 3 pre-submissions the release does not name are not invented
		assertThat(this.jdbc.queryForObject("""
				select count(*) from innovation_plan p join program_round r on r.id = p.round_id where r.year = 2021""",
				Integer.class))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from plan_status_event e join innovation_plan p on p.id = e.plan_id
				where e.status = 'PRELIMINARILY_SELECTED' and e.occurred_on = date '2021-03-24'""", Integer.class))
			.isEqualTo(5);
	}

	@Test
	void smartGreenDesignationsAndTheCumulativePlan() {
		assertThat(this.jdbc.queryForList("""
				select c.name || ' ' || s.year from smart_green_designation s
				join industrial_complex c on c.id = s.complex_id where s.year <= 2021 order by s.year, c.name""",
				String.class))
			.containsExactly("반월시화국가산업단지 2019", "창원국가산업단지 2019", "군산국가산업단지 2021", "명지녹산국가산업단지 2021", "울산미포국가산업단지 2021");
		assertThat(this.jdbc.queryForList("select year || ':' || cumulative_target from smart_green_plan order by year",
				String.class))
			.containsExactly("2020:7", "2021:10", "2025:15");
	}

	@Test
	void gyeongnamPlanHoldsTheAppendixAsWritten() {
		PlanCatalog.PlanReading reading = plan(2021, "GYEONGNAM");
		PlanContent plan = reading.content();
		assertThat(reading.plan().getRegionName()).isEqualTo("경상남도");
		assertThat(plan.mainIndustries()).containsExactly("기계산업");
		assertThat(plan.vision()).isEqualTo("미래모빌리티산업 육성을 위한 스마트·혁신·사람 중심의 클러스터 조성");
		assertThat(plan.hub().name()).isEqualTo("창원국가산업단지");
		assertThat(plan.hubWeightLabel()).isEqualTo("기여도");
		assertThat(plan.hubWeights())
			.extracting(PlanContent.Weight::measure, PlanContent.Weight::amount, PlanContent.Weight::unit,
					PlanContent.Weight::sharePercent)
			.containsExactly(
					tuple(HubWeight.Measure.PRODUCTION, new BigDecimal("39.2"), MeasureUnit.TRILLION_WON,
							new BigDecimal("51")),
					tuple(HubWeight.Measure.EXPORTS, new BigDecimal("96"), MeasureUnit.HUNDRED_MILLION_USD,
							new BigDecimal("24")),
					tuple(HubWeight.Measure.TENANT_FIRMS, new BigDecimal("2664"), MeasureUnit.FIRMS,
							new BigDecimal("39")));
		assertThat(plan.linkedSites()).extracting(PlanContent.Site::name, PlanContent.Site::linkageFunction)
			.containsExactly(tuple("김해골든루트산단", "자동차·전장부품 공급기지"), tuple("사천일반산단", "항공부품 공급기지"),
					tuple("함안칠서일반산단", "철도차량부품 공급기지"));
		assertThat(plan.planTargets())
			.extracting(PlanContent.Target::asWritten, PlanContent.Target::value, PlanContent.Target::unit)
			.containsExactly(tuple("생산액 5.1조원 증대", new BigDecimal("5.1"), MeasureUnit.TRILLION_WON),
					tuple("신규창업 207개", new BigDecimal("207"), MeasureUnit.COUNT),
					tuple("고용 1.3만명 창출", new BigDecimal("1.3"), MeasureUnit.TEN_THOUSAND_PERSONS));
		assertThat(plan.reportedProjectCount()).isEqualTo(51);
		assertThat(plan.keyTasks()).extracting(PlanContent.Task::name)
			.containsExactly("스마트제조혁신으로 일자리 창출", "근로자 중심의 산단 공간 혁신", "미래형 스마트그린산단 조성");
		assertThat(plan.keyTasks().get(0).projects()).hasSize(8)
			.first()
			.extracting(PlanContent.Project::name)
			.isEqualTo("산업전환지원센터");
		assertThat(plan.governance()).isEqualTo("스마트그린산단사업단 확대 개편, 시·군 참여 및 혁신기관 파견");
		assertThat(plan.diagnoses()).hasSize(2);
		assertThat(plan.keyTasks().get(2).strategies()).extracting(PlanContent.Point::title)
			.containsExactly("노후산단 기반 인프라 재정비", "탄소중립 인프라 구축·지원");
	}

	@Test
	void everyAppendixPlanHasItsReportedProjectCountsAndKeyTasks() {
		assertThat(this.jdbc.queryForList(
				"""
						select p.region_name || ':' || p.reported_project_count || ':' ||
						  (select count(*) from plan_key_task k where k.plan_id = p.id) || ':' ||
						  (select count(*) from plan_requested_project q join plan_key_task k on k.id = q.key_task_id where k.plan_id = p.id)
						from innovation_plan p join program_round r on r.id = p.round_id where r.year = 2021 order by p.region_name""",
				String.class))
			.containsExactly("경기도:37:3:13", "경상남도:51:3:19", "부산광역시:35:3:15", "울산광역시:31:3:15", "전라북도:39:4:14");
	}

	@Test
	void newlyProposedProjectsKeepTheirMarkAndNotTheWord() {
		assertThat(this.jdbc.queryForList("""
				select q.name from plan_requested_project q
				join plan_key_task t on t.id = q.key_task_id
				join innovation_plan p on p.id = t.plan_id
				join program_round r on r.id = p.round_id
				where q.newly_proposed and r.year in (2020, 2021) order by q.id""", String.class)).containsExactly(
				"클린에너지 검증허브", "스마트제조 유연생산 클러스터", "소재부품 전문기업 Tech-Coordinating사업", "교통빅데이터 허브센터", "항만 배후단지 내 미니산업단지 조성",
				"클린에너지 검증허브");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_requested_project where name like '%신규%'",
				Integer.class))
			.isZero();
	}

	@Test
	void busanKeepsBothSetsOfTargetsAndShowsWhereTheyDisagree() {
		PlanContent busan = plan(2021, "BUSAN").content();
		assertThat(busan.planTargets()).extracting(PlanContent.Target::asWritten)
			.containsExactly("생산 1.3조원 증대", "일자리 창출 1만명");
		List<TargetComparison> comparison = busan.targetComparison();
		assertThat(comparison).extracting(TargetComparison::metric, TargetComparison::agreement)
			.containsExactly(tuple(TargetMetric.PRODUCTION_INCREASE, Agreement.DIFFERENT),
					tuple(TargetMetric.JOBS_CREATED, Agreement.SAME),
					tuple(TargetMetric.STRONG_SMES, Agreement.ONLY_BODY));
		assertThat(comparison.get(0).body().asWritten()).isEqualTo("생산액 5조 원 중대");
		assertThat(busan.hasTargetDisagreement()).isTrue();
		assertThat(busan.linkedSites()).extracting(PlanContent.Site::isComplex, PlanContent.Site::name)
			.containsExactly(tuple(true, "사상공업지역일반산업단지"), tuple(true, "신평장림일반산업단지"), tuple(false, "부산진해경제자유구역 지사지역"),
					tuple(false, "에코델타시티스마트시티"));
	}

	@Test
	void gyeonggiBodyAndAppendixAgreeOnEveryMetricTheyShare() {
		PlanContent gyeonggi = plan(2021, "GYEONGGI").content();
		assertThat(gyeonggi.targetComparison()).extracting(TargetComparison::metric, TargetComparison::agreement)
			.containsExactly(tuple(TargetMetric.PRODUCTION_INCREASE, Agreement.SAME),
					tuple(TargetMetric.JOBS_CREATED, Agreement.SAME), tuple(TargetMetric.STRONG_SMES, Agreement.SAME),
					tuple(TargetMetric.DIGITAL_LEVEL, Agreement.ONLY_PLAN));
	}

	@Test
	void ulsanHubWeightIsAShareWithoutAmountsAndItsTargetsIncludeZeroAccidents() {
		PlanContent ulsan = plan(2021, "ULSAN").content();
		assertThat(ulsan.hubWeightLabel()).isEqualTo("중요도");
		assertThat(ulsan.hubWeights()).extracting(PlanContent.Weight::amount, PlanContent.Weight::sharePercent)
			.containsExactly(tuple(null, new BigDecimal("59.5")), tuple(null, new BigDecimal("71.4")));
		assertThat(ulsan.planTargets()).extracting(PlanContent.Target::asWritten)
			.containsExactly("생산 3,200억원 증대", "신규일자리 1.2만명 창출", "모빌리티 기업 200개 유치", "안전사고 ZERO화", "근로자 만족도 지수 80점 달성");
		assertThat(ulsan.planTargets().get(0).unit()).isEqualTo(MeasureUnit.HUNDRED_MILLION_WON);
	}

	@Test
	void jeonbukPlanKeepsTheRegionsNameAtSubmissionAfterTheRenaming() {
		PlanCatalog.PlanReading jeonbuk = plan(2021, "JEONBUK");
		assertThat(jeonbuk.plan().getRegionName()).isEqualTo("전라북도");
		assertThat(jeonbuk.plan().getRegion().nameOn(LocalDate.of(2024, 1, 17)).getName()).isEqualTo("전라북도");
		assertThat(jeonbuk.plan().getRegion().nameOn(LocalDate.of(2024, 1, 18)).getName()).isEqualTo("전북특별자치도");
		assertThat(jeonbuk.content().planTargets()).extracting(PlanContent.Target::asWritten)
			.containsExactly("미래형 상용 모빌리티 산업전환율 30%", "수출비중 10%");
		assertThat(jeonbuk.content().keyTasks()).extracting(PlanContent.Task::name).last().isEqualTo("혁신거버넌스");
	}

	@Test
	void seventeenRegions() {
		assertThat(this.jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(17);
	}

}
