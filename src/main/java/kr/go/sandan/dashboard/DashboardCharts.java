package kr.go.sandan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.complex.Complexes;
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.district.DistrictViews.VerifiedActual;
import kr.go.sandan.ledger.LedgerPublications;
import kr.go.sandan.ledger.LedgerViews;
import kr.go.sandan.ledger.LedgerViews.Execution;
import kr.go.sandan.ledger.LedgerViews.ExecutionSum;
import kr.go.sandan.opendata.OpenData.PublishedProgram;
import kr.go.sandan.plan.Ministry;
import kr.go.sandan.plan.PlanCatalog;
import kr.go.sandan.plan.PublishedPlan;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.RegionNames;
import kr.go.sandan.web.Numbers;

/**
 * The dashboard's blocks, each a {@link Chart} with its table: the public ones from what
 * was published only (decisions, Smart Green, confirmed budgets, attainment from verified
 * actuals of accepted reports, execution rates of the ledger's last publication), and the
 * ministry's (plans in each status, budgets before publication, attainment from every
 * verified actual, execution rates from the ledger, reports overdue). A fixed number of
 * statements whatever the program's size.
 */
@Component
class DashboardCharts {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final PlanCatalog plans;

	private final DistrictViews districts;

	private final LedgerViews ledger;

	private final MessageSource messages;

	private final Numbers numbers;

	private final Clock clock;

	private final RegionNames regionNames;

	DashboardCharts(PlanCatalog plans, DistrictViews districts, LedgerViews ledger, MessageSource messages,
			Numbers numbers, Clock clock, RegionNames regionNames) {
		this.plans = plans;
		this.districts = districts;
		this.ledger = ledger;
		this.messages = messages;
		this.numbers = numbers;
		this.clock = clock;
		this.regionNames = regionNames;
	}

	/** The charts of the page, public first; the ministry's when {@code ministry}. */
	record Blocks(int planCount, List<Chart> common, List<Chart> office) {
	}

	/**
	 * What the ministry's blocks are made from, beside the published program: every
	 * verified actual (accepted or not), the plans in each status, the confirmed budgets,
	 * the ledger's execution (of {@code year}, or all years) and the reports overdue.
	 * Read at every request; the blocks are a function of these alone.
	 */
	record Office(List<VerifiedActual> verified, List<PlanCatalog.OfficeCount> counts,
			List<PlanCatalog.OfficeBudget> budgets, List<ExecutionSum> execution, List<DistrictViews.Overdue> overdue) {
	}

	/**
	 * Reads what the ministry's blocks show (four statements, and one for copies not
	 * parsed yet); {@code verified} is read by the caller, for the published program too.
	 */
	Office office(List<VerifiedActual> verified, @Nullable Integer year) {
		return new Office(verified, this.plans.officeCounts(), this.plans.officeConfirmedBudgets(),
				// summed over the chosen year, or every year, by the database
				this.ledger.execution(year), this.districts.overdue(null, LocalDate.now(this.clock)));
	}

