package kr.go.sandan.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import kr.go.sandan.district.DistrictViews.VerifiedActual;
import kr.go.sandan.opendata.OpenData.PublishedProgram;
import kr.go.sandan.plan.ConfirmedBudget;
import kr.go.sandan.plan.Ministry;
import kr.go.sandan.plan.PublishedPlan;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.plan.YearBudget;
import kr.go.sandan.region.Region;
import kr.go.sandan.round.RoundRow;

/**
 * The published program summed up for the dashboard and the map: plain rules over
 * {@link PublishedProgram}, no query of their own.
 */
final class Glance {

	private Glance() {
	}

	/** A round with how many of its published plans are selected and designated. */
	record RoundLine(RoundRow round, int published, int selected, int designated) {
	}

	static List<RoundLine> rounds(List<RoundRow> rounds, List<PublishedPlan> plans) {
		Map<Long, int[]> counts = new HashMap<>();
		for (PublishedPlan plan : plans) {
			int[] count = counts.computeIfAbsent(plan.roundId(), (id) -> new int[3]);
			count[0]++;
			count[1] += plan.status().isSelected() ? 1 : 0;
			count[2] += plan.designated() ? 1 : 0;
		}
		List<RoundLine> lines = new ArrayList<>();
		for (RoundRow round : rounds) {
			int[] count = counts.getOrDefault(round.id(), new int[3]);
			lines.add(new RoundLine(round, count[0], count[1], count[2]));
		}
		return lines;
	}

	/**
	 * A region with the published decision of its plan in each round (by round year;
	 * absent when it had no published plan).
	 */
	record RegionLine(Region region, Map<Integer, PlanStatus> byYear, Map<Integer, Long> planIds) {

		public long selected() {
			return this.byYear.values().stream().filter(PlanStatus::isSelected).count();
		}

		public boolean designated() {
			return this.byYear.values().stream().anyMatch(PlanStatus::isDesignated);
		}

		/** The map's colour class: designated, selected, or none. */
		public String shade() {
			return designated() ? "designated" : (selected() > 0) ? "selected" : "none";
		}

	}

	static List<RegionLine> regions(List<Region> regions, List<PublishedPlan> plans) {
		Map<Long, Map<Integer, PlanStatus>> statuses = new HashMap<>();
		Map<Long, Map<Integer, Long>> planIds = new HashMap<>();
		for (PublishedPlan plan : plans) {
			statuses.computeIfAbsent(plan.regionId(), (id) -> new TreeMap<>()).put(plan.roundYear(), plan.status());
			planIds.computeIfAbsent(plan.regionId(), (id) -> new TreeMap<>()).put(plan.roundYear(), plan.id());
		}
		List<RegionLine> lines = new ArrayList<>();
		for (Region region : regions) {
			lines.add(new RegionLine(region, statuses.getOrDefault(region.getId(), new TreeMap<>()),
					planIds.getOrDefault(region.getId(), new TreeMap<>())));
		}
		return lines;
	}

	/** Confirmed budgets summed by lead ministry and year (KRW million). */
	record Budget(List<Integer> years, Map<Ministry, Map<Integer, BigDecimal>> byMinistry,
			Map<Integer, BigDecimal> byYear) {

		public BigDecimal total(Ministry ministry) {
			return this.byMinistry.get(ministry).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public BigDecimal total() {
			return this.byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public boolean isEmpty() {
			return this.byMinistry.isEmpty();
		}

	}

	/**
	 * The confirmed budgets of the plans whose final confirmation is published (from
	 * their frozen copies), projects without lead ministry under 기타.
	 */
	static Budget budget(List<PublishedPlan> plans) {
		return sum(plans.stream()
			.filter((plan) -> plan.content().isConfirmed())
			.map((plan) -> plan.content().confirmedBudget())
			.toList());
	}

	/**
	 * Each confirmed budget's totals by lead ministry and year, worked out once: the
	 * budgets come from the kept copies of published decisions, which never change (the
	 * same objects while kept; weak keys compare by identity and go with the copy).
	 */
	private static final Cache<ConfirmedBudget, Map<Ministry, Map<Integer, BigDecimal>>> TOTALS = Caffeine.newBuilder()
		.weakKeys()
		.build();

	/** Confirmed budgets summed by lead ministry and year. */
	static Budget sum(List<ConfirmedBudget> budgets) {
		TreeSet<Integer> years = new TreeSet<>();
		Map<Ministry, Map<Integer, BigDecimal>> byMinistry = new EnumMap<>(Ministry.class);
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		for (ConfirmedBudget confirmed : budgets) {
			TOTALS.get(confirmed, Glance::totals).forEach((ministry, amounts) -> amounts.forEach((year, amount) -> {
				years.add(year);
				byMinistry.computeIfAbsent(ministry, (key) -> new TreeMap<>()).merge(year, amount, BigDecimal::add);
				byYear.merge(year, amount, BigDecimal::add);
			}));
		}
		return new Budget(List.copyOf(years), new LinkedHashMap<>(byMinistry), byYear);
	}

	/** One confirmed budget's totals by lead ministry and year. */
	private static Map<Ministry, Map<Integer, BigDecimal>> totals(ConfirmedBudget confirmed) {
		Map<Ministry, Map<Integer, BigDecimal>> totals = new EnumMap<>(Ministry.class);
		for (ConfirmedBudget.Line line : confirmed.lines()) {
			Ministry ministry = (line.ministry() != null) ? line.ministry() : Ministry.OTHER;
			for (YearBudget budget : line.byYear().values()) {
				totals.computeIfAbsent(ministry, (key) -> new TreeMap<>())
					.merge(budget.year(), budget.total(), BigDecimal::add);
			}
		}
		return totals;
	}

	/**
	 * Each district's latest verified actual per metric (the actuals come ordered by
	 * district year, so the last one read wins), in the order first met.
	 */
	static List<VerifiedActual> latest(List<VerifiedActual> actuals) {
		Map<PlanMetric, VerifiedActual> latest = new LinkedHashMap<>();
		for (VerifiedActual actual : actuals) {
			latest.put(new PlanMetric(actual.planId(), actual.metric()), actual);
		}
		return List.copyOf(latest.values());
	}

	/** A district's metric: a key made without writing text (issue 18). */
	private record PlanMetric(long planId, String metric) {
	}

	/** The mean of the percents, one decimal half up; none when there is none. */
	static BigDecimal mean(List<BigDecimal> percents) {
		if (percents.isEmpty()) {
			return null;
		}
		return percents.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(percents.size()), 1, java.math.RoundingMode.HALF_UP);
	}

	/** The mean attainment of each region's latest verified actuals, by region id. */
	static Map<Long, BigDecimal> attainmentByRegion(List<VerifiedActual> actuals) {
		Map<Long, List<BigDecimal>> percents = new LinkedHashMap<>();
		for (VerifiedActual actual : latest(actuals)) {
			if (actual.attainment().percent() != null) {
				percents.computeIfAbsent(actual.regionId(), (k) -> new ArrayList<>())
					.add(actual.attainment().percent());
			}
		}
		Map<Long, BigDecimal> means = new LinkedHashMap<>();
		percents.forEach((region, values) -> means.put(region, mean(values)));
		return means;
	}

}
