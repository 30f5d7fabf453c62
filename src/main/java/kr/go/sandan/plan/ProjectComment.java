package kr.go.sandan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The ministry's consulting feedback on one requested project, named as it then was. */
@Embeddable
public class ProjectComment {

	@Column(name = "project_name")
	private String projectName;

	private String comment;

	protected ProjectComment() {
	}

	ProjectComment(String projectName, String comment) {
		this.projectName = projectName;
		this.comment = comment;
	}

	public String getProjectName() {
		return this.projectName;
	}

	public String getComment() {
		return this.comment;
	}

}
