package kr.go.sandan.plan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A published plan as the public reads it, without its record: the facts the public may
 * know (round, region, the status its published decisions gave it, the day the last was
 * published, the district's period) and the copy of its last published decision.
 *
 * @param regionName the region's name as the plan was written under
 * @param status the status its published decisions gave it
 * @param content the copy of its last published decision (parsed once and kept)
 */
public record PublishedPlan(long id, long roundId, int roundYear, int roundOrdinal, long regionId, String regionCode,
		int regionPosition, String regionName, @Nullable PlanStatus status, LocalDate publishedOn,
		@Nullable LocalDate districtStart, @Nullable LocalDate districtEnd, PlanContent content) {

	/** Whether it was designated as a district: now, or before its period ended. */
	public boolean designated() {
		return this.status != null && this.status.isDesignated();
	}

}
