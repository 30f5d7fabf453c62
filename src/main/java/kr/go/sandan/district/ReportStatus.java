package kr.go.sandan.district;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an annual report stands, and the one table of moves between the states: the
 * region drafts and submits; the ministry sends it back (the region then resubmits) or
 * accepts it. An accepted report is final.
 */
public enum ReportStatus {

	/** Being written by the region. */
	DRAFT,
	/** Submitted and locked; a version is kept. */
	SUBMITTED,
	/** Sent back with a comment; the region revises and resubmits. */
	REVISION_REQUESTED,
	/** Accepted by the ministry: final. */
	ACCEPTED;

	private static final Map<ReportStatus, Set<ReportStatus>> MOVES = Map.of(DRAFT, EnumSet.of(SUBMITTED), SUBMITTED,
			EnumSet.of(REVISION_REQUESTED, ACCEPTED), REVISION_REQUESTED, EnumSet.of(SUBMITTED), ACCEPTED,
			EnumSet.noneOf(ReportStatus.class));

	/** Whether a report in this state may move to {@code next}. */
	public boolean canMoveTo(ReportStatus next) {
		return MOVES.get(this).contains(next);
	}

	/** Whether the region may change the report's content. */
	public boolean isEditable() {
		return this == DRAFT || this == REVISION_REQUESTED;
	}

}
