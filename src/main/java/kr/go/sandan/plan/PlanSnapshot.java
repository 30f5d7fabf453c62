package kr.go.sandan.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A milestone of a plan read as an entity, so that a page reads the plan and the copy the
 * public may see in one query. Written by {@link PlanMilestones} only; never changed (the
 * database refuses it too).
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

	@JdbcTypeCode(SqlTypes.JSON)
	private String content;

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
		return PlanSnapshots.readMilestone(this.id, this.content);
	}

}
