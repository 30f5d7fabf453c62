package kr.go.sandan.plan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import kr.go.sandan.round.CommitteeMeeting;

/** A step in a plan's history: the status it reached, when, and at which meeting. */
@Entity
public class PlanStatusEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private InnovationPlan plan;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	private LocalDate occurredOn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id")
	private CommitteeMeeting meeting;

	private String note;

	protected PlanStatusEvent() {
	}

	PlanStatusEvent(InnovationPlan plan, PlanStatus status, LocalDate occurredOn) {
		this(plan, status, occurredOn, null);
	}

	PlanStatusEvent(InnovationPlan plan, PlanStatus status, LocalDate occurredOn, String note) {
		this.plan = plan;
		this.status = status;
		this.occurredOn = occurredOn;
		this.note = note;
	}

	/**
	 * The committee meeting that made this change; the change dates from the meeting, not
	 * from the day it was recorded in the portal.
	 */
	void decidedAt(CommitteeMeeting meeting) {
		this.meeting = meeting;
		if (meeting.getHeldOn() != null) {
			this.occurredOn = meeting.getHeldOn();
		}
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	/**
	 * The day, where it is known (the release does not date the 2021 pre-submissions).
	 */
	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public CommitteeMeeting getMeeting() {
		return this.meeting;
	}

	public String getNote() {
		return this.note;
	}

}
