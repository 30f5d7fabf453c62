package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

import kr.go.sandan.web.ErrorLabels;
import kr.go.sandan.web.FieldLabel;

/**
 * One requested project (신청 사업): its key task, name, description, lead ministry, whether
 * it is new, and its requested budget as {@code BUDGET_YEARS × SOURCES} amounts in KRW
 * million (year by year: national, local, private).
 */
class ProjectForm extends SectionForm implements ErrorLabels.Labelled {

	/** Years of budget asked per project: the round's year and the two after it. */
	static final int BUDGET_YEARS = 3;

	/** Sources of funds per year: national, local, private. */
	static final int SOURCES = 3;

	@FieldLabel("plan.edit.project.task")
	private Long taskId;

	@FieldLabel("plan.edit.project.name")
	@NotBlank
	@Size(max = 200)
	private String name = "";

	@FieldLabel("plan.edit.project.description")
	@Size(max = 2000)
	private String description = "";

	@FieldLabel("plan.edit.project.ministry")
	private Ministry leadMinistry;

	@FieldLabel("plan.edit.project.kind")
	private Boolean newlyProposed;

	private List<@PositiveOrZero @Digits(integer = 13, fraction = 1) BigDecimal> amounts = new ArrayList<>();

	ProjectForm() {
		while (this.amounts.size() < BUDGET_YEARS * SOURCES) {
			this.amounts.add(null);
		}
	}

	static ProjectForm of(InnovationPlan plan, RequestedProject project) {
		ProjectForm form = new ProjectForm();
		form.taskId = project.getKeyTask().getId();
		form.name = project.getName();
		form.description = project.getDescription();
		form.leadMinistry = project.getLeadMinistry();
		form.newlyProposed = project.getNewlyProposed();
		int firstYear = plan.getRound().getYear();
		for (YearBudget budget : project.getBudgets()) {
			int y = budget.year() - firstYear;
			if (y >= 0 && y < BUDGET_YEARS) {
				form.amounts.set(y * SOURCES, budget.national());
				form.amounts.set(y * SOURCES + 1, budget.local());
				form.amounts.set(y * SOURCES + 2, budget.privateFunds());
			}
		}
		form.setVersion(plan.getVersion());
		return form;
	}

	/** A new project under the given task (or the first one). */
	static ProjectForm blank(InnovationPlan plan, Long taskId) {
		ProjectForm form = new ProjectForm();
		form.taskId = (taskId != null) ? taskId
				: plan.getKeyTasks().isEmpty() ? null : plan.getKeyTasks().get(0).getId();
		form.setVersion(plan.getVersion());
		return form;
	}

	void check(BindingResult result, InnovationPlan plan) {
		boolean known = this.taskId != null
				&& plan.getKeyTasks().stream().anyMatch((task) -> this.taskId.equals(task.getId()));
		if (!known && !result.hasFieldErrors("taskId")) {
			result.rejectValue("taskId", "plan.error.projectTask");
		}
	}

	/** An amount is named by its year of the plan and its source ("2차 연도 지방비"). */
	@Override
	public MessageSourceResolvable labelOf(String field) {
		java.util.regex.Matcher cell = java.util.regex.Pattern.compile("amounts\\[(\\d+)]").matcher(field);
		if (!cell.matches()) {
			return null;
		}
		int index = Integer.parseInt(cell.group(1));
		String source = switch (index % SOURCES) {
			case 0 -> "budget.national";
			case 1 -> "budget.local";
			default -> "budget.private";
		};
		return new DefaultMessageSourceResolvable(new String[] { "plan.edit.project.amountOfYear" },
				new Object[] { index / SOURCES + 1, new DefaultMessageSourceResolvable(source) });
	}

	/** The amount typed in cell {@code index}, zero when empty. */
	BigDecimal amount(int index) {
		return (index >= this.amounts.size() || this.amounts.get(index) == null) ? BigDecimal.ZERO
				: this.amounts.get(index);
	}

	/** The project to save; years with no amount are left out. */
	DraftContent.Project content(int firstYear) {
		List<YearBudget> budgets = new ArrayList<>();
		for (int y = 0; y < BUDGET_YEARS; y++) {
			YearBudget budget = new YearBudget(firstYear + y, amount(y * SOURCES), amount(y * SOURCES + 1),
					amount(y * SOURCES + 2));
			if (budget.total().signum() > 0) {
				budgets.add(budget);
			}
		}
		return new DraftContent.Project(this.name.trim(), trimmed(this.description), this.leadMinistry,
				this.newlyProposed, budgets);
	}

	/** The amounts typed, by year (each: national, local, private, total). */
	public List<BigDecimal> yearTotals() {
		List<BigDecimal> totals = new ArrayList<>();
		for (int y = 0; y < BUDGET_YEARS; y++) {
			totals.add(amount(y * SOURCES).add(amount(y * SOURCES + 1)).add(amount(y * SOURCES + 2)));
		}
		return totals;
	}

	public Long getTaskId() {
		return this.taskId;
	}

	public void setTaskId(Long taskId) {
		this.taskId = taskId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Ministry getLeadMinistry() {
		return this.leadMinistry;
	}

	public void setLeadMinistry(Ministry leadMinistry) {
		this.leadMinistry = leadMinistry;
	}

	public Boolean getNewlyProposed() {
		return this.newlyProposed;
	}

	public void setNewlyProposed(Boolean newlyProposed) {
		this.newlyProposed = newlyProposed;
	}

	public List<BigDecimal> getAmounts() {
		return this.amounts;
	}

	public void setAmounts(List<BigDecimal> amounts) {
		this.amounts = amounts;
	}

}
