package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A plan's requested budget, computed from its projects (in 백만원): by lead ministry and
 * year, by year, and in all.
 */
public record PlanBudget(TreeSet<Integer> years, Map<Ministry, Map<Integer, BigDecimal>> byMinistry,
		Map<Integer, BigDecimal> byYear, BigDecimal total) {

	static PlanBudget of(List<MinistryFunds> projects) {
		TreeSet<Integer> years = new TreeSet<>();
		Map<Ministry, Map<Integer, BigDecimal>> byMinistry = new EnumMap<>(Ministry.class);
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (MinistryFunds project : projects) {
			Ministry ministry = (project.leadMinistry() != null) ? project.leadMinistry() : Ministry.OTHER;
			for (YearBudget budget : project.budgets()) {
				BigDecimal amount = budget.total();
				if (amount.signum() == 0) {
					continue;
				}
				years.add(budget.year());
				byMinistry.computeIfAbsent(ministry, (key) -> new TreeMap<>())
					.merge(budget.year(), amount, BigDecimal::add);
				byYear.merge(budget.year(), amount, BigDecimal::add);
				total = total.add(amount);
			}
		}
		return new PlanBudget(years, byMinistry, byYear, total);
	}

	public boolean isEmpty() {
		return this.total.signum() == 0;
	}

	/** A ministry's request in a year, zero when it has none. */
	public BigDecimal of(Ministry ministry, int year) {
		return this.byMinistry.getOrDefault(ministry, Map.of()).getOrDefault(year, BigDecimal.ZERO);
	}

	public BigDecimal ofMinistry(Ministry ministry) {
		return this.byMinistry.getOrDefault(ministry, Map.of())
			.values()
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
