package kr.go.sandan.decision;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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

import kr.go.sandan.plan.Ministry;
import kr.go.sandan.plan.PlanProjects.ProjectLine;
import kr.go.sandan.plan.YearBudget;
import kr.go.sandan.round.CommitteeMeeting;

/**
 * The final confirmation's outcome for one requested project, with the budget it
 * confirms, kept as decided: later edits of the plan never change it.
 */
@Entity
@Table(name = "project_outcome")
class ProjectOutcome {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private CommitteeMeeting meeting;

	private long planId;

	private long projectId;

	@Enumerated(EnumType.STRING)
	private ProjectDecision outcome;

	@Enumerated(EnumType.STRING)
	private Ministry leadMinistry;

	private String note;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "project_outcome_budget", joinColumns = @JoinColumn(name = "outcome_id"))
	private List<YearBudget> budgets = new ArrayList<>();

	protected ProjectOutcome() {
	}

	/**
	 * The outcome of a project: approved keeps the requested budget, adjusted takes the
	 * given one (required), rejected confirms nothing.
	 */
	ProjectOutcome(CommitteeMeeting meeting, ProjectLine project, ProjectDecision outcome, List<YearBudget> adjusted,
			String note) {
		this.meeting = meeting;
		this.planId = project.planId();
		this.projectId = project.projectId();
		this.outcome = outcome;
		this.leadMinistry = project.leadMinistry();
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		switch (outcome) {
			case APPROVED -> this.budgets.addAll(project.budgets());
			case ADJUSTED -> {
				if (adjusted == null || adjusted.isEmpty()) {
					throw new IllegalArgumentException("an adjusted project needs its budget");
				}
				this.budgets.addAll(adjusted);
			}
			case REJECTED -> {
			}
		}
	}

	long getPlanId() {
		return this.planId;
	}

	long getProjectId() {
		return this.projectId;
	}

	ProjectDecision getOutcome() {
		return this.outcome;
	}

	Ministry getLeadMinistry() {
		return this.leadMinistry;
	}

	String getNote() {
		return this.note;
	}

	List<YearBudget> getBudgets() {
		return this.budgets;
	}

}
