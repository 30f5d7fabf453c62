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
		Map<Integer, BigDecimal> byYear, Map<Integer, YearBudget> byYearAndSource, BigDecimal total) {

	static PlanBudget of(List<MinistryFunds> projects) {
		TreeSet<Integer> years = new TreeSet<>();
		Map<Ministry, Map<Integer, BigDecimal>> byMinistry = new EnumMap<>(Ministry.class);
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		Map<Integer, YearBudget> byYearAndSource = new TreeMap<>();
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
				byYearAndSource.merge(budget.year(), budget, YearBudget::plus);
				total = total.add(amount);
			}
		}
		return new PlanBudget(years, byMinistry, byYear, byYearAndSource, total);
	}

	/** A year's request split by source (national, local, private); zero when none. */
	public YearBudget sourcesIn(int year) {
		return this.byYearAndSource.getOrDefault(year,
				new YearBudget(year, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
	}

	/** The whole request split by source. */
	public YearBudget sources() {
		return this.byYearAndSource.values()
			.stream()
			.reduce(new YearBudget(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), YearBudget::plus);
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
