package kr.go.sandan.annual;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How a district says it followed a recommendation of an earlier annual evaluation, as
 * the report version the committee reads holds it (versions submitted before reports
 * answered recommendations hold none).
 *
 * @param evaluationYear the year of the evaluation that made the recommendation
 * @param recommendation what was recommended
 * @param dueOn by when
 * @param status {@code IMPLEMENTED}, {@code IN_PROGRESS} or {@code NOT_IMPLEMENTED}
 * @param explanation what the district did
 */
public record FollowUp(int evaluationYear, String recommendation, @Nullable LocalDate dueOn, String status,
		String explanation) {

	/**
	 * The follow-ups in a report version's content, in the order the region gave them.
	 */
	static List<FollowUp> of(Map<String, Object> report) {
		Object rows = report.get("recommendations");
		if (!(rows instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(Map.class::isInstance).map((row) -> {
			Map<?, ?> map = (Map<?, ?>) row;
			Object due = map.get("dueOn");
			return new FollowUp(Integer.parseInt(String.valueOf(map.get("evaluationYear"))),
					Objects.toString(map.get("recommendation"), ""),
					(due != null) ? LocalDate.parse(due.toString()) : null, Objects.toString(map.get("status"), ""),
					Objects.toString(map.get("explanation"), ""));
		}).toList();
	}

}
