package kr.go.sandan.district;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One year of a district's period: the first runs from the district's first day for a
 * year, the last ends on the district's last day. Its report is due, unless the ministry
 * sets another date, {@link #DEFAULT_DUE_DAYS} days after the year ends.
 *
 * @param number 1, 2 or 3
 * @param start first day
 * @param end last day
 */
public record DistrictYear(int number, LocalDate start, LocalDate end) {

	/** Days after the end of a district year its report is due by default. */
	public static final int DEFAULT_DUE_DAYS = 60;

	/** The years of a district from its first to its last day (at most three). */
	public static List<DistrictYear> of(LocalDate districtStart, LocalDate districtEnd) {
		List<DistrictYear> years = new ArrayList<>();
		for (int number = 1; number <= 3; number++) {
			LocalDate start = districtStart.plusYears(number - 1);
			if (start.isAfter(districtEnd)) {
				break;
			}
			LocalDate end = districtStart.plusYears(number).minusDays(1);
			if (number == 3 || end.isAfter(districtEnd)) {
				end = districtEnd;
			}
			years.add(new DistrictYear(number, start, end));
		}
		return years;
	}

	/** The default due date of this year's report. */
	public LocalDate defaultDue() {
		return this.end.plusDays(DEFAULT_DUE_DAYS);
	}

	/** The calendar year most of this district year falls in (its label). */
	public int label() {
		return this.start.plusMonths(6).getYear();
	}

}
