package kr.go.sandan.district;

import java.util.List;
import java.util.Map;

/**
 * A district on the ministry's overview: its targets' progress and its reports by year.
 *
 * @param district the district
 * @param progress each target over the years
 * @param reports the reports by district year
 */
public record DistrictRow(DistrictViews.District district, List<TargetProgress> progress,
		Map<Integer, DistrictViews.Report> reports) {

	/** How many target-years have the attainment status ({@code GREEN}, …). */
	public long count(String status) {
		return this.progress.stream()
			.flatMap((p) -> p.years().stream())
			.filter((c) -> c.attainment().status().name().equals(status))
			.count();
	}

}