	/**
	 * The blocks of the page: the public's from {@code program}; the ministry's too when
	 * {@code office} is given. Reads nothing: a function of its arguments (and the
	 * messages), so that a page written from equal arguments may be written once
	 * ({@link DashboardPageHtml#kept}).
	 */
	Blocks blocks(PublishedProgram program, DashboardFilter filter, @Nullable Office ministry, Locale locale) {
		Reader reader = new Reader(locale);
		List<PublishedPlan> chosen = program.plans().stream().filter(filter::accepts).toList();
		Map<Long, String> codes = program.regions().stream().collect(Collectors.toMap(Region::getId, Region::getCode));
		List<Chart> common = new ArrayList<>();
		common.add(rounds(program, chosen, filter, reader));
		common.add(regions(program, chosen, filter, reader));
		common.add(smartGreen(program.smartGreenProgress(), filter, reader));
		common.add(budgetChart("chart-budget", "dashboard.budget", Glance.budget(chosen), filter, reader));
		Set<Long> industryPlans = (filter.industry() != null)
				? chosen.stream().map(PublishedPlan::id).collect(Collectors.toSet()) : null;
		DistrictFilter districtFilter = new DistrictFilter(filter, codes, industryPlans);
		// the public's from what was published (accepted reports only); the ministry's
		// from every verified actual, read only for it
		common.add(attainment("chart-attainment", "dashboard.attainment",
				program.actuals()
					.stream()
					.filter((a) -> districtFilter.accepts(a.roundYear(), a.regionId(), a.calendarYear(), a.planId()))
					.toList(),
				reader));
		// the public reads execution as the ministry last published it, never the ledger
		List<ExecutionSum> published = program.execution()
			.stream()
			.map(LedgerPublications.Figure::execution)
			.filter((e) -> districtFilter.accepts(e.roundYear(), e.regionId(), e.year(), e.planId()))
			.map(Execution::sum)
			.toList();
		String publishedOn = program.execution()
			.stream()
			.map(LedgerPublications.Figure::publishedOn)
			.max(LocalDate::compareTo)
			.map(LocalDate::toString)
			.orElse("-");
		common.add(withNote(executionByMinistry("chart-public-execution-ministry", "dashboard.publicExecution.ministry",
				published, reader), reader.text("dashboard.publicExecution.note", publishedOn)));
		common.add(executionByDistrict("chart-public-execution-district", "dashboard.publicExecution.district",
				published, "/plans/%d", reader));
		List<Chart> office = new ArrayList<>();
		if (ministry != null) {
			office.add(officeStatuses(ministry.counts(), filter, reader));
			office.add(officeBudget(ministry.budgets(), filter, reader));
			List<VerifiedActual> actuals = ministry.verified()
				.stream()
				.filter((a) -> districtFilter.accepts(a.roundYear(), a.regionId(), a.calendarYear(), a.planId()))
				.toList();
			office.add(attainment("chart-office-attainment", "dashboard.office.attainment", actuals, reader));
			List<ExecutionSum> execution = ministry.execution()
				.stream()
				.filter((e) -> districtFilter.accepts(e.roundYear(), e.regionId(), e.planId()))
				.toList();
			office.add(
					executionByMinistry("chart-execution-ministry", "dashboard.execution.ministry", execution, reader));
			office.add(executionByDistrict("chart-execution-district", "dashboard.execution.district", execution,
					"/districts/%d/ledger", reader));
			office.add(overdue(ministry.overdue(), filter, codes, reader));
		}
		return new Blocks(chosen.size(), common, office);
	}

	/**
	 * The filter on a district's figure: its round, region and plan (the plans of the
	 * industry chosen), and the year of a figure of one year.
	 */
	private record DistrictFilter(DashboardFilter filter, Map<Long, String> codes, @Nullable Set<Long> industryPlans) {

		boolean accepts(int round, long regionId, long planId) {
			return this.filter.acceptsRound(round) && this.filter.acceptsRegion(this.codes.get(regionId))
					&& (this.industryPlans == null || this.industryPlans.contains(planId));
		}

		boolean accepts(int round, long regionId, int year, long planId) {
			return this.filter.acceptsYear(year) && accepts(round, regionId, planId);
		}

	}

	private Chart rounds(PublishedProgram program, List<PublishedPlan> chosen, DashboardFilter filter, Reader reader) {
		Chart.Builder chart = reader.chart("chart-rounds", "dashboard.rounds")
			.column(reader.text("dashboard.filter.round"))
			.numeric(reader.text("dashboard.planned"))
			.numeric(reader.text("dashboard.published"))
			.numeric(reader.text("dashboard.selected"))
			.numeric(reader.text("dashboard.designated"));
		for (Glance.RoundLine line : Glance.rounds(program.rounds(), chosen)) {
			if (!filter.acceptsRound(line.round().year())) {
				continue;
			}
			String label = reader.text("dashboard.round", line.round().year(), line.round().ordinal());
			chart.bar(label + " · " + reader.text("dashboard.selected"), BigDecimal.valueOf(line.selected()),
					reader.count(line.selected()), "selected");
			chart.bar(label + " · " + reader.text("dashboard.chart.designated"), BigDecimal.valueOf(line.designated()),
					reader.count(line.designated()), "designated");
			chart.row(Chart.link(label, "/rounds/" + line.round().id()),
					List.of(Chart.text(line.round().plannedDesignations()), Chart.text(line.published()),
							Chart.text(line.selected()), Chart.text(line.designated())));
		}
		return chart.build();
	}

