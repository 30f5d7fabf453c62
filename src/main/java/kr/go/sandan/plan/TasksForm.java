package kr.go.sandan.plan;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import kr.go.sandan.web.FieldLabel;

/** The plan's key tasks (중점과제), in order; a blank row is a task to remove. */
class TasksForm extends RowsForm<TasksForm.Row> {

	/** The most key tasks a plan has. */
	static final int MAX_ROWS = 20;

	static TasksForm of(InnovationPlan plan) {
		TasksForm form = new TasksForm();
		for (KeyTask task : plan.getKeyTasks()) {
			Row row = new Row();
			row.id = task.getId();
			row.name = task.getName();
			form.getRows().add(row);
		}
		form.setVersion(plan.getVersion());
		form.addBlankRows(SPARE_ROWS);
		return form;
	}

	@Override
	public int maxRows() {
		return MAX_ROWS;
	}

	@Override
	Row blankRow() {
		return new Row();
	}

	@Override
	boolean isBlank(Row row) {
		return row.name == null || row.name.isBlank();
	}

	void check(BindingResult result) {
		checkRowCount(result);
	}

	/** The tasks to keep, in order: blank rows are left out (and so removed). */
	List<InnovationPlan.TaskName> names() {
		return getRows().stream()
			.filter((row) -> row != null && trimmed(row.name) != null)
			.map((row) -> new InnovationPlan.TaskName(row.id, row.name.trim()))
			.toList();
	}

	/** A key task: its id when it exists, and its name. */
	public static class Row {

		private Long id;

		@FieldLabel("plan.edit.task.name")
		@Size(max = 200)
		private String name = "";

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

}
