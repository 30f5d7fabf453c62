package kr.go.sandan.plan;

import java.time.Instant;
import java.util.List;

/**
 * A plan of a call as the ministry's overview and its Excel export show it.
 *
 * @param missing the sections a submission still lacks
 * @param hubChangedAfterSelection when a selected plan last changed its hub complex, or
 * {@code null}
 */
public record CallPlanRow(long planId, String regionName, int regionPosition, PlanStatus status, Instant submittedAt,
		int versions, List<String> missing, Instant hubChangedAfterSelection) {

	/** Filled sections out of all, e.g. 4 of 6. */
	public int completed() {
		return Completeness.SECTIONS.size() - this.missing.size();
	}

	public int sections() {
		return Completeness.SECTIONS.size();
	}

}
