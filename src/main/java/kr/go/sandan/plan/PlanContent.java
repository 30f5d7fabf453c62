package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What a plan says, as pages render it: the hub complex and what links to it, main
 * industries, vision and targets, key tasks with their requested projects and strategies,
 * governance, diagnosis, and what the release's body said of it. Built from the plan's
 * record ({@link #of(InnovationPlan)}: what its region and the ministry read while it is
 * drafted and reviewed) or read back from a frozen copy (a submitted version, a
 * milestone, the published decision: {@link PlanSnapshots}), so that the public,
 * evaluators and other regions read exactly what was submitted or decided.
 *
 * @param hub the hub complex, or {@code null}
 * @param hubWeightLabel 기여도 or 중요도, as the plan words the hub's weight
 * @param targets the plan's targets and, for the release's plans, those of the release's
 * body
 * @param reportedProjectCount the total number of requested projects the region reported
 * (only the main ones are listed)
 */
public record PlanContent(Hub hub, String hubWeightLabel, List<Weight> hubWeights, List<Site> linkedSites,
		List<String> mainIndustries, String vision, List<Target> targets, List<Task> keyTasks, String governance,
		List<Point> diagnoses, Integer reportedProjectCount, String releaseSummary, String releaseSiteSummary) {

	public PlanContent {
		hubWeights = List.copyOf(orEmpty(hubWeights));
		linkedSites = List.copyOf(orEmpty(linkedSites));
		mainIndustries = List.copyOf(orEmpty(mainIndustries));
		targets = List.copyOf(orEmpty(targets));
		keyTasks = List.copyOf(orEmpty(keyTasks));
		diagnoses = List.copyOf(orEmpty(diagnoses));
	}

	/** The hub complex, by its id in the portal (for links) and its name. */
	public record Hub(Long id, String name, String nameEn) {

		/** The name in the reader's language: English where a well-known one exists. */
		public String nameIn(java.util.Locale locale) {
			return ("en".equals(locale.getLanguage()) && this.nameEn != null) ? this.nameEn : this.name;
		}

	}

	/** The hub's weight in its region on one measure (기여도/중요도). */
	public record Weight(HubWeight.Measure measure, BigDecimal amount, MeasureUnit unit, BigDecimal sharePercent,
			String asWritten) {
	}

	/**
	 * A linked complex or area with its linkage function.
	 *
	 * @param kind {@code COMPLEX}, or the {@link kr.go.sandan.complex.LinkedAreaKind} of
	 * an area
	 * @param id the complex's or the area's id in the portal
	 * @param description what the portal knows of an area, if anything
	 */
	public record Site(String kind, Long id, String name, String description, String linkageFunction) {

		public boolean isComplex() {
			return "COMPLEX".equals(this.kind);
		}

	}

	/** A target as written, with its metric, exact value and unit where it has them. */
	public record Target(TargetSource source, TargetMetric metric, BigDecimal value, MeasureUnit unit,
			Integer targetYear, String asWritten) {

		/** Whether this target states the same quantity as another (1만 개 = 1만명 jobs). */
		boolean sameQuantityAs(Target other) {
			if (this.value == null || other.value == null) {
				return this.value == null && other.value == null;
			}
			if (this.unit == null || other.unit == null) {
				return this.unit == other.unit && this.value.compareTo(other.value) == 0;
			}
			return this.unit.dimension() == other.unit.dimension()
					&& this.unit.toBase(this.value).compareTo(other.unit.toBase(other.value)) == 0;
		}

	}

	/**
	 * A key task with its requested projects and its strategies (the release sometimes
	 * words it differently above its strategies).
	 */
	public record Task(String name, String strategyHeading, List<Project> projects, List<Point> strategies) {

		public Task {
			projects = List.copyOf(orEmpty(projects));
			strategies = List.copyOf(orEmpty(strategies));
		}

	}

	/**
	 * A requested project with its budget by year (백만원) and, once the plan is confirmed,
	 * what the committee confirmed of it.
	 *
	 * @param id the project's id in the plan's record when the copy was made
	 * @param funding the final confirmation's outcome, or {@code null} before it
	 */
	public record Project(Long id, String name, String description, Ministry leadMinistry, Boolean newlyProposed,
			List<YearBudget> budgets, Funding funding) {

		public Project {
			budgets = List.copyOf(orEmpty(budgets));
		}

		/** Not funded at the final confirmation (미반영). */
		public boolean isRejected() {
			return this.funding != null && !this.funding.isFunded();
		}

	}

	/**
	 * What the final confirmation decided for a project.
	 *
	 * @param outcome {@code APPROVED} (the requested budget), {@code ADJUSTED} or
	 * {@code REJECTED} (미반영: nothing confirmed)
	 * @param budgets the confirmed budget by year, split national / local / private
	 */
	public record Funding(String outcome, String note, List<YearBudget> budgets) {

		public Funding {
			budgets = List.copyOf(orEmpty(budgets));
		}

		public boolean isFunded() {
			return !"REJECTED".equals(this.outcome);
		}

	}

	/** A point of the diagnosis or a strategy, with its short title where it has one. */
	public record Point(String title, String description) {
	}

	/** The plan's content as its record holds it now (its collections loaded). */
	public static PlanContent of(InnovationPlan plan) {
		return new PlanContent(
				(plan.getHubComplex() != null) ? new Hub(plan.getHubComplex().getId(), plan.getHubComplex().getName(),
						plan.getHubComplex().getNameEn()) : null,
				plan.getHubWeightLabel(),
				plan.getHubWeights()
					.stream()
					.map((weight) -> new Weight(weight.getMeasure(), weight.getAmount(), weight.getUnit(),
							weight.getSharePercent(), weight.getAsWritten()))
					.toList(),
				plan.getLinkedSites()
					.stream()
					.map((site) -> site.isComplex()
							? new Site("COMPLEX", site.getComplex().getId(), site.getName(), null,
									site.getLinkageFunction())
							: new Site(site.getArea().getKind().name(), site.getArea().getId(), site.getName(),
									site.getArea().getDescription(), site.getLinkageFunction()))
					.toList(),
				List.copyOf(plan.getMainIndustries()), plan.getVision(),
				plan.getTargets()
					.stream()
					.map((target) -> new Target(target.getSource(), target.getMetric(), target.getValue(),
							target.getUnit(), target.getTargetYear(), target.getAsWritten()))
					.toList(),
				plan.getKeyTasks()
					.stream()
					.map((task) -> new Task(task.getName(), task.getStrategyHeading(),
							task.getProjects()
								.stream()
								.map((project) -> new Project(project.getId(), project.getName(),
										project.getDescription(), project.getLeadMinistry(), project.getNewlyProposed(),
										project.getBudgets()
											.stream()
											.sorted(java.util.Comparator.comparingInt(YearBudget::year))
											.toList(),
										null))
								.toList(),
							task.getStrategies()
								.stream()
								.map((strategy) -> new Point(strategy.getTitle(), strategy.getDescription()))
								.toList()))
					.toList(),
				plan.getGovernance(),
				plan.getDiagnoses()
					.stream()
					.map((point) -> new Point(point.getTitle(), point.getDescription()))
					.toList(),
				plan.getReportedProjectCount(), plan.getReleaseSummary(), plan.getReleaseSiteSummary());
	}

	/**
	 * The same content with the final confirmation's outcome of each project, by the
	 * project's id (a project without one keeps none).
	 */
	public PlanContent withFunding(Map<Long, Funding> byProject) {
		List<Task> tasks = this.keyTasks.stream()
			.map((task) -> new Task(task.name(), task.strategyHeading(),
					task.projects()
						.stream()
						.map((project) -> new Project(project.id(), project.name(), project.description(),
								project.leadMinistry(), project.newlyProposed(), project.budgets(),
								(project.id() != null) ? byProject.get(project.id()) : null))
						.toList(),
					task.strategies()))
			.toList();
		return new PlanContent(this.hub, this.hubWeightLabel, this.hubWeights, this.linkedSites, this.mainIndustries,
				this.vision, this.targets, tasks, this.governance, this.diagnoses, this.reportedProjectCount,
				this.releaseSummary, this.releaseSiteSummary);
	}

	// ---------------------------------------------------------------- what pages ask

	/** The targets the plan itself sets. */
	public List<Target> planTargets() {
		return this.targets.stream().filter((target) -> target.source() != TargetSource.RELEASE_BODY).toList();
	}

	/** Whether some target has a target year (the table then shows the column). */
	public boolean hasTargetYears() {
		return planTargets().stream().anyMatch((target) -> target.targetYear() != null);
	}

	/** Every requested project, in the key tasks' order. */
	public List<Project> projects() {
		return this.keyTasks.stream().flatMap((task) -> task.projects().stream()).toList();
	}

	/** The main requested projects listed under the key tasks. */
	public int listedProjectCount() {
		return projects().size();
	}

	public boolean hasStrategies() {
		return this.keyTasks.stream().anyMatch((task) -> !task.strategies().isEmpty());
	}

	public boolean hasSites() {
		return this.hub != null || !this.linkedSites.isEmpty();
	}

	/** The complexes the plan names (hub and linked complexes), by id. */
	public List<Long> complexIds() {
		List<Long> ids = new ArrayList<>();
		if (this.hub != null && this.hub.id() != null) {
			ids.add(this.hub.id());
		}
		this.linkedSites.stream()
			.filter((site) -> site.isComplex() && site.id() != null)
			.forEach((site) -> ids.add(site.id()));
		return ids;
	}

	/** The linked areas the plan names, by id. */
	public List<Long> areaIds() {
		return this.linkedSites.stream()
			.filter((site) -> !site.isComplex() && site.id() != null)
			.map(Site::id)
			.toList();
	}

	/**
	 * The requested budget summed from the projects, never typed: by lead ministry and
	 * year, and by year.
	 */
	public PlanBudget requestedBudget() {
		return PlanBudget.of(projects().stream()
			.map((project) -> new MinistryFunds(project.leadMinistry(), project.budgets()))
			.toList());
	}

	/** Whether the copy carries the final confirmation's outcome of its projects. */
	public boolean isConfirmed() {
		// asked of every published plan at every dashboard: no list of the projects made
		return this.keyTasks.stream()
			.anyMatch((task) -> task.projects().stream().anyMatch((project) -> project.funding() != null));
	}

	/**
	 * The confirmed budget by lead ministry, year and source: what the committee funded,
	 * projects not funded (미반영) left out.
	 */
	public ConfirmedBudget confirmedBudget() {
		return CONFIRMED_BUDGETS.get(this, PlanContent::sumConfirmedBudget);
	}

	/**
	 * Confirmed budgets worked out, by content (identity: weak keys): a published copy is
	 * parsed once and never changes, and the dashboard sums every published plan's at
	 * each render (issue 18).
	 */
	private static final Cache<PlanContent, ConfirmedBudget> CONFIRMED_BUDGETS = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(4096)
		.build();

	private ConfirmedBudget sumConfirmedBudget() {
		return ConfirmedBudget.of(projects().stream()
			.filter((project) -> project.funding() != null && project.funding().isFunded())
			.map((project) -> new MinistryFunds(project.leadMinistry(), project.funding().budgets()))
			.toList());
	}

	/** How many projects the final confirmation funded and how many it did not. */
	public long countFunded(boolean funded) {
		return projects().stream()
			.filter((project) -> project.funding() != null && project.funding().isFunded() == funded)
			.count();
	}

	/**
	 * The plan's targets side by side with those the release's body states, metric by
	 * metric, so that disagreements (부산: 생산 1.3조원 in the plan, 5조 원 in the body) are
	 * shown rather than hidden. Empty when the body states no target.
	 */
	public List<TargetComparison> targetComparison() {
		Map<TargetMetric, Target> plan = new LinkedHashMap<>();
		Map<TargetMetric, Target> body = new LinkedHashMap<>();
		for (Target target : this.targets) {
			Map<TargetMetric, Target> side = (target.source() == TargetSource.RELEASE_BODY) ? body : plan;
			side.putIfAbsent(target.metric(), target);
		}
		if (body.isEmpty()) {
			return List.of();
		}
		List<TargetComparison> rows = new ArrayList<>();
		plan.forEach((metric, target) -> rows.add(TargetComparison.of(metric, target, body.get(metric))));
		body.forEach((metric, target) -> {
			if (!plan.containsKey(metric)) {
				rows.add(TargetComparison.of(metric, null, target));
			}
		});
		return rows;
	}

	public boolean hasTargetDisagreement() {
		return targetComparison().stream().anyMatch((row) -> row.agreement() != TargetComparison.Agreement.SAME);
	}

	/**
	 * How many metrics compare as the given agreement (SAME, DIFFERENT, ONLY_PLAN,
	 * ONLY_BODY).
	 */
	public long countTargets(String agreement) {
		TargetComparison.Agreement wanted = TargetComparison.Agreement.valueOf(agreement);
		return targetComparison().stream().filter((row) -> row.agreement() == wanted).count();
	}

	/** One metric compared between the plan and the release's body. */
	public record TargetComparison(TargetMetric metric, Target plan, Target body, Agreement agreement) {

		/** How the two sources relate on a metric. */
		public enum Agreement {

			SAME, DIFFERENT, ONLY_PLAN, ONLY_BODY

		}

		static TargetComparison of(TargetMetric metric, Target plan, Target body) {
			Objects.requireNonNull(metric);
			Agreement agreement;
			if (body == null) {
				agreement = Agreement.ONLY_PLAN;
			}
			else if (plan == null) {
				agreement = Agreement.ONLY_BODY;
			}
			else {
				agreement = plan.sameQuantityAs(body) ? Agreement.SAME : Agreement.DIFFERENT;
			}
			return new TargetComparison(metric, plan, body, agreement);
		}

	}

	// ---------------------------------------------------------------- as lines

	/** The sections of a version, in the plan's order, as versions are compared. */
	static final List<String> SECTIONS = List.of("hubComplex", "hubWeights", "linkedSites", "mainIndustries", "vision",
			"targets", "projects", "budget", "governance", "diagnoses");

	/**
	 * The content section by section as lines: what the comparison of two versions and
	 * the evaluators' reading show (the same lines as versions kept before the structured
	 * copy, so that old and new versions compare).
	 */
	public List<PlanReview.Section> sections() {
		return SECTIONS.stream().map((section) -> new PlanReview.Section(section, lines(section))).toList();
	}

	/**
	 * How a reader's language words the lines that carry figures (projects, budget); the
	 * text the region wrote stays as written.
	 */
	@FunctionalInterface
	interface Wording {

		String text(String key, Object... args);

	}

	List<String> lines(String section) {
		return lines(section, null);
	}

	/**
	 * The lines of a section, worded by {@code wording} ({@code null}: in Korean as
	 * kept).
	 */
	List<String> lines(String section, Wording wording) {
		if (wording != null && section.equals("projects")) {
			return this.keyTasks.stream()
				.flatMap((task) -> task.projects().stream().map((project) -> projectLine(task, project, wording)))
				.toList();
		}
		if (wording != null && section.equals("budget")) {
			return budgetLines(requestedBudget(), wording);
		}
		return switch (section) {
			case "hubComplex" -> (this.hub != null) ? List.of(this.hub.name()) : List.of();
			case "hubWeights" -> this.hubWeights.stream().map(Weight::asWritten).toList();
			case "linkedSites" ->
				this.linkedSites.stream().map((site) -> site.name() + ": " + site.linkageFunction()).toList();
			case "mainIndustries" -> this.mainIndustries;
			case "vision" -> (this.vision != null) ? List.of(this.vision) : List.of();
			case "targets" -> planTargets().stream().map(Target::asWritten).toList();
			case "projects" -> this.keyTasks.stream()
				.flatMap((task) -> task.projects().stream().map((project) -> projectLine(task, project)))
				.toList();
			case "budget" -> budgetLines(requestedBudget());
			case "governance" -> (this.governance != null) ? List.of(this.governance) : List.of();
			case "diagnoses" -> this.diagnoses.stream().map(Point::description).toList();
			default -> throw new IllegalArgumentException("no section " + section);
		};
	}

	private static String projectLine(Task task, Project project) {
		return task.name() + " / " + project.name()
				+ ((project.leadMinistry() != null) ? " (" + project.leadMinistry().koreanName() + ")" : "")
				+ project.budgets()
					.stream()
					.map((budget) -> " " + budget.year() + "년 " + amount(budget.total()) + "백만원" + " ("
							+ sources(budget) + ")")
					.collect(Collectors.joining(","));
	}

	private static String projectLine(Task task, Project project, Wording wording) {
		return task.name() + " / " + project.name()
				+ ((project.leadMinistry() != null)
						? " (" + wording.text("ministry." + project.leadMinistry().name()) + ")" : "")
				+ project.budgets()
					.stream()
					.map((budget) -> wording.text("compare.line.yearAmount", String.valueOf(budget.year()),
							amount(budget.total()), sources(budget, wording)))
					.collect(Collectors.joining(","));
	}

	private static String sources(YearBudget budget, Wording wording) {
		return wording.text("compare.line.sources", amount(budget.national()), amount(budget.local()),
				amount(budget.privateFunds()));
	}

	private static List<String> budgetLines(PlanBudget budget, Wording wording) {
		List<String> lines = new ArrayList<>();
		for (int year : budget.years()) {
			YearBudget inYear = budget.sourcesIn(year);
			lines.add(wording.text("compare.line.yearBudget", String.valueOf(year), sources(inYear, wording),
					amount(inYear.total())));
		}
		if (budget.years().size() > 1) {
			YearBudget all = budget.sources();
			lines.add(wording.text("compare.line.allBudget", sources(all, wording), amount(all.total())));
		}
		return lines;
	}

	/**
	 * An amount in 백만원 as written ("1,500"); a new format each time (they are not
	 * thread-safe).
	 */
	private static String amount(BigDecimal value) {
		return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.KOREA)).format(value);
	}

	/**
	 * The funding split as officials write it: a cut in private funds from 1,000 to 300
	 * shows as such, not only as a smaller total.
	 */
	private static String sources(YearBudget budget) {
		return "국비 " + amount(budget.national()) + " · 지방비 " + amount(budget.local()) + " · 민자 "
				+ amount(budget.privateFunds());
	}

	/** The requested budget year by year and source by source, then in all. */
	private static List<String> budgetLines(PlanBudget budget) {
		if (budget.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		for (int year : budget.years()) {
			YearBudget inYear = budget.sourcesIn(year);
			lines.add(year + "년 " + sources(inYear) + " (합계 " + amount(inYear.total()) + "백만원)");
		}
		if (budget.years().size() == 1) {
			return lines;
		}
		YearBudget all = budget.sources();
		lines.add("전체 " + sources(all) + " (합계 " + amount(all.total()) + "백만원)");
		return lines;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