	private Chart regions(PublishedProgram program, List<PublishedPlan> chosen, DashboardFilter filter, Reader reader) {
		List<Integer> years = program.rounds()
			.stream()
			.map((round) -> round.year())
			.filter(filter::acceptsRound)
			.toList();
		Chart.Builder chart = reader.chart("chart-regions", "dashboard.regions")
			.empty(reader.text("dashboard.none"))
			.column(reader.text("complexes.filter.region"));
		years.forEach((year) -> chart.column(String.valueOf(year)));
		for (Glance.RegionLine line : Glance.regions(program.regions(), chosen)) {
			if (line.byYear().isEmpty()) {
				continue;
			}
			String name = DashboardController.regionName(line.region(), reader.locale);
			chart.bar(name, BigDecimal.valueOf(line.selected()), reader.count((int) line.selected()),
					line.designated() ? "designated" : "selected");
			List<Chart.Cell> cells = new ArrayList<>();
			for (Integer year : years) {
				PlanStatus status = line.byYear().get(year);
				cells.add((status != null)
						? Chart.link(reader.text("plan.status." + status), "/plans/" + line.planIds().get(year))
						: Chart.text(""));
			}
			chart.row(Chart.link(name, "/regions/" + line.region().getCode().toLowerCase(Locale.ROOT)), cells);
		}
		return chart.build();
	}

	private Chart smartGreen(Complexes.SmartGreenSummary summary, DashboardFilter filter, Reader reader) {
		Chart.Builder chart = reader.chart("chart-smart-green", "dashboard.smartGreen")
			.empty(reader.text("dashboard.none"))
			.column(reader.text("dashboard.year"))
			.numeric(reader.text("dashboard.smartGreen.plannedColumn"))
			.numeric(reader.text("dashboard.smartGreen.recordedColumn"));
		for (Complexes.SmartGreenProgress progress : summary.plan()) {
			if (!filter.acceptsYear(progress.year())) {
				continue;
			}
			chart.bar(reader.text("dashboard.smartGreen.planned", progress.year()),
					BigDecimal.valueOf(progress.cumulativeTarget()), reader.count(progress.cumulativeTarget()),
					"planned");
			chart.bar(reader.text("dashboard.smartGreen.recorded", progress.year()),
					BigDecimal.valueOf(progress.recorded()), reader.count(progress.recorded()), "designated");
			chart.row(Chart.text(progress.year()),
					List.of(Chart.text(progress.cumulativeTarget()), Chart.text(progress.recorded())));
		}
		return chart.build();
	}

