package kr.go.sandan.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where a plan stands in the program, and the one table of the moves between those
 * states. Every change of a plan's status goes through {@link #canMoveTo(PlanStatus)};
 * pages show the buttons of the moves this table allows.
 *
 * <pre>
 * DRAFT → SUBMITTED → UNDER_EVALUATION → PRELIMINARILY_SELECTED → CONFIRMED → DESIGNATED → COMPLETED
 *           ↕ REVISION_REQUESTED ↔ REVISED ↗            ↘ NOT_SELECTED
 * WITHDRAWN from any open state
 * </pre>
 */
public enum PlanStatus {

	/** 작성 중. */
	DRAFT,
	/** 예비접수 (submitted to a call). */
	SUBMITTED,
	/** 평가 중. */
	UNDER_EVALUATION,
	/** 예비선정. */
	PRELIMINARILY_SELECTED,
	/** 미선정. */
	NOT_SELECTED,
	/** 보완 요청. */
	REVISION_REQUESTED,
	/** 보완 제출. */
	REVISED,
	/** 최종 확정. */
	CONFIRMED,
	/** 경쟁력강화사업지구 지정. */
	DESIGNATED,
	/** 사업 완료. */
	COMPLETED,
	/** 철회. */
	WITHDRAWN;

	private static final Map<PlanStatus, Set<PlanStatus>> MOVES = new EnumMap<>(PlanStatus.class);

	static {
		MOVES.put(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN));
		MOVES.put(SUBMITTED, EnumSet.of(UNDER_EVALUATION, REVISION_REQUESTED, WITHDRAWN));
		MOVES.put(UNDER_EVALUATION, EnumSet.of(PRELIMINARILY_SELECTED, NOT_SELECTED, WITHDRAWN));
		MOVES.put(PRELIMINARILY_SELECTED, EnumSet.of(REVISION_REQUESTED, CONFIRMED, WITHDRAWN));
		MOVES.put(REVISION_REQUESTED, EnumSet.of(REVISED, WITHDRAWN));
		// a revised plan goes back to evaluation before selection, or on to confirmation
		// after
		MOVES.put(REVISED, EnumSet.of(UNDER_EVALUATION, REVISION_REQUESTED, CONFIRMED, WITHDRAWN));
		MOVES.put(CONFIRMED, EnumSet.of(DESIGNATED, WITHDRAWN));
		MOVES.put(DESIGNATED, EnumSet.of(COMPLETED, WITHDRAWN));
		MOVES.put(NOT_SELECTED, EnumSet.noneOf(PlanStatus.class));
		MOVES.put(COMPLETED, EnumSet.noneOf(PlanStatus.class));
		MOVES.put(WITHDRAWN, EnumSet.noneOf(PlanStatus.class));
	}

	/** The states a plan in this state may move to. */
	public Set<PlanStatus> next() {
		return Collections.unmodifiableSet(MOVES.get(this));
	}

	public boolean canMoveTo(PlanStatus target) {
		return MOVES.get(this).contains(target);
	}

	/** Whether the plan's story goes on (it can still move). */
	public boolean isOpen() {
		return !MOVES.get(this).isEmpty();
	}

	/** The status of the name as the database keeps it; {@code null} for none. */
	public static @Nullable PlanStatus ofNullable(@Nullable String name) {
		return (name != null) ? valueOf(name) : null;
	}

	/**
	 * Whether its region may still write the plan: a draft, or sent back for revision.
	 */
	public boolean isEditable() {
		return this == DRAFT || this == REVISION_REQUESTED;
	}

	/** Designated as a district: now, or before its period ended. */
	public boolean isDesignated() {
		return this == DESIGNATED || this == COMPLETED;
	}

	/** Selected in some form: what the public pages list as the round's regions. */
	public boolean isSelected() {
		return this == PRELIMINARILY_SELECTED || this == REVISION_REQUESTED || this == REVISED || this == CONFIRMED
				|| this == DESIGNATED || this == COMPLETED;
	}

}
