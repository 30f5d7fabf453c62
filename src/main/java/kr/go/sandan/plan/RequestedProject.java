package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OrderBy;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A project a region requests under a key task (신청 사업, 시·도 요구). */
@Entity
@Table(name = "plan_requested_project")
public class RequestedProject {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "key_task_id")
	private KeyTask keyTask;

	private int position;

	private String name;

	private Boolean newlyProposed;

	private String description;

	@Enumerated(EnumType.STRING)
	private Ministry leadMinistry;

	@ElementCollection
	@CollectionTable(name = "plan_project_budget", joinColumns = @JoinColumn(name = "project_id"))
	@OrderBy("year")
	private List<YearBudget> budgets = new ArrayList<>();

	protected RequestedProject() {
	}

	RequestedProject(KeyTask keyTask, int position, DraftContent.Project project) {
		this.keyTask = keyTask;
		this.position = position;
		restate(project);
	}

	void restate(DraftContent.Project project) {
		this.name = project.name();
		this.description = project.description();
		this.leadMinistry = project.leadMinistry();
		this.newlyProposed = project.newlyProposed();
		this.budgets.clear();
		this.budgets.addAll(project.budgets());
	}

	void placeAt(int position) {
		this.position = position;
	}

	public int getPosition() {
		return this.position;
	}

	/** The project's request in a year, all sources; zero when it has none. */
	public BigDecimal totalIn(int year) {
		return this.budgets.stream()
			.filter((budget) -> budget.year() == year)
			.map(YearBudget::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The project's whole request. */
	public BigDecimal total() {
		return this.budgets.stream().map(YearBudget::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public String getDescription() {
		return this.description;
	}

	public Ministry getLeadMinistry() {
		return this.leadMinistry;
	}

	/** The requested budget by year (empty for the release's plans, which give none). */
	public List<YearBudget> getBudgets() {
		return this.budgets;
	}

	public Long getId() {
		return this.id;
	}

	KeyTask getKeyTask() {
		return this.keyTask;
	}

	public String getName() {
		return this.name;
	}

	/**
	 * {@code true} for a project marked 신규; {@code null} where the source does not say.
	 */
	public Boolean getNewlyProposed() {
		return this.newlyProposed;
	}

}
