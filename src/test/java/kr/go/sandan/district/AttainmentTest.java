package kr.go.sandan.district;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The attainment rule and district years, against hand-computed cases. */
class AttainmentTest {

	private static Attainment of(String target, String actual) {
		return Attainment.of((target != null) ? new BigDecimal(target) : null,
				(actual != null) ? new BigDecimal(actual) : null);
	}

	@Test
	void greenFromHundredAmberFromSeventyRedBelowGreyWithoutData() {
		assertThat(of("1000", "1100")).isEqualTo(new Attainment(new BigDecimal("110.0"), Attainment.Status.GREEN));
		assertThat(of("1000", "1000").status()).isEqualTo(Attainment.Status.GREEN);
		assertThat(of("1000", "999.99").percent()).isEqualByComparingTo("100.0"); // half
																					// up
		assertThat(of("1000", "999.4").status()).isEqualTo(Attainment.Status.AMBER);
		assertThat(of("3", "2.1")).isEqualTo(new Attainment(new BigDecimal("70.0"), Attainment.Status.AMBER));
		assertThat(of("3", "2")).isEqualTo(new Attainment(new BigDecimal("66.7"), Attainment.Status.RED));
		assertThat(of("1000", null).status()).isEqualTo(Attainment.Status.GREY);
		assertThat(of(null, "5").status()).isEqualTo(Attainment.Status.GREY);
		assertThat(of("0", "0").status()).isEqualTo(Attainment.Status.GREEN);
	}

	@Test
	void aDistrictHasUpToThreeYearsEndingOnItsLastDay() {
		var years = DistrictYear.of(LocalDate.of(2022, 7, 1), LocalDate.of(2025, 6, 30));
		assertThat(years).containsExactly(new DistrictYear(1, LocalDate.of(2022, 7, 1), LocalDate.of(2023, 6, 30)),
				new DistrictYear(2, LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30)),
				new DistrictYear(3, LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)));
		assertThat(years.get(0).defaultDue()).isEqualTo(LocalDate.of(2023, 8, 29));
		assertThat(DistrictYear.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 3, 31))).extracting(DistrictYear::end)
			.containsExactly(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 3, 31));
	}

	@Test
	void reportsMoveOnlyAlongTheTable() {
		for (ReportStatus from : ReportStatus.values()) {
			for (ReportStatus to : ReportStatus.values()) {
				boolean allowed = (from == ReportStatus.DRAFT && to == ReportStatus.SUBMITTED)
						|| (from == ReportStatus.SUBMITTED
								&& (to == ReportStatus.REVISION_REQUESTED || to == ReportStatus.ACCEPTED))
						|| (from == ReportStatus.REVISION_REQUESTED && to == ReportStatus.SUBMITTED);
				assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
			}
		}
	}

}
