package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** What regional staff type on the plan's edit page; never bound to the entity. */
record DraftForm(@Size(max = 500) String vision, @Size(max = 500) String mainIndustries, Long hubComplexId,
		@Size(max = 1000) String governance, @Size(max = 10000) String diagnosis, @Valid List<TargetRow> targets,
		List<@Size(max = 200) String> tasks, @Valid List<ProjectRow> projects, @Size(max = 100) String newHubName,
		kr.go.sandan.complex.ComplexType newHubType, @Valid List<WeightRow> weights, @Valid List<SiteRow> sites,
		Long version) {

	/** Blank linked-site rows offered beyond the plan's own. */
	static final int SPARE_SITE_ROWS = 3;

	/** The hub's weight on one measure: an amount with its unit and/or a share in %. */
	record WeightRow(HubWeight.Measure measure, @jakarta.validation.constraints.PositiveOrZero BigDecimal amount,
			String unit,
			@jakarta.validation.constraints.DecimalMax("100") @jakarta.validation.constraints.PositiveOrZero BigDecimal share) {

		boolean isBlank() {
			return this.amount == null && this.share == null;
		}

	}

	/**
	 * A linked complex or area: {@code kind} is COMPLEX or a linked-area kind; a complex
	 * is chosen by id or named (then added), an area is named.
	 */
	record SiteRow(String kind, Long complexId, @Size(max = 100) String name,
			kr.go.sandan.complex.ComplexType complexType, @Size(max = 500) String linkage) {

		boolean isBlank() {
			return this.complexId == null && (this.name == null || this.name.isBlank())
					&& (this.linkage == null || this.linkage.isBlank());
		}

	}

	DraftForm {
		// the form always offers its task rows and at least one project row, also when
		// re-shown after a post that carried fewer
		List<String> taskRows = new ArrayList<>((tasks != null) ? tasks : List.of());
		while (taskRows.size() < TASK_ROWS) {
			taskRows.add("");
		}
		tasks = taskRows;
		List<ProjectRow> projectRows = new ArrayList<>((projects != null) ? projects : List.of());
		if (projectRows.isEmpty()) {
			projectRows.add(new ProjectRow(null, "", "", null, null, null));
		}
		projects = projectRows;
		targets = (targets != null) ? targets : new ArrayList<>();
		List<WeightRow> weightRows = new ArrayList<>();
		for (HubWeight.Measure measure : HubWeight.Measure.values()) {
			weightRows.add(
					(weights != null)
							? weights.stream()
								.filter((row) -> row != null && row.measure() == measure)
								.findFirst()
								.orElse(new WeightRow(measure, null, "", null))
							: new WeightRow(measure, null, "", null));
		}
		weights = weightRows;
		List<SiteRow> siteRows = new ArrayList<>((sites != null) ? sites : List.of());
		if (siteRows.isEmpty()) {
			siteRows.add(new SiteRow("COMPLEX", null, "", null, ""));
		}
		sites = siteRows;
	}

	/** Blank target rows offered beyond the plan's own. */
	static final int SPARE_TARGET_ROWS = 3;

	/** Key task rows offered. */
	static final int TASK_ROWS = 5;

	/** Blank project rows offered beyond the plan's own. */
	static final int SPARE_PROJECT_ROWS = 3;

	/** Years of budget asked per project: the round's year and the two after it. */
	static final int BUDGET_YEARS = 3;

	/** Sources of funds per year: national, local, private. */
	static final int SOURCES = 3;

	/**
	 * One requested project: the number of its key task, and its budget as
	 * {@code BUDGET_YEARS × SOURCES} amounts in 백만원 (year by year: national, local,
	 * private).
	 */
	record ProjectRow(Integer task, @Size(max = 200) String name, @Size(max = 2000) String description,
			Ministry leadMinistry, Boolean newlyProposed,
			List<@jakarta.validation.constraints.PositiveOrZero BigDecimal> amounts) {

		ProjectRow {
			// every row has all its amount cells, also when the browser sent none
			List<BigDecimal> padded = new ArrayList<>((amounts != null) ? amounts : List.of());
			while (padded.size() < BUDGET_YEARS * SOURCES) {
				padded.add(null);
			}
			amounts = padded;
		}

		boolean isBlank() {
			return this.task == null && (this.name == null || this.name.isBlank())
					&& (this.description == null || this.description.isBlank()) && this.leadMinistry == null
					&& (this.amounts == null || this.amounts.stream().allMatch((amount) -> amount == null));
		}

		BigDecimal amount(int index) {
			return (this.amounts == null || index >= this.amounts.size() || this.amounts.get(index) == null)
					? BigDecimal.ZERO : this.amounts.get(index);
		}

	}

	/** One target row; empty rows are ignored. */
	record TargetRow(TargetMetric metric, BigDecimal value, String unit, @Min(2000) @Max(2100) Integer targetYear,
			@Size(max = 200) String asWritten) {

		boolean isBlank() {
			return this.metric == null && this.value == null && this.targetYear == null
					&& (this.asWritten == null || this.asWritten.isBlank());
		}

	}

	static DraftForm of(InnovationPlan plan) {
		List<TargetRow> rows = new ArrayList<>(plan.getPlanTargets()
			.stream()
			.map((target) -> new TargetRow(target.getMetric(), plain(target.getValue()),
					(target.getUnit() != null) ? target.getUnit().symbol() : "", target.getTargetYear(),
					target.getAsWritten()))
			.toList());
		for (int i = 0; i < SPARE_TARGET_ROWS; i++) {
			rows.add(new TargetRow(null, null, "", null, ""));
		}
		int firstYear = plan.getRound().getYear();
		List<String> tasks = new ArrayList<>();
		List<ProjectRow> projects = new ArrayList<>();
		for (KeyTask task : plan.getKeyTasks()) {
			tasks.add(task.getName());
			for (RequestedProject project : task.getProjects()) {
				List<BigDecimal> amounts = new ArrayList<>();
				for (int y = 0; y < BUDGET_YEARS; y++) {
					int year = firstYear + y;
					YearBudget budget = project.getBudgets()
						.stream()
						.filter((b) -> b.year() == year)
						.findFirst()
						.orElse(null);
					amounts.add((budget != null) ? plain(budget.national()) : null);
					amounts.add((budget != null) ? plain(budget.local()) : null);
					amounts.add((budget != null) ? plain(budget.privateFunds()) : null);
				}
				projects.add(new ProjectRow(tasks.size(), project.getName(), project.getDescription(),
						project.getLeadMinistry(), project.getNewlyProposed(), amounts));
			}
		}
		while (tasks.size() < TASK_ROWS) {
			tasks.add("");
		}
		for (int i = 0; i < SPARE_PROJECT_ROWS; i++) {
			projects.add(blankProject());
		}
		List<WeightRow> weights = plan.getHubWeights()
			.stream()
			.map((weight) -> new WeightRow(weight.getMeasure(), plain(weight.getAmount()),
					(weight.getUnit() != null) ? weight.getUnit().symbol() : "", plain(weight.getSharePercent())))
			.toList();
		List<SiteRow> sites = new ArrayList<>(plan.getLinkedSites()
			.stream()
			.map((site) -> site.isComplex()
					? new SiteRow("COMPLEX", site.getComplex().getId(), "", null, site.getLinkageFunction())
					: new SiteRow(site.getArea().getKind().name(), null, site.getArea().getName(), null,
							site.getLinkageFunction()))
			.toList());
		for (int i = 0; i < SPARE_SITE_ROWS; i++) {
			sites.add(new SiteRow("COMPLEX", null, "", null, ""));
		}
		return new DraftForm(plan.getVision(), String.join(", ", plan.getMainIndustries()),
				(plan.getHubComplex() != null) ? plan.getHubComplex().getId() : null, plan.getGovernance(),
				String.join("\n", plan.getDiagnoses().stream().map(Diagnosis::getDescription).toList()), rows, tasks,
				projects, "", null, weights, sites, plan.getVersion());
	}

	/** 45000 as "45000", never "4.5E+4", when the form shows a stored number again. */
	static BigDecimal plain(BigDecimal value) {
		return (value != null) ? new BigDecimal(value.stripTrailingZeros().toPlainString()) : null;
	}

	private static ProjectRow blankProject() {
		List<BigDecimal> amounts = new ArrayList<>();
		for (int i = 0; i < BUDGET_YEARS * SOURCES; i++) {
			amounts.add(null);
		}
		return new ProjectRow(null, "", "", null, null, amounts);
	}

	List<ProjectRow> filledProjects() {
		return (this.projects == null) ? List.of()
				: this.projects.stream().filter((row) -> row != null && !row.isBlank()).toList();
	}

	List<TargetRow> filledTargets() {
		return (this.targets == null) ? List.of()
				: this.targets.stream().filter((row) -> row != null && !row.isBlank()).toList();
	}

	List<String> diagnosisPoints() {
		return lines(this.diagnosis, "\\R");
	}

	List<String> industries() {
		return lines(this.mainIndustries, "[,\\n]");
	}

	private static List<String> lines(String text, String separator) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split(separator)).map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * The content to save. A target written without its own sentence gets one made from
	 * its metric, value and unit (labels are the Korean ones).
	 */
	List<SiteRow> filledSites() {
		return this.sites.stream().filter((row) -> row != null && !row.isBlank()).toList();
	}

	DraftContent content(java.util.function.Function<String, String> label, int firstYear) {
		java.util.function.Function<TargetMetric, String> metricLabel = (metric) -> label
			.apply("plan.metric." + metric);
		List<DraftContent.Target> rows = filledTargets().stream().map((row) -> {
			MeasureUnit unit = (row.unit() == null || row.unit().isBlank()) ? null : MeasureUnit.ofSymbol(row.unit());
			String sentence = trimmed(row.asWritten());
			if (sentence == null) {
				sentence = metricLabel.apply(row.metric()) + ((row.value() != null)
						? " " + row.value().stripTrailingZeros().toPlainString() + ((unit != null) ? unit.symbol() : "")
						: "");
			}
			return new DraftContent.Target(row.metric(), row.value(), unit, row.targetYear(), sentence);
		}).toList();
		List<DraftContent.Task> tasks = new ArrayList<>();
		List<String> names = (this.tasks == null) ? List.of() : this.tasks;
		for (int t = 0; t < names.size(); t++) {
			String name = trimmed(names.get(t));
			if (name == null) {
				continue;
			}
			int number = t + 1;
			List<DraftContent.Project> projects = filledProjects().stream()
				.filter((row) -> row.task() != null && row.task() == number)
				.map((row) -> {
					List<YearBudget> budgets = new ArrayList<>();
					for (int y = 0; y < BUDGET_YEARS; y++) {
						YearBudget budget = new YearBudget(firstYear + y, row.amount(y * SOURCES),
								row.amount(y * SOURCES + 1), row.amount(y * SOURCES + 2));
						if (budget.total().signum() > 0) {
							budgets.add(budget);
						}
					}
					return new DraftContent.Project(row.name().trim(), trimmed(row.description()), row.leadMinistry(),
							row.newlyProposed(), budgets);
				})
				.toList();
			tasks.add(new DraftContent.Task(name, projects));
		}
		List<DraftContent.Weight> weights = this.weights.stream().filter((row) -> !row.isBlank()).map((row) -> {
			MeasureUnit unit = (row.amount() == null || row.unit() == null || row.unit().isBlank()) ? null
					: MeasureUnit.ofSymbol(row.unit());
			String sentence = label.apply("plan.weight." + row.measure())
					+ ((row.amount() != null) ? " " + row.amount().stripTrailingZeros().toPlainString()
							+ ((unit != null) ? unit.symbol() : "") : "")
					+ ((row.share() != null) ? "(" + row.share().stripTrailingZeros().toPlainString() + "%)" : "");
			return new DraftContent.Weight(row.measure(), row.amount(), unit, row.share(), sentence);
		}).toList();
		List<DraftContent.Site> sites = filledSites().stream()
			.map((row) -> new DraftContent.Site(row.kind(), row.complexId(), trimmed(row.name()), row.complexType(),
					trimmed(row.linkage())))
			.toList();
		DraftContent.NewComplex newHub = (this.hubComplexId == null && trimmed(this.newHubName) != null)
				? new DraftContent.NewComplex(this.newHubName.trim(), this.newHubType) : null;
		return new DraftContent(trimmed(this.vision), industries(), this.hubComplexId, trimmed(this.governance),
				diagnosisPoints(), rows, tasks, weights, sites, newHub);
	}

}
