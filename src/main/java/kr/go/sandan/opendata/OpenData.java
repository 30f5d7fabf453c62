package kr.go.sandan.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.complex.ComplexRow;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.district.DistrictViews.VerifiedActual;
import kr.go.sandan.ledger.LedgerPublications;
import kr.go.sandan.plan.ConfirmedBudget;
import kr.go.sandan.plan.PlanContent;
import kr.go.sandan.plan.PublishedPlan;
import kr.go.sandan.plan.PublishedPlans;
import kr.go.sandan.plan.YearBudget;
import kr.go.sandan.region.Region;
import kr.go.sandan.round.RoundRow;
import kr.go.sandan.round.Rounds;

/**
 * What the program has published, read in a fixed number of queries whatever its size
 * (rounds, published plans with the copy of their last published decision, regions,
 * verified actuals of accepted reports, the newest publication of each year's budget
 * execution, Smart Green progress), and the open datasets made from it, each reading only
 * what it shows. Nothing here reads a plan's record: only the frozen copies the public
 * reads, as rows, on one connection and beginning no transaction (PostgreSQL's read
 * committed takes a snapshot per statement either way, and a begin and commit were a
 * tenth of a fresh map: issue 18).
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class OpenData {

	/** More Smart Green complexes than the program will ever designate (15 by 2025). */
	private static final int SMART_GREEN_LIMIT = 10_000;

	private final Rounds rounds;

	private final PublishedPlans plans;

	private final Complexes complexes;

	private final kr.go.sandan.region.Regions regions;

	private final DistrictViews districts;

	private final LedgerPublications ledger;

	OpenData(Rounds rounds, PublishedPlans plans, Complexes complexes, kr.go.sandan.region.Regions regions,
			DistrictViews districts, LedgerPublications ledger) {
		this.rounds = rounds;
		this.ledger = ledger;
		this.districts = districts;
		this.plans = plans;
		this.complexes = complexes;
		this.regions = regions;
	}

	/** Everything published the dashboard shows, as the public may read it. */
	public PublishedProgram published() {
		return publishedWith(acceptedActuals());
	}

	/**
	 * Everything published, its verified actuals those of accepted reports among
	 * {@code verified} (the ministry's dashboard reads every verified actual, and takes
	 * the public's from it rather than reading them twice).
	 */
	public PublishedProgram published(List<VerifiedActual> verified) {
		return publishedWith(verified.stream().filter(VerifiedActual::accepted).toList());
	}

	private PublishedProgram publishedWith(List<VerifiedActual> actuals) {
		List<Region> regions = this.regions.reference();
		// execution only as the ministry last published each year, never the ledger
		// itself
		return new PublishedProgram(this.rounds.rows(), this.plans.all(), regions, actuals, this.ledger.published(),
				this.complexes.smartGreenSummary());
	}

	/** The complexes whose Smart Green designation is published. */
	private List<ComplexRow> smartGreen() {
		return this.complexes.search(null, null, true, Complexes.Proposals.NONE, PageRequest.of(0, SMART_GREEN_LIMIT))
			.getContent();
	}

	/**
	 * The published plans with the rounds and regions a reader chooses them by, on one
	 * connection: what the plan search reads (no actual, complex or ledger figure).
	 */
	public PublishedPlanIndex planIndex() {
		return new PublishedPlanIndex(this.rounds.rows(), this.regions.reference(), this.plans.all());
	}

	/**
	 * The published plans with the rounds and regions, and the verified actuals of
	 * accepted reports, on one connection: what the map reads.
	 */
	public PublishedResults results() {
		return new PublishedResults(planIndex(), acceptedActuals());
	}

	/** The published plans and the verified actuals of accepted reports. */
	public record PublishedResults(PublishedPlanIndex index, List<VerifiedActual> actuals) {
	}

	private List<VerifiedActual> acceptedActuals() {
		// only what an accepted report holds and the ministry verified is ever public
		return this.districts.acceptedVerifiedActuals();
	}

	/** The published plans, as the public reads them, with the rounds and regions. */
	public record PublishedPlanIndex(List<RoundRow> rounds, List<Region> regions, List<PublishedPlan> plans) {
	}

	/**
	 * The program as published, as the dashboard shows it: rounds, published plans as the
	 * public reads them, the 17 regions, the verified actuals of accepted annual reports
	 * of published districts, the budget execution figures of each year's newest
	 * publication, and Smart Green progress against its plan.
	 */
	public record PublishedProgram(List<RoundRow> rounds, List<PublishedPlan> plans, List<Region> regions,
			List<VerifiedActual> actuals, List<LedgerPublications.Figure> execution,
			Complexes.SmartGreenSummary smartGreenProgress) {

		/** The day the newest published decision was published, if any. */
		public LocalDate lastPublishedOn() {
			return OpenData.lastPublishedOn(this.plans);
		}

	}

	/** A dataset's rows, with the day its newest row was published. */
	public record Table(Dataset dataset, LocalDate updatedOn, List<List<Object>> rows) {

		/** The rows as objects, column name to value (the JSON API's shape). */
		public List<Map<String, Object>> records() {
			List<String> names = this.dataset.getColumns().stream().map(Dataset.Column::name).toList();
			return this.rows.stream().map((row) -> {
				Map<String, Object> record = new java.util.LinkedHashMap<>();
				for (int i = 0; i < names.size(); i++) {
					record.put(names.get(i), row.get(i));
				}
				return record;
			}).toList();
		}

	}

	/**
	 * What the list of datasets shows of each: its rows' count and the day its newest row
	 * was published, as {@link #table} would make them, counted rather than made (the
	 * verified actuals counted by the database): the rows of every dataset had been half
	 * of the open data page (issue 18).
	 */
	public List<Summary> summaries() {
		List<PublishedPlan> plans = this.plans.all();
		LocalDate lastPublished = lastPublishedOn(plans);
		List<LedgerPublications.Figure> execution = this.ledger.published();
		List<ComplexRow> smartGreen = smartGreen();
		List<Summary> summaries = new ArrayList<>();
		for (Dataset dataset : Dataset.values()) {
			summaries.add(switch (dataset) {
				case ROUNDS -> new Summary(dataset, lastPublished, this.rounds.rows().size());
				case PLANS -> new Summary(dataset, lastPublished, plans.size());
				case SITES -> new Summary(dataset, lastPublished, plans.stream().mapToLong(OpenData::siteCount).sum());
				case TARGETS -> new Summary(dataset, lastPublished,
						plans.stream().mapToLong((plan) -> plan.content().targets().size()).sum());
				case CONFIRMED_BUDGETS -> budgetSummary(plans);
				case VERIFIED_ACTUALS ->
					new Summary(dataset, lastPublished, this.districts.acceptedVerifiedActualCount());
				case SMART_GREEN -> new Summary(dataset, smartGreenUpdatedOn(smartGreen), smartGreen.size());
				case BUDGET_EXECUTION -> new Summary(dataset, executionUpdatedOn(execution), execution.size());
			});
		}
		return summaries;
	}

	/**
	 * A dataset as the list of datasets shows it.
	 *
	 * @param updatedOn the day its newest row was published, if it has any
	 * @param rows how many rows it has
	 */
	public record Summary(Dataset dataset, @Nullable LocalDate updatedOn, long rows) {
	}

	private static long siteCount(PublishedPlan plan) {
		return ((plan.content().hub() != null) ? 1 : 0) + plan.content().linkedSites().size();
	}

	/** The confirmed budgets' rows counted as {@link #budgets} makes them. */
	private static Summary budgetSummary(List<PublishedPlan> plans) {
		List<PublishedPlan> confirmed = confirmed(plans);
		long rows = confirmed.stream()
			.flatMap((plan) -> plan.content().confirmedBudget().lines().stream())
			.mapToLong((line) -> line.byYear().size())
			.sum();
		return new Summary(Dataset.CONFIRMED_BUDGETS, lastPublishedOn(confirmed), rows);
	}

	/** The plans whose budget was confirmed (the confirmed budgets' dataset's plans). */
	private static List<PublishedPlan> confirmed(List<PublishedPlan> plans) {
		return plans.stream().filter((plan) -> plan.content().isConfirmed()).toList();
	}

	/**
	 * One dataset made from what was published, reading only what it shows (one to three
	 * statements, no transaction): a CSV or the API's page of one dataset had read the
	 * whole published program, seven statements (issue 18).
	 */
	public Table table(Dataset dataset) {
		return switch (dataset) {
			case ROUNDS -> rounds(this.rounds.rows(), this.plans.all());
			case PLANS, SITES, TARGETS, CONFIRMED_BUDGETS -> ofPlans(dataset, this.plans.all());
			// dated, as the plans' datasets are, by the newest published decision
			case VERIFIED_ACTUALS -> actuals(this.plans.lastPublishedOn(), acceptedActuals());
			case SMART_GREEN -> smartGreen(smartGreen(), this.regions.reference());
			case BUDGET_EXECUTION -> execution(this.ledger.published());
		};
	}

	/** A dataset made of the published plans alone. */
	private static Table ofPlans(Dataset dataset, List<PublishedPlan> plans) {
		LocalDate updated = lastPublishedOn(plans);
		return switch (dataset) {
			case PLANS -> new Table(dataset, updated, plans.stream().map(OpenData::planRow).toList());
			case SITES -> new Table(dataset, updated, plans.stream().flatMap(OpenData::siteRows).toList());
			case TARGETS -> new Table(dataset, updated, plans.stream().flatMap(OpenData::targetRows).toList());
			case CONFIRMED_BUDGETS -> budgets(plans);
			default -> throw new IllegalArgumentException(dataset + " is not made of the plans alone");
		};
	}

	private static Table actuals(LocalDate updated, List<VerifiedActual> actuals) {
		return new Table(Dataset.VERIFIED_ACTUALS, updated, actuals.stream().map(OpenData::actualRow).toList());
	}

	private static Table rounds(List<RoundRow> rounds, List<PublishedPlan> plans) {
		List<List<Object>> rows = new ArrayList<>();
		for (RoundRow round : rounds) {
			List<PublishedPlan> published = plans.stream().filter((plan) -> plan.roundId() == round.id()).toList();
			rows.add(row(round.year(), round.ordinal(), round.plannedDesignations(), round.callOpenedOn(),
					published.size(), published.stream().filter((plan) -> plan.status().isSelected()).count(),
					published.stream().filter(PublishedPlan::designated).count()));
		}
		return new Table(Dataset.ROUNDS, lastPublishedOn(plans), rows);
	}

	/** The day the newest of the plans' decisions was published, if any. */
	static LocalDate lastPublishedOn(List<PublishedPlan> plans) {
		return plans.stream()
			.map(PublishedPlan::publishedOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	private static List<Object> planRow(PublishedPlan plan) {
		PlanContent content = plan.content();
		return row(plan.id(), plan.roundYear(), plan.regionCode(), plan.regionName(), plan.status().name(),
				plan.publishedOn(), plan.districtStart(), plan.districtEnd(),
				(content.hub() != null) ? content.hub().name() : null, String.join("; ", content.mainIndustries()),
				content.vision(), content.reportedProjectCount());
	}

	private static Stream<List<Object>> siteRows(PublishedPlan plan) {
		PlanContent content = plan.content();
		Stream<List<Object>> hub = (content.hub() != null) ? Stream.of(row(plan.id(), plan.roundYear(),
				plan.regionName(), "HUB", "COMPLEX", content.hub().id(), content.hub().name(), null)) : Stream.empty();
		return Stream.concat(hub,
				content.linkedSites()
					.stream()
					.map((site) -> row(plan.id(), plan.roundYear(), plan.regionName(), "LINKED", site.kind(), site.id(),
							site.name(), site.linkageFunction())));
	}

	private static Stream<List<Object>> targetRows(PublishedPlan plan) {
		return plan.content()
			.targets()
			.stream()
			.map((target) -> row(plan.id(), plan.roundYear(), plan.regionName(),
					(target.source() != null) ? target.source().name() : null,
					(target.metric() != null) ? target.metric().name() : null, plain(target.value()),
					(target.unit() != null) ? target.unit().symbol() : null, target.targetYear(), target.asWritten()));
	}

	private static List<Object> actualRow(VerifiedActual actual) {
		return row(actual.planId(), actual.roundYear(), actual.regionName(), actual.metric(), actual.unit(),
				actual.districtYear(), actual.calendarYear(), plain(actual.target()), plain(actual.actual()),
				plain(actual.attainment().percent()), actual.attainment().status().name());
	}

	private static Table budgets(List<PublishedPlan> plans) {
		List<List<Object>> rows = new ArrayList<>();
		List<PublishedPlan> confirmed = confirmed(plans);
		for (PublishedPlan plan : confirmed) {
			for (ConfirmedBudget.Line line : plan.content().confirmedBudget().lines()) {
				for (YearBudget budget : line.byYear().values()) {
					rows.add(row(plan.id(), plan.roundYear(), plan.regionName(),
							(line.ministry() != null) ? line.ministry().name() : null,
							(line.ministry() != null) ? line.ministry().koreanName() : null, budget.year(),
							plain(budget.national()), plain(budget.local()), plain(budget.privateFunds()),
							plain(budget.total())));
				}
			}
		}
		return new Table(Dataset.CONFIRMED_BUDGETS, lastPublishedOn(confirmed), rows);
	}

	private static Table execution(List<LedgerPublications.Figure> execution) {
		List<List<Object>> rows = execution.stream()
			.map((f) -> row(f.year(), f.planId(), f.roundYear(), f.regionName(), f.ministry(),
					kr.go.sandan.plan.Ministry.valueOf(f.ministry()).koreanName(), f.source().name(),
					plain(f.confirmed()), plain(f.secured()), plain(f.allocated()), plain(f.executed()),
					plain(f.settled()), plain(f.carriedOver()), plain(f.returned()), plain(f.rate()), f.publishedOn()))
			.toList();
		return new Table(Dataset.BUDGET_EXECUTION, executionUpdatedOn(execution), rows);
	}

	private static @Nullable LocalDate executionUpdatedOn(List<LedgerPublications.Figure> execution) {
		return execution.stream()
			.map(LedgerPublications.Figure::publishedOn)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	private static Table smartGreen(List<ComplexRow> smartGreen, List<Region> regionList) {
		Map<Long, Region> regions = regionList.stream().collect(Collectors.toMap(Region::getId, Function.identity()));
		List<List<Object>> rows = smartGreen.stream()
			.sorted(Comparator.comparing(ComplexRow::smartGreenYear).thenComparing(ComplexRow::name))
			.map((row) -> row(row.id(), row.name(),
					(regions.get(row.regionId()) != null) ? regions.get(row.regionId()).getCode() : null,
					(row.type() != null) ? row.type().name() : null, row.smartGreenYear(), row.smartGreenAnnouncedOn()))
			.toList();
		return new Table(Dataset.SMART_GREEN, smartGreenUpdatedOn(smartGreen), rows);
	}

	private static @Nullable LocalDate smartGreenUpdatedOn(List<ComplexRow> smartGreen) {
		return smartGreen.stream()
			.map(ComplexRow::smartGreenAnnouncedOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/** An exact figure in one form: 5.1, 207, never 5.1000 or 2.07E+2. */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static List<Object> row(Object... values) {
		return java.util.Collections.unmodifiableList(Arrays.asList(values));
	}

}
