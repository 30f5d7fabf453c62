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

	KeyTask(InnovationPlan plan, int position, String name) {
		this.plan = plan;
		this.position = position;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	void rename(String name) {
		this.name = name;
	}

	void placeAt(int position) {
		this.position = position;
	}

	/** A new requested project, listed last. */
	RequestedProject add(DraftContent.Project project) {
		RequestedProject added = new RequestedProject(this, this.projects.size() + 1, project);
		this.projects.add(added);
		return added;
	}

	/** Removes one of the task's projects; the others close up. */
	void remove(RequestedProject project) {
		this.projects.remove(project);
		for (int i = 0; i < this.projects.size(); i++) {
			this.projects.get(i).placeAt(i + 1);
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
