package kr.go.sandan.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What importing a filled workbook does to a plan's requested projects: the file states
 * them all, so a project of the file that the plan lacks is added, one whose ministry,
 * kind or budget differ is changed, and one the file no longer lists is removed. A
 * project is the same when its key task and name are. Importing the same file twice
 * changes nothing the second time.
 */
public final class ProjectImport {

	private ProjectImport() {
	}

	public enum Kind {

		ADDED, CHANGED, REMOVED

	}

	/**
	 * A project as the file states it, its years sorted, years with no amount left out.
	 */
	record Imported(String task, String name, Ministry ministry, Boolean newlyProposed, List<YearBudget> budgets) {

		BigDecimal total() {
			return this.budgets.stream().map(YearBudget::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/** One change the import makes; {@code before} for changed and removed projects. */
	public record Change(Kind kind, Long projectId, String task, String name, Ministry ministry, Boolean newlyProposed,
			List<YearBudget> before, List<YearBudget> after) {

		public BigDecimal beforeTotal() {
			return sum(this.before);
		}

		public BigDecimal afterTotal() {
			return sum(this.after);
		}

	}

	/**
	 * A checked file kept between its preview and its confirmation, for one plan version.
	 */
	record Pending(long planId, long version, ArrayList<ProjectWorkbook.Line> lines) implements Serializable {

		static String attribute(long planId) {
			return "plan-project-import-" + planId;
		}

	}

	/** The file's rows grouped into projects, in the order the file first names them. */
	static List<Imported> projects(List<ProjectWorkbook.Line> lines) {
		Map<List<String>, List<ProjectWorkbook.Line>> byProject = new LinkedHashMap<>();
		for (ProjectWorkbook.Line line : lines) {
			byProject.computeIfAbsent(List.of(line.task(), line.name()), (key) -> new ArrayList<>()).add(line);
		}
		List<Imported> projects = new ArrayList<>();
		for (List<ProjectWorkbook.Line> rows : byProject.values()) {
			ProjectWorkbook.Line first = rows.get(0);
			List<YearBudget> budgets = rows.stream()
				.filter((row) -> row.year() != null)
				.map((row) -> new YearBudget(row.year(), row.national(), row.local(), row.privateFunds()))
				.filter((budget) -> budget.total().signum() > 0)
				.sorted(Comparator.comparingInt(YearBudget::year))
				.toList();
			projects.add(new Imported(first.task(), first.name(), first.ministry(), first.newlyProposed(), budgets));
		}
		return projects;
	}

	/** The changes that make the plan's projects those of the file. */
	static List<Change> changes(InnovationPlan plan, List<Imported> projects) {
		Map<List<String>, RequestedProject> existing = new LinkedHashMap<>();
		Map<RequestedProject, String> taskOf = new LinkedHashMap<>();
		for (KeyTask task : plan.getKeyTasks()) {
			for (RequestedProject project : task.getProjects()) {
				existing.putIfAbsent(List.of(task.getName(), project.getName()), project);
				taskOf.put(project, task.getName());
			}
		}
		List<Change> changes = new ArrayList<>();
		java.util.Set<RequestedProject> kept = new java.util.HashSet<>();
		for (Imported project : projects) {
			RequestedProject stored = existing.get(List.of(project.task(), project.name()));
			if (stored == null) {
				changes.add(new Change(Kind.ADDED, null, project.task(), project.name(), project.ministry(),
						project.newlyProposed(), List.of(), project.budgets()));
				continue;
			}
			kept.add(stored);
			List<YearBudget> before = sorted(stored.getBudgets());
			if (stored.getLeadMinistry() != project.ministry()
					|| !Objects.equals(stored.getNewlyProposed(), project.newlyProposed())
					|| !same(before, project.budgets())) {
				changes.add(new Change(Kind.CHANGED, stored.getId(), project.task(), project.name(), project.ministry(),
						project.newlyProposed(), before, project.budgets()));
			}
		}
		for (Map.Entry<RequestedProject, String> entry : taskOf.entrySet()) {
			RequestedProject stored = entry.getKey();
			if (!kept.contains(stored)) {
				changes.add(new Change(Kind.REMOVED, stored.getId(), entry.getValue(), stored.getName(),
						stored.getLeadMinistry(), stored.getNewlyProposed(), sorted(stored.getBudgets()), List.of()));
			}
		}
		return changes;
	}

	private static List<YearBudget> sorted(List<YearBudget> budgets) {
		return budgets.stream()
			.filter((budget) -> budget.total().signum() > 0)
			.sorted(Comparator.comparingInt(YearBudget::year))
			.toList();
	}

	/** Amounts compared as numbers: 1200 and 1200.0 are the same request. */
	private static boolean same(List<YearBudget> a, List<YearBudget> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			YearBudget x = a.get(i);
			YearBudget y = b.get(i);
			if (x.year() != y.year() || x.national().compareTo(y.national()) != 0 || x.local().compareTo(y.local()) != 0
					|| x.privateFunds().compareTo(y.privateFunds()) != 0) {
				return false;
			}
		}
		return true;
	}

	private static BigDecimal sum(List<YearBudget> budgets) {
		return budgets.stream().map(YearBudget::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
