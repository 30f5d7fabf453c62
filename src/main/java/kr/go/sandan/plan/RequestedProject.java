package kr.go.sandan.plan;

import jakarta.persistence.Entity;
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

	protected RequestedProject() {
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
