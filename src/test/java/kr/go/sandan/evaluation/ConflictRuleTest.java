package kr.go.sandan.evaluation;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conflicts of interest the portal finds on its own, on the regions' names as the
 * migrations hold them (V2, V30): current and former full names, short names, 시·군.
 */
class ConflictRuleTest {

	static final long GWANGJU = 5;

	static final long DAEJEON = 6;

	static final long GYEONGGI = 9;

	static final long GANGWON = 10;

	static final long JEONBUK = 13;

	static final long GYEONGBUK = 15;

	static final long GYEONGNAM = 16;

	static final long DAEGU = 3;

	final ConflictRule rule = new ConflictRule(
			List.of(new ConflictRule.Place(DAEGU, Set.of("대구광역시"), Set.of("대구"), Set.of("달성군", "군위군")),
					new ConflictRule.Place(GWANGJU, Set.of("광주광역시"), Set.of("광주"), Set.of()),
					new ConflictRule.Place(DAEJEON, Set.of("대전광역시"), Set.of("대전"), Set.of()),
					new ConflictRule.Place(GYEONGGI, Set.of("경기도"), Set.of("경기"), Set.of("수원시", "광주시", "가평군")),
					new ConflictRule.Place(GANGWON, Set.of("강원도", "강원특별자치도"), Set.of("강원"), Set.of("춘천시", "고성군")),
					new ConflictRule.Place(JEONBUK, Set.of("전라북도", "전북특별자치도"), Set.of("전북"), Set.of("군산시", "전주시")),
					new ConflictRule.Place(GYEONGBUK, Set.of("경상북도"), Set.of("경북"), Set.of("구미시")),
					new ConflictRule.Place(GYEONGNAM, Set.of("경상남도"), Set.of("경남"), Set.of("창원시", "고성군"))));

	@Test
	void aFormerFullNameInTheAffiliationExcludes() {
		assertThat(this.rule.regionsNamedBy("전라북도경제통상진흥원")).containsExactly(JEONBUK);
		assertThat(this.rule.regionsNamedBy("전북특별자치도청 산업정책과")).containsExactly(JEONBUK);
		assertThat(this.rule.regionsNamedBy("강원도청")).containsExactly(GANGWON);
	}

	@Test
	void aShortNameAtTheStartOfAWordExcludes() {
		assertThat(this.rule.regionsNamedBy("경남테크노파크")).containsExactly(GYEONGNAM);
		assertThat(this.rule.regionsNamedBy("(재)경남테크노파크")).containsExactly(GYEONGNAM);
		assertThat(this.rule.regionsNamedBy("한국산업단지공단 광주지역본부")).containsExactly(GWANGJU);
		assertThat(this.rule.regionsNamedBy("광주과학기술원")).containsExactly(GWANGJU);
		assertThat(this.rule.regionsNamedBy("대구경북과학기술원")).containsExactlyInAnyOrder(DAEGU, GYEONGBUK);
	}

	@Test
	void aSameNamedCityOfAnotherRegionDoesNotExclude() {
		assertThat(this.rule.regionsNamedBy("경기도 광주시청")).containsExactly(GYEONGGI);
		assertThat(this.rule.regionsNamedBy("경기도광주시청")).containsExactly(GYEONGGI);
		assertThat(this.rule.reasons(new ConflictRule.Evaluator(null, null, "경기도 광주시청"), GWANGJU)).isEmpty();
	}

	@Test
	void aShortNameInsideAnotherWordIsNoName() {
		assertThat(this.rule.regionsNamedBy("산업대전환연구소")).isEmpty();
		assertThat(this.rule.regionsNamedBy("서울대학교 산학협력단")).isEmpty();
	}

	@Test
	void aCityOrCountyNamesItsRegion() {
		assertThat(this.rule.regionsNamedBy("창원시청")).containsExactly(GYEONGNAM);
		assertThat(this.rule.regionsNamedBy("구미시 산업단지과")).containsExactly(GYEONGBUK);
		assertThat(this.rule.regionsNamedBy("경상남도 고성군청")).containsExactly(GYEONGNAM);
	}

	@Test
	void anAmbiguousCityAloneExcludesFromEveryRegionItMayMean() {
		assertThat(this.rule.regionsNamedBy("고성군청")).containsExactlyInAnyOrder(GANGWON, GYEONGNAM);
		// 광주광역시 is called 광주시 too
		assertThat(this.rule.regionsNamedBy("광주시청")).containsExactlyInAnyOrder(GYEONGGI, GWANGJU);
	}

	@Test
	void ownRegionOfAnyRoleAndHomeRegionExclude() {
		assertThat(this.rule.reasons(new ConflictRule.Evaluator(GYEONGGI, null, null), GYEONGGI))
			.containsExactly(ConflictReason.OWN_REGION);
		assertThat(this.rule.reasons(new ConflictRule.Evaluator(null, JEONBUK, "서울대학교"), JEONBUK))
			.containsExactly(ConflictReason.HOME_REGION);
		assertThat(this.rule.reasons(new ConflictRule.Evaluator(GYEONGNAM, GYEONGNAM, "경남테크노파크"), GYEONGNAM))
			.containsExactly(ConflictReason.OWN_REGION, ConflictReason.HOME_REGION, ConflictReason.AFFILIATION);
		assertThat(this.rule.reasons(new ConflictRule.Evaluator(GYEONGNAM, null, "경남테크노파크"), GYEONGGI)).isEmpty();
	}

}
