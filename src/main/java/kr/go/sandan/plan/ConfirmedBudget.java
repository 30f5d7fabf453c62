package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A plan's confirmed budget: the sum of its projects' confirmed budgets, by lead ministry
 * and year (KRW million), split national / local / private. Never stored: always summed
 * from the project outcomes (the decision module's, or those a confirmed plan's frozen
 * copy keeps).
 */
public record ConfirmedBudget(List<Integer> years, List<Line> lines, Line total) {

	/** One ministry's confirmed amounts by year. */
	public record Line(Ministry ministry, Map<Integer, YearBudget> byYear) {

		public BigDecimal total() {
			return this.byYear.values().stream().map(YearBudget::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public YearBudget year(int year) {
			return this.byYear.getOrDefault(year,
					new YearBudget(year, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
		}

	}

	/**
	 * Ministries in the catalogue's order; a project without lead ministry counts under
	 * none.
	 */
	public static ConfirmedBudget of(List<MinistryFunds> outcomes) {
		TreeSet<Integer> years = new TreeSet<>();
		Map<Ministry, Map<Integer, YearBudget>> sums = new TreeMap<>(
				Comparator.nullsLast(Comparator.comparingInt(Ministry::ordinal)));
		Map<Integer, YearBudget> all = new TreeMap<>();
		for (MinistryFunds outcome : outcomes) {
			for (YearBudget budget : outcome.budgets()) {
				years.add(budget.year());
				sums.computeIfAbsent(outcome.leadMinistry(), (ministry) -> new TreeMap<>())
					.merge(budget.year(), budget, ConfirmedBudget::add);
				all.merge(budget.year(), budget, ConfirmedBudget::add);
			}
		}
		List<Line> lines = new ArrayList<>();
		// unmodifiable: a content's confirmed budget is worked out once and shared
		sums.forEach((ministry, byYear) -> lines.add(new Line(ministry, Collections.unmodifiableMap(byYear))));
		return new ConfirmedBudget(List.copyOf(years), Collections.unmodifiableList(lines),
				new Line(null, Collections.unmodifiableMap(all)));
	}

	private static YearBudget add(YearBudget a, YearBudget b) {
		return new YearBudget(a.year(), a.national().add(b.national()), a.local().add(b.local()),
				a.privateFunds().add(b.privateFunds()));
	}

}
