package kr.go.sandan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One point of the regional diagnosis behind a plan (지역 진단). */
@Entity
@Table(name = "plan_diagnosis")
public class Diagnosis {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private InnovationPlan plan;

	private int position;

	private String title;

	private String description;

	protected Diagnosis() {
	}

	Diagnosis(InnovationPlan plan, int position, String description) {
		this.plan = plan;
		this.position = position;
		restate(description);
	}

	void restate(String description) {
		this.title = null;
		this.description = description;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

}
