package kr.go.sandan.district;

import java.time.LocalDate;
import java.util.List;

/**
 * The recommendations a district's report must answer: those of the published annual
 * evaluations of its earlier district years, due in or before the year the report is
 * about. Owned here and implemented by the annual evaluation (which depends on this
 * package, not the other way round).
 */
public interface RecommendationsToAnswer {

	/**
	 * The published recommendations addressed to the district that the report of
	 * {@code year} answers, oldest evaluation first, in the order the ministry wrote
	 * them.
	 */
	List<Recommendation> of(long planId, DistrictYear year);

	/**
	 * A recommendation as the region reads it.
	 *
	 * @param id the recommendation
	 * @param evaluationYear the year of the annual evaluation that made it
	 * @param text what the ministry recommends
	 * @param dueOn by when
	 */
	record Recommendation(long id, int evaluationYear, String text, LocalDate dueOn) {
	}

}