	/** Confirmed budgets by lead ministry, the years as columns (KRW million). */
	private Chart budgetChart(String id, String key, Glance.Budget budget, DashboardFilter filter, Reader reader) {
		List<Integer> years = budget.years().stream().filter(filter::acceptsYear).toList();
		Chart.Builder chart = reader.chart(id, key)
			.empty(reader.text(key + ".none"))
			.column(reader.text("dashboard.ministry"));
		years.forEach((year) -> chart.numeric(String.valueOf(year)));
		chart.numeric(reader.text("dashboard.total"));
		for (Map.Entry<Ministry, Map<Integer, BigDecimal>> entry : budget.byMinistry().entrySet()) {
			List<Chart.Cell> cells = new ArrayList<>();
			BigDecimal total = BigDecimal.ZERO;
			for (Integer year : years) {
				BigDecimal amount = entry.getValue().getOrDefault(year, BigDecimal.ZERO);
				total = total.add(amount);
				cells.add(Chart.text(this.numbers.format(amount)));
			}
			if (total.signum() == 0 && filter.year() != null) {
				continue;
			}
			cells.add(Chart.text(this.numbers.format(total)));
			String name = reader.text("ministry." + entry.getKey().name());
			chart.bar(name, total, this.numbers.format(total), "budget");
			chart.row(Chart.text(name), cells);
		}
		List<Chart.Cell> sums = new ArrayList<>();
		BigDecimal all = BigDecimal.ZERO;
		for (Integer year : years) {
			BigDecimal amount = budget.byYear().getOrDefault(year, BigDecimal.ZERO);
			all = all.add(amount);
			sums.add(Chart.text(this.numbers.format(amount)));
		}
		sums.add(Chart.text(this.numbers.format(all)));
		return chart.footer(Chart.text(reader.text("dashboard.total")), sums).build();
	}

	/**
	 * Attainment by metric (the mean over districts) in the chart; by round, region and
	 * metric in the table, each at its latest verified year (or the chosen year).
	 */
	private Chart attainment(String id, String key, List<VerifiedActual> actuals, Reader reader) {
		Chart.Builder chart = reader.chart(id, key)
			.empty(reader.text(key + ".none"))
			.percent()
			.column(reader.text("dashboard.attainment.district"))
			.column(reader.text("dashboard.attainment.metric"))
			.numeric(reader.text("dashboard.year"))
			.numeric(reader.text("dashboard.attainment.target"))
			.numeric(reader.text("dashboard.attainment.actual"))
			.numeric(reader.text("dashboard.attainment.percent"));
		Map<String, List<BigDecimal>> byMetric = new TreeMap<>();
		for (VerifiedActual actual : Glance.latest(actuals)) {
			String metric = reader.metric(actual.metric());
			if (actual.attainment().percent() != null) {
				byMetric.computeIfAbsent(metric, (k) -> new ArrayList<>()).add(actual.attainment().percent());
			}
			String unit = (actual.unit() != null) ? actual.unit() : "";
			chart.row(Chart.text(reader.district(actual.roundYear(), actual.regionName())),
					List.of(Chart.text(metric), Chart.text(actual.calendarYear()),
							Chart.text((actual.target() != null) ? this.numbers.format(actual.target()) + unit : "-"),
							Chart.text(this.numbers.format(actual.actual()) + unit),
							Chart.text(reader.percent(actual.attainment().percent()))));
		}
		byMetric.forEach((metric, percents) -> {
			BigDecimal mean = Glance.mean(percents);
			chart.bar(metric, mean, reader.percent(mean), "attainment");
		});
		return chart.build();
	}

	private Chart officeStatuses(List<PlanCatalog.OfficeCount> plans, DashboardFilter filter, Reader reader) {
		Map<Integer, Map<PlanStatus, Long>> office = new TreeMap<>();
		plans.stream()
			.filter((row) -> filter.acceptsRound(row.year()) && filter.acceptsRegion(row.regionCode()))
			.forEach((row) -> office.computeIfAbsent(row.year(), (key) -> new EnumMap<>(PlanStatus.class))
				.merge(row.status(), row.plans(), Long::sum));
		Chart.Builder chart = reader.chart("chart-office-statuses", "dashboard.office.statuses")
			.empty(reader.text("dashboard.none"))
			.column(reader.text("dashboard.filter.round"));
		for (PlanStatus status : PlanStatus.values()) {
			chart.numeric(reader.text("plan.status." + status));
		}
		office.forEach((year, counts) -> {
			long total = counts.values().stream().mapToLong(Long::longValue).sum();
			chart.bar(String.valueOf(year), BigDecimal.valueOf(total), reader.text("dashboard.plans", total),
					"planned");
			List<Chart.Cell> cells = new ArrayList<>();
			for (PlanStatus status : PlanStatus.values()) {
				cells.add(Chart.text(counts.getOrDefault(status, 0L)));
			}
			chart.row(Chart.text(year), cells);
		});
		return chart.build();
	}

