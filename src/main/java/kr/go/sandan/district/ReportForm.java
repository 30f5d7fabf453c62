package kr.go.sandan.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import kr.go.sandan.web.FieldLabel;

/**
 * A district year's report as the region writes it: the actual of each target with its
 * source, the progress of each key task and of each confirmed requested project, and a
 * narrative; the report's version travels with it.
 */
public class ReportForm {

	/** Task progress a region may state. */
	public enum TaskStatus {

		NOT_STARTED, ON_TRACK, DELAYED, DONE

	}

	private Long version;

	@FieldLabel("district.report.narrative")
	@Size(max = 4000)
	private String narrative;

	@Valid
	private List<ActualRow> actuals = new ArrayList<>();

	@Valid
	private List<TaskRow> tasks = new ArrayList<>();

	@Valid
	private List<ProjectRow> projects = new ArrayList<>();

	@Valid
	private List<RecommendationRow> recommendations = new ArrayList<>();

	static ReportForm of(List<DistrictViews.Target> targets, List<DistrictViews.Actual> actuals,
			List<DistrictViews.Task> tasks, List<DistrictViews.Project> projects, List<DistrictViews.Answer> answers,
			DistrictViews.Report report) {
		ReportForm form = new ReportForm();
		form.version = (report != null) ? report.version() : 0L;
		form.narrative = (report != null) ? report.narrative() : null;
		for (DistrictViews.Target target : targets) {
			ActualRow row = new ActualRow();
			row.targetId = target.id();
			for (DistrictViews.Actual actual : actuals) {
				if (actual.targetId() == target.id()) {
					row.value = actual.value();
					row.source = actual.source();
				}
			}
			form.actuals.add(row);
		}
		for (DistrictViews.Task task : tasks) {
			TaskRow row = new TaskRow();
			row.taskId = task.id();
			row.status = (task.status() != null) ? TaskStatus.valueOf(task.status()) : null;
			row.progress = task.progress();
			form.tasks.add(row);
		}
		for (DistrictViews.Project project : projects) {
			ProjectRow row = new ProjectRow();
			row.projectId = project.id();
			row.status = (project.status() != null) ? TaskStatus.valueOf(project.status()) : null;
			row.progress = project.progress();
			form.projects.add(row);
		}
		for (DistrictViews.Answer answer : answers) {
			RecommendationRow row = new RecommendationRow();
			row.recommendationId = answer.recommendationId();
			row.status = (answer.status() != null) ? RecommendationStatus.valueOf(answer.status()) : null;
			row.explanation = answer.explanation();
			form.recommendations.add(row);
		}
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getNarrative() {
		return this.narrative;
	}

	public void setNarrative(String narrative) {
		this.narrative = narrative;
	}

	public List<ActualRow> getActuals() {
		return this.actuals;
	}

	public void setActuals(List<ActualRow> actuals) {
		this.actuals = actuals;
	}

	public List<TaskRow> getTasks() {
		return this.tasks;
	}

	public void setTasks(List<TaskRow> tasks) {
		this.tasks = tasks;
	}

	public List<ProjectRow> getProjects() {
		return this.projects;
	}

	public void setProjects(List<ProjectRow> projects) {
		this.projects = projects;
	}

	public List<RecommendationRow> getRecommendations() {
		return this.recommendations;
	}

	public void setRecommendations(List<RecommendationRow> recommendations) {
		this.recommendations = recommendations;
	}

	/** A target's actual for the year. */
	public static class ActualRow {

		@FieldLabel("district.target")
		private Long targetId;

		@FieldLabel("district.actual")
		@Digits(integer = 16, fraction = 4)
		private BigDecimal value;

		@FieldLabel("district.source")
		@Size(max = 200)
		private String source;

		public Long getTargetId() {
			return this.targetId;
		}

		public void setTargetId(Long targetId) {
			this.targetId = targetId;
		}

		public BigDecimal getValue() {
			return this.value;
		}

		public void setValue(BigDecimal value) {
			this.value = value;
		}

		public String getSource() {
			return this.source;
		}

		public void setSource(String source) {
			this.source = source;
		}

	}

	/** A key task's progress in the year. */
	public static class TaskRow {

		@FieldLabel("district.task")
		private Long taskId;

		@FieldLabel("district.taskStatus")
		private TaskStatus status;

		@FieldLabel("district.taskProgress")
		@Size(max = 2000)
		private String progress;

		public Long getTaskId() {
			return this.taskId;
		}

		public void setTaskId(Long taskId) {
			this.taskId = taskId;
		}

		public TaskStatus getStatus() {
			return this.status;
		}

		public void setStatus(TaskStatus status) {
			this.status = status;
		}

		public String getProgress() {
			return this.progress;
		}

		public void setProgress(String progress) {
			this.progress = progress;
		}

	}

	/** A confirmed requested project's progress in the year. */
	public static class ProjectRow {

		@FieldLabel("district.project")
		private Long projectId;

		@FieldLabel("district.projectStatus")
		private TaskStatus status;

		@FieldLabel("district.projectProgress")
		@Size(max = 2000)
		private String progress;

		public Long getProjectId() {
			return this.projectId;
		}

		public void setProjectId(Long projectId) {
			this.projectId = projectId;
		}

		public TaskStatus getStatus() {
			return this.status;
		}

		public void setStatus(TaskStatus status) {
			this.status = status;
		}

		public String getProgress() {
			return this.progress;
		}

		public void setProgress(String progress) {
			this.progress = progress;
		}

	}

	/**
	 * The district's answer to a recommendation of its annual evaluation: how far it was
	 * followed, and how.
	 */
	public static class RecommendationRow {

		@FieldLabel("district.recommendation")
		private Long recommendationId;

		@FieldLabel("district.recommendationStatus")
		private RecommendationStatus status;

		@FieldLabel("district.recommendationExplanation")
		@Size(max = 2000)
		private String explanation;

		public Long getRecommendationId() {
			return this.recommendationId;
		}

		public void setRecommendationId(Long recommendationId) {
			this.recommendationId = recommendationId;
		}

		public RecommendationStatus getStatus() {
			return this.status;
		}

		public void setStatus(RecommendationStatus status) {
			this.status = status;
		}

		public String getExplanation() {
			return this.explanation;
		}

		public void setExplanation(String explanation) {
			this.explanation = explanation;
		}

	}

}
