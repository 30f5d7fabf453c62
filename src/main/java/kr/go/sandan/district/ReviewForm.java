package kr.go.sandan.district;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import kr.go.sandan.web.FieldLabel;

/**
 * The ministry's review of a submitted report: a comment when it is sent back, and for
 * each actual verified or questioned with a reason the region reads; the report's version
 * travels with it.
 */
public class ReviewForm {

	/** The ministry's finding on an actual. */
	public enum Verification {

		VERIFIED, QUESTIONED

	}

	/** The sections of a report the ministry may comment on when it sends it back. */
	public enum Section {

		ACTUALS, TASKS, RECOMMENDATIONS, NARRATIVE, EVIDENCE

	}

	private Long version;

	@FieldLabel("district.review.comment")
	@Size(max = 2000)
	private String comment;

	@Size(max = 2000)
	private String actualsComment;

	@Size(max = 2000)
	private String tasksComment;

	@FieldLabel("district.review.recommendationsComment")
	@Size(max = 2000)
	private String recommendationsComment;

	@Size(max = 2000)
	private String narrativeComment;

	@Size(max = 2000)
	private String evidenceComment;

	/** The comment on one section, as typed. */
	String sectionComment(Section section) {
		return switch (section) {
			case ACTUALS -> this.actualsComment;
			case TASKS -> this.tasksComment;
			case RECOMMENDATIONS -> this.recommendationsComment;
			case NARRATIVE -> this.narrativeComment;
			case EVIDENCE -> this.evidenceComment;
		};
	}

	public String getActualsComment() {
		return this.actualsComment;
	}

	public void setActualsComment(String actualsComment) {
		this.actualsComment = actualsComment;
	}

	public String getTasksComment() {
		return this.tasksComment;
	}

	public void setTasksComment(String tasksComment) {
		this.tasksComment = tasksComment;
	}

	public String getRecommendationsComment() {
		return this.recommendationsComment;
	}

	public void setRecommendationsComment(String recommendationsComment) {
		this.recommendationsComment = recommendationsComment;
	}

	public String getNarrativeComment() {
		return this.narrativeComment;
	}

	public void setNarrativeComment(String narrativeComment) {
		this.narrativeComment = narrativeComment;
	}

	public String getEvidenceComment() {
		return this.evidenceComment;
	}

	public void setEvidenceComment(String evidenceComment) {
		this.evidenceComment = evidenceComment;
	}

	@Valid
	private List<Row> rows = new ArrayList<>();

	static ReviewForm of(List<DistrictViews.Actual> actuals, long version) {
		ReviewForm form = new ReviewForm();
		form.version = version;
		for (DistrictViews.Actual actual : actuals) {
			Row row = new Row();
			row.actualId = actual.id();
			row.verification = (actual.verification() != null) ? Verification.valueOf(actual.verification()) : null;
			row.reason = actual.questionReason();
			form.rows.add(row);
		}
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One actual's finding. */
	public static class Row {

		@FieldLabel("district.target")
		private Long actualId;

		@FieldLabel("district.verification")
		private Verification verification;

		@FieldLabel("district.review.reason")
		@Size(max = 1000)
		private String reason;

		public Long getActualId() {
			return this.actualId;
		}

		public void setActualId(Long actualId) {
			this.actualId = actualId;
		}

		public Verification getVerification() {
			return this.verification;
		}

		public void setVerification(Verification verification) {
			this.verification = verification;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