	private Chart officeBudget(List<PlanCatalog.OfficeBudget> confirmed, DashboardFilter filter, Reader reader) {
		List<PlanCatalog.OfficeBudget> budgets = confirmed.stream()
			.filter((row) -> filter.acceptsRound(row.year()) && filter.acceptsRegion(row.regionCode()))
			.toList();
		BigDecimal unpublished = Glance
			.sum(budgets.stream().filter((row) -> !row.published()).map(PlanCatalog.OfficeBudget::budget).toList())
			.total();
		Chart chart = budgetChart("chart-office-budget", "dashboard.office.budget",
				Glance.sum(budgets.stream().map(PlanCatalog.OfficeBudget::budget).toList()), filter, reader);
		return withNote(chart, reader.text("dashboard.office.unpublished", this.numbers.format(unpublished)));
	}

	private static Chart withNote(Chart chart, String note) {
		return new Chart(chart.id(), chart.title(), chart.description(), chart.caption(), chart.empty(), note,
				chart.bars(), chart.columns(), chart.rows(), chart.footer());
	}

	private Chart executionByMinistry(String id, String key, List<ExecutionSum> execution, Reader reader) {
		Chart.Builder chart = executionColumns(reader.chart(id, key).column(reader.text("dashboard.ministry")), key,
				reader);
		new TreeMap<>(sums(execution, ExecutionSum::ministry))
			.forEach((ministry, sum) -> executionRow(chart, Chart.text(reader.ministry(ministry)), sum, reader));
		return executionTotal(chart, execution, reader).build();
	}

	/** Execution by district, each a link ({@code link} with the plan's id). */
	private Chart executionByDistrict(String id, String key, List<ExecutionSum> execution, String link, Reader reader) {
		Map<Long, ExecutionSum> first = new LinkedHashMap<>();
		execution.forEach((line) -> first.putIfAbsent(line.planId(), line));
		Chart.Builder chart = executionColumns(
				reader.chart(id, key).column(reader.text("dashboard.attainment.district")), key, reader);
		sums(execution, ExecutionSum::planId).forEach((plan, sum) -> {
			ExecutionSum line = first.get(plan);
			executionRow(chart,
					Chart.link(reader.district(line.roundYear(), line.regionName()), String.format(link, plan)), sum,
					reader);
		});
		return executionTotal(chart, execution, reader).build();
	}

