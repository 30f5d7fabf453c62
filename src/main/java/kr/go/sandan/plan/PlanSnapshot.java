package kr.go.sandan.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A milestone of a plan read as an entity, so that a page reads the plan and the copy the
 * public may see in one query. Written by {@link PlanMilestones} only; never changed (the
 * database refuses it too).
 * <p>
 * The copy itself (tens of kilobytes of JSON) is read only when it has not been parsed
 * before: {@link PlanSnapshots} keeps parsed copies by milestone, and the JSON is a lazy
 * {@link PlanSnapshotContent} whose copies not yet kept load in one batch. A page listing
 * every published plan (dashboard, map, plan search, open data) reads the plans and their
 * milestones' ids, not 1.6 MB of JSON at every render (issue 18).
 */
@Entity
@Immutable
@Table(name = "plan_milestone")
class PlanSnapshot {

	@Id
	private Long id;

	@Column(name = "plan_id")
	private long planId;

	@Enumerated(EnumType.STRING)
	private PlanStatus kind;

	private Instant takenAt;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "id", insertable = false, updatable = false)
	private PlanSnapshotContent stored;

	protected PlanSnapshot() {
	}

	Long getId() {
		return this.id;
	}

	PlanStatus getKind() {
		return this.kind;
	}

	Instant getTakenAt() {
		return this.takenAt;
	}

	PlanContent read() {
		return PlanSnapshots.readMilestone(this.id, () -> this.stored.json());
	}

}
