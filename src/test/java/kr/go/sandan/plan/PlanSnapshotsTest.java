package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's frozen copy reads back as it was kept: the whole content in the current
 * format, figures in one form, the confirmation's funding; and a copy of the first format
 * (the lines the comparison of versions needed) as well as it allows, with the same
 * lines.
 */
class PlanSnapshotsTest {

	static final PlanContent CONTENT = new PlanContent(
			new PlanContent.Hub(7L, "창원국가산업단지", "Changwon National Industrial Complex"), "기여도",
			List.of(new PlanContent.Weight(HubWeight.Measure.PRODUCTION, new BigDecimal("39.2000"),
					MeasureUnit.TRILLION_WON, new BigDecimal("51.00"), "생산액 39.2조원(51%)")),
			List.of(new PlanContent.Site("COMPLEX", 8L, "사천일반산단", null,
					"항공부품 공급기지"), new PlanContent.Site("SMART_CITY", 3L, "에코델타시티", "국가 시범도시", "실증")),
			List.of("기계산업"), "미래모빌리티 클러스터",
			List.of(new PlanContent.Target(TargetSource.PLAN, TargetMetric.JOBS_CREATED, new BigDecimal("1.3000"),
					MeasureUnit.TEN_THOUSAND_PERSONS, 2030, "고용 1.3만명 창출"),
					new PlanContent.Target(TargetSource.RELEASE_BODY, TargetMetric.JOBS_CREATED,
							new BigDecimal("13000"), MeasureUnit.PERSONS, null, "일자리 1만 3천 개")),
			List.of(new PlanContent.Task("스마트제조혁신", "스마트 제조혁신으로 일자리 창출",
					List.of(new PlanContent.Project(11L, "스마트공장 구축", "설명", Ministry.MSS, true,
							List.of(new YearBudget(2031, new BigDecimal("1000.0"), new BigDecimal("500"),
									BigDecimal.ZERO)),
							null)),
					List.of(new PlanContent.Point("인프라", "노후 기반 재정비")))),
			"추진단", List.of(new PlanContent.Point(null, "주력산업 정체")), 51, "본문 요약", "[거점산단] 창원");

	@Test
	void theCurrentFormatKeepsTheWholeContent() {
		PlanContent read = PlanSnapshots.read(PlanSnapshots.write(2031, "경상남도", CONTENT));
		assertThat(read.hub()).isEqualTo(CONTENT.hub());
		assertThat(read.linkedSites()).isEqualTo(CONTENT.linkedSites());
		assertThat(read.keyTasks().get(0).strategies()).isEqualTo(CONTENT.keyTasks().get(0).strategies());
		assertThat(read.targetComparison()).extracting(PlanContent.TargetComparison::agreement)
			.containsExactly(PlanContent.TargetComparison.Agreement.SAME);
		// figures in one form, whatever the scale of the column they came from
		assertThat(read.hubWeights().get(0).amount()).isEqualTo(new BigDecimal("39.2"));
		assertThat(read.keyTasks().get(0).projects().get(0).budgets().get(0).national())
			.isEqualTo(new BigDecimal("1000"));
		assertThat(read.sections()).isEqualTo(CONTENT.sections());
		assertThat(read.requestedBudget().total()).isEqualByComparingTo("1500");
	}

	@Test
	void aConfirmedCopyKeepsWhatWasFunded() {
		PlanContent confirmed = CONTENT.withFunding(Map.of(11L, new PlanContent.Funding("ADJUSTED", "감액",
				List.of(new YearBudget(2031, new BigDecimal("800"), BigDecimal.ZERO, BigDecimal.ZERO)))));
		PlanContent read = PlanSnapshots.read(PlanSnapshots.write(2031, "경상남도", confirmed));
		assertThat(read.isConfirmed()).isTrue();
		assertThat(read.confirmedBudget().total().total()).isEqualByComparingTo("800");
		assertThat(read.countFunded(true)).isOne();
	}

	@Test
	void aCopyOfTheFirstFormatReadsWithTheSameLines() {
		String first = """
				{"round": 2031, "regionName": "경상남도", "hubComplex": "창원국가산업단지",
				 "hubWeights": ["생산액 39.2조원(51%)"],
				 "linkedSites": [{"asWritten": "사천일반산단: 항공부품 공급기지", "name": "사천일반산단",
				                  "linkageFunction": "항공부품 공급기지", "kind": "COMPLEX"},
				                 {"asWritten": "에코델타시티: 실증", "name": "에코델타시티", "linkageFunction": "실증",
				                  "kind": "SMART_CITY"}],
				 "mainIndustries": ["기계산업"], "vision": "미래모빌리티 클러스터",
				 "targets": [{"metric": "JOBS_CREATED", "value": "1.3", "unit": "만명", "targetYear": 2030,
				              "asWritten": "고용 1.3만명 창출"}],
				 "projects": [{"task": "스마트제조혁신", "name": "스마트공장 구축", "description": "설명",
				               "leadMinistry": "MSS", "newlyProposed": true,
				               "budgets": [{"year": 2031, "national": "1000.0", "local": "500", "private": "0"}],
				               "asWritten": "스마트제조혁신 / 스마트공장 구축 (중소벤처기업부) 2031년 1,500백만원"}],
				 "governance": "추진단", "diagnoses": ["주력산업 정체"]}""";
		PlanContent read = PlanSnapshots.read(first);
		assertThat(read.sections()).isEqualTo(CONTENT.sections());
		assertThat(read.hub().name()).isEqualTo("창원국가산업단지");
		assertThat(read.planTargets().get(0).unit()).isEqualTo(MeasureUnit.TEN_THOUSAND_PERSONS);
		assertThat(read.requestedBudget().total()).isEqualByComparingTo("1500");
	}

}