	/** Allocated and executed summed under each key, keys in the order they appear. */
	private static <K> Map<K, BigDecimal[]> sums(List<ExecutionSum> execution, Function<ExecutionSum, K> key) {
		Map<K, BigDecimal[]> sums = new LinkedHashMap<>();
		for (ExecutionSum line : execution) {
			BigDecimal[] sum = sums.computeIfAbsent(key.apply(line),
					(k) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			sum[0] = sum[0].add(line.allocated());
			sum[1] = sum[1].add(line.executed());
		}
		return sums;
	}

	private Chart.Builder executionColumns(Chart.Builder chart, String key, Reader reader) {
		// dashboard.execution.ministry → dashboard.execution.none
		return chart.empty(reader.text(key.substring(0, key.lastIndexOf('.')) + ".none"))
			.percent()
			.numeric(reader.text("dashboard.execution.allocated"))
			.numeric(reader.text("dashboard.execution.executed"))
			.numeric(reader.text("dashboard.execution.rate"));
	}

	private void executionRow(Chart.Builder chart, Chart.Cell head, BigDecimal[] sum, Reader reader) {
		BigDecimal rate = rate(sum[1], sum[0]);
		chart.bar(head.text(), (rate != null) ? rate : BigDecimal.ZERO, reader.percent(rate), "budget");
		chart.row(head, List.of(Chart.text(this.numbers.format(sum[0])), Chart.text(this.numbers.format(sum[1])),
				Chart.text(reader.percent(rate))));
	}

	private Chart.Builder executionTotal(Chart.Builder chart, List<ExecutionSum> execution, Reader reader) {
		BigDecimal allocated = execution.stream().map(ExecutionSum::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal executed = execution.stream().map(ExecutionSum::executed).reduce(BigDecimal.ZERO, BigDecimal::add);
		return chart.footer(Chart.text(reader.text("dashboard.total")),
				List.of(Chart.text(this.numbers.format(allocated)), Chart.text(this.numbers.format(executed)),
						Chart.text(reader.percent(rate(executed, allocated)))));
	}

	/** Executed over allocated in percent, one decimal; none when nothing allocated. */
	static @Nullable BigDecimal rate(BigDecimal executed, BigDecimal allocated) {
		if (allocated.signum() <= 0) {
			return null;
		}
		return executed.multiply(HUNDRED).divide(allocated, 1, RoundingMode.HALF_UP);
	}

	/** Reports past due and never submitted, of the chosen rounds and regions. */
	private Chart overdue(List<DistrictViews.Overdue> reports, DashboardFilter filter, Map<Long, String> codes,
			Reader reader) {
		Chart.Builder chart = reader.chart("chart-overdue", "dashboard.overdue")
			.empty(reader.text("dashboard.overdue.none"))
			.column(reader.text("dashboard.attainment.district"))
			.numeric(reader.text("dashboard.overdue.year"))
			.numeric(reader.text("dashboard.overdue.due"));
		Map<String, Integer> byDistrict = new LinkedHashMap<>();
		for (DistrictViews.Overdue report : reports) {
			if (!filter.acceptsRound(report.roundYear()) || !filter.acceptsRegion(codes.get(report.regionId()))) {
				continue;
			}
			String name = reader.district(report.roundYear(), report.regionName());
			byDistrict.merge(name, 1, Integer::sum);
			chart.row(Chart.link(name, "/districts/" + report.planId() + "/reports/" + report.year()),
					List.of(Chart.text(report.year()), Chart.text(report.dueOn())));
		}
		byDistrict.forEach((name, count) -> chart.bar(name, BigDecimal.valueOf(count),
				reader.text("dashboard.overdue.count", count), "overdue"));
		return chart.build();
	}

	/** Messages in the reader's language. */
	private final class Reader {

		private final Locale locale;

		/**
		 * Districts' and metrics' labels made once per page: a table lists hundreds of
		 * figures of a few dozen districts and metrics.
		 */
		private final Map<Object, String> labels = new HashMap<>();

		/**
		 * The keys of a district's and a metric's labels: no text made to look one up.
		 */
		private record District(int roundYear, String regionName) {
		}

		private record Metric(String code) {
		}

		Reader(Locale locale) {
			this.locale = locale;
		}

		String text(String key, Object... args) {
			return DashboardCharts.this.messages.getMessage(key, args, this.locale);
		}

		/**
		 * A district: its round and its region's name (as the plan was written under).
		 */
		String district(int roundYear, String regionName) {
			return this.labels.computeIfAbsent(new District(roundYear, regionName),
					(key) -> text("dashboard.attainment.of", roundYear,
							DashboardCharts.this.regionNames.in(regionName, this.locale)));
		}

		Chart.Builder chart(String id, String key) {
			return Chart.builder(id, text(key + ".title"), text(key + ".desc"), text(key + ".caption"));
		}

		String count(long value) {
			return text("dashboard.count", value);
		}

		String percent(@Nullable BigDecimal value) {
			return (value != null) ? DashboardCharts.this.numbers.format(value) + "%" : "-";
		}

		String metric(String metric) {
			return this.labels.computeIfAbsent(new Metric(metric), (key) -> DashboardCharts.this.messages
				.getMessage("plan.metric." + metric, null, metric, this.locale));
		}

		String ministry(String ministry) {
			return DashboardCharts.this.messages.getMessage("ministry." + ministry, null, ministry, this.locale);
		}

	}

}
