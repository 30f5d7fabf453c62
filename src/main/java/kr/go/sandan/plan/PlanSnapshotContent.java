package kr.go.sandan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The JSON of a {@link PlanSnapshot}, mapped apart so that it is read only for copies not
 * parsed before ({@link PlanSnapshots#readMilestone}); the copies a page still needs load
 * together, one statement for up to {@value #BATCH} of them.
 */
@Entity
@Immutable
@Table(name = "plan_milestone")
@BatchSize(size = PlanSnapshotContent.BATCH)
class PlanSnapshotContent {

	static final int BATCH = 256;

	@Id
	private Long id;

	@JdbcTypeCode(SqlTypes.JSON)
	private String content;

	protected PlanSnapshotContent() {
	}

	Long getId() {
		return this.id;
	}

	String json() {
		return this.content;
	}

}
