package kr.go.sandan.round;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Where a call stands, read from its announcement and its dates. */
public enum CallPhase {

	/** 준비 중: not announced yet; only ministry officers see it. */
	PREPARED,
	/** 접수 예정: announced, its period has not begun. */
	UPCOMING,
	/** 접수 중: regions may submit now. */
	OPEN,
	/** 마감: the deadline has passed (or the call was closed early). */
	CLOSED;

	/** The phase of an announced call with this period, now. */
	static CallPhase ofAnnounced(Instant opensAt, Instant closesAt, Instant now) {
		if (now.isBefore(opensAt)) {
			return UPCOMING;
		}
		return now.isBefore(closesAt) ? OPEN : CLOSED;
	}

	/**
	 * When the phase of an announced call with this period next changes by itself (the
	 * opening or the deadline), or {@code null} when it no longer will.
	 */
	static @Nullable Instant nextChangeOfAnnounced(Instant opensAt, Instant closesAt, Instant now) {
		if (!now.isBefore(closesAt)) {
			return null;
		}
		return now.isBefore(opensAt) ? opensAt : closesAt;
	}

}
