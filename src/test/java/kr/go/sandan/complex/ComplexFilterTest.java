package kr.go.sandan.complex;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complexes list reads what it is asked for as the dashboard does: known values as
 * people write them, unknown ones left out and named, pages past either end the nearest.
 */
class ComplexFilterTest {

	private static final List<String> REGIONS = List.of("SEOUL", "JEONBUK", "GYEONGNAM");

	@Test
	void knownValuesAreReadAsPeopleWriteThem() {
		ComplexFilter filter = ComplexFilter.read(" gyeongnam ", "urban_high_tech", "No", " 3 ", REGIONS);
		assertThat(filter).isEqualTo(new ComplexFilter("GYEONGNAM", ComplexType.URBAN_HIGH_TECH, false, 3, List.of()));
		assertThat(ComplexFilter.read(null, "", "", "", REGIONS))
			.isEqualTo(new ComplexFilter(null, null, null, 1, List.of()));
		assertThat(ComplexFilter.read(null, null, "1", null, REGIONS).smartGreen()).isTrue();
	}

	@Test
	void unknownValuesAreLeftOutAndNamedInTheFormsOrder() {
		ComplexFilter filter = ComplexFilter.read("atlantis", "SPACEPORT", "maybe", "abc", REGIONS);
		assertThat(filter).isEqualTo(new ComplexFilter(null, null, null, 1, List.of("complexes.filter.region",
				"complexes.filter.type", "complexes.filter.smartGreen", "complexes.filter.page")));
		assertThat(ComplexFilter.read(null, "NATIONAL\u0000", null, "1,000", REGIONS).ignored())
			.containsExactly("complexes.filter.type", "complexes.filter.page");
	}

	@Test
	void pagesBelowTheFirstAreTheFirstAndLargeOnesTheLargest() {
		assertThat(ComplexFilter.read(null, null, null, "0", REGIONS).page()).isEqualTo(1);
		assertThat(ComplexFilter.read(null, null, null, "-7", REGIONS).page()).isEqualTo(1);
		assertThat(ComplexFilter.read(null, null, null, "99999999999999999999", REGIONS).page())
			.isEqualTo(Integer.MAX_VALUE);
		assertThat(ComplexFilter.read(null, null, null, "2147483648", REGIONS).ignored()).isEmpty();
		// leading zeros as people type them
		assertThat(ComplexFilter.read(null, null, null, "0000000003", REGIONS).page()).isEqualTo(3);
		assertThat(ComplexFilter.read(null, null, null, "000", REGIONS).page()).isEqualTo(1);
	}

}
