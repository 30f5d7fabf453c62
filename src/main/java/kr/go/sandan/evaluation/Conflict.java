package kr.go.sandan.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An evaluator excluded from a plan, and why. Never removed: exclusion is for good. */
@Entity
@Table(name = "evaluation_conflict")
class Conflict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "panel_id")
	private EvaluationPanel panel;

	private long accountId;

	private long planId;

	@Enumerated(EnumType.STRING)
	private ConflictReason reason;

	private String detail;

	private Instant recordedAt;

	protected Conflict() {
	}

	Conflict(EvaluationPanel panel, long accountId, long planId, ConflictReason reason, String detail,
			Instant recordedAt) {
		this.panel = panel;
		this.accountId = accountId;
		this.planId = planId;
		this.reason = reason;
		this.detail = detail;
		this.recordedAt = recordedAt;
	}

	long getAccountId() {
		return this.accountId;
	}

	long getPlanId() {
		return this.planId;
	}

	ConflictReason getReason() {
		return this.reason;
	}

	String getDetail() {
		return this.detail;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

}
