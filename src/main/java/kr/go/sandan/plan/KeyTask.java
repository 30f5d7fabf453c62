package kr.go.sandan.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * A key task (중점과제) of a plan with its main requested projects and its strategies. The
 * release names a task once in the project table and sometimes differently above its
 * strategies; both are kept.
 */
@Entity
@Table(name = "plan_key_task")
public class KeyTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private InnovationPlan plan;

	private int position;

	private String name;

	private String strategyHeading;

	@OneToMany(mappedBy = "keyTask", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<RequestedProject> projects = new ArrayList<>();

	@OneToMany(mappedBy = "keyTask", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Strategy> strategies = new ArrayList<>();

	protected KeyTask() {
	}

	KeyTask(InnovationPlan plan, int position, DraftContent.Task task) {
		this.plan = plan;
		this.position = position;
		restate(task);
	}

	/**
	 * The task's name and projects as the region now writes them; rows change in place.
	 */
	void restate(DraftContent.Task task) {
		this.name = task.name();
		List<DraftContent.Project> wanted = task.projects();
		for (int i = 0; i < wanted.size(); i++) {
			if (i < this.projects.size()) {
				this.projects.get(i).restate(wanted.get(i));
			}
			else {
				this.projects.add(new RequestedProject(this, i + 1, wanted.get(i)));
			}
		}
		while (this.projects.size() > wanted.size()) {
			this.projects.remove(this.projects.size() - 1);
		}
	}

	public int getPosition() {
		return this.position;
	}

	InnovationPlan getPlan() {
		return this.plan;
	}

	public String getName() {
		return this.name;
	}

	/** The heading above the task's strategies, when the plan words it differently. */
	public String getStrategyHeading() {
		return this.strategyHeading;
	}

	public List<RequestedProject> getProjects() {
		return this.projects;
	}

	public List<Strategy> getStrategies() {
		return this.strategies;
	}

}
