package kr.go.sandan.decision;

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

import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.round.CommitteeMeeting;

/** What a committee meeting decided on one plan, and why. Never changed once recorded. */
@Entity
@Table(name = "committee_decision")
class CommitteeDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private CommitteeMeeting meeting;

	private long planId;

	@Enumerated(EnumType.STRING)
	private PlanStatus outcome;

	private String rationale;

	protected CommitteeDecision() {
	}

	CommitteeDecision(CommitteeMeeting meeting, long planId, PlanStatus outcome, String rationale) {
		if (rationale == null || rationale.isBlank()) {
			throw new IllegalArgumentException("a decision needs its rationale");
		}
		this.meeting = meeting;
		this.planId = planId;
		this.outcome = outcome;
		this.rationale = rationale.strip();
	}

	long getPlanId() {
		return this.planId;
	}

	PlanStatus getOutcome() {
		return this.outcome;
	}

	String getRationale() {
		return this.rationale;
	}

}
