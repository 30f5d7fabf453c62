package kr.go.sandan.round;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An announced call as the home page, the notice board and the regions' work lists list
 * it: its round, its period, how many notices were posted on it and the latest (which
 * only the work lists show; read for every page by the same statement, through the
 * notices' index on their call). Read as a row, not as a record (issue 18: the calls'
 * entity query with their rounds and notices was a fifth of a fresh home page, and a
 * tenth of a region's {@code /me}).
 *
 * @param latestNotice the notice posted last, {@code null} when none was
 */
public record AnnouncedCall(long id, long roundId, int roundYear, int roundOrdinal, Instant opensAt, Instant closesAt,
		int noticeCount, @Nullable LatestNotice latestNotice) {

	/** The kind of the notice posted last, and when. */
	public record LatestNotice(CallNoticeKind kind, Instant postedAt) {
	}

	/** Where the call stands now: before, in or after its period. */
	public CallPhase phase(Instant now) {
		return CallPhase.ofAnnounced(this.opensAt, this.closesAt, now);
	}

	/**
	 * When the phase next changes by itself (the opening or the deadline), or
	 * {@code null} when it no longer will.
	 */
	public @Nullable Instant nextPhaseChange(Instant now) {
		return CallPhase.nextChangeOfAnnounced(this.opensAt, this.closesAt, now);
	}

}
