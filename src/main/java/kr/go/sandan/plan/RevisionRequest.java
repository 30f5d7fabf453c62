package kr.go.sandan.plan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** The ministry's request to revise a submitted version, with a comment per section. */
@Entity
@Table(name = "plan_revision_request")
public class RevisionRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private InnovationPlan plan;

	private int versionNumber;

	private Instant requestedAt;

	private String requestedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "plan_revision_comment", joinColumns = @JoinColumn(name = "request_id"))
	@MapKeyColumn(name = "section")
	@Column(name = "comment")
	private Map<String, String> comments = new LinkedHashMap<>();

	@ElementCollection
	@CollectionTable(name = "plan_revision_project_comment", joinColumns = @JoinColumn(name = "request_id"))
	@jakarta.persistence.OrderColumn(name = "position")
	private java.util.List<ProjectComment> projectComments = new java.util.ArrayList<>();

	protected RevisionRequest() {
	}

	RevisionRequest(InnovationPlan plan, int versionNumber, Instant requestedAt, String requestedBy,
			Map<String, String> comments, java.util.List<ProjectComment> projectComments) {
		this.plan = plan;
		this.versionNumber = versionNumber;
		this.requestedAt = requestedAt;
		this.requestedBy = requestedBy;
		this.comments = new LinkedHashMap<>(comments);
		this.projectComments = new java.util.ArrayList<>(projectComments);
	}

	/** Consulting feedback per requested project, in the plan's order. */
	public java.util.List<ProjectComment> getProjectComments() {
		return this.projectComments;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	/** Comments by section (the completeness section names, plus {@code general}). */
	public Map<String, String> getComments() {
		return this.comments;
	}

}
