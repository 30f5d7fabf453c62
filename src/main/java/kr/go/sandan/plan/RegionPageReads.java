package kr.go.sandan.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.complex.ComplexRow;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.database.ReadScopes;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;

/**
 * What a region's page reads: the region with its names, its plans with the status and
 * hub the reader may know, and its complexes. Whoever does not follow the region's plans
 * (the public, evaluators, other regions) reads its published plans as rows with their
 * published copies, its complexes as rows, and the region and its names from the regions
 * kept for reference: on one connection, in no transaction (PostgreSQL's read committed
 * takes a snapshot per statement either way). Those who follow the region read its plans'
 * records, the page in one read-only transaction. Each service had run its own
 * transaction (five begins and commits), then the whole page one for everyone (issue 18).
 */
@Service
class RegionPageReads {

	private final Regions regions;

	private final PlanCatalog plans;

	private final PublishedPlans published;

	private final Complexes complexes;

	private final TransactionTemplate records;

	private final TransactionTemplate rows;

	RegionPageReads(Regions regions, PlanCatalog plans, PublishedPlans published, Complexes complexes,
			PlatformTransactionManager transactions) {
		this.records = ReadScopes.records(transactions);
		this.rows = ReadScopes.rows(transactions);
		this.regions = regions;
		this.plans = plans;
		this.published = published;
		this.complexes = complexes;
	}

	/**
	 * A region's page as one reader may read it.
	 *
	 * @param plans its plans the reader may see, oldest round first
	 * @param complexes its complexes the reader may see
	 */
	record RegionPage(Region region, List<PlanRow> plans, List<ComplexRow> complexes) {
	}

	/**
	 * One of the region's plans as the reader may know it.
	 *
	 * @param regionName the region's name as the plan was written under
	 * @param status the status the reader may know
	 * @param hub the hub the reader reads, if any
	 */
	record PlanRow(long id, long roundId, int roundYear, int roundOrdinal, String regionName, PlanStatus status,
			PlanContent.@Nullable Hub hub) {
	}

	/**
	 * The region's page (its code in any case); empty when there is no such region.
	 * @param viewer the signed-in person, or {@code null} for an anonymous visitor
	 */
	Optional<RegionPage> read(String code, @Nullable PortalUser viewer) {
		// the region from the regions kept since the start: no statement
		return this.regions.reference(code.toUpperCase(Locale.ROOT)).map((region) -> {
			boolean follows = PlanVisibility.followsRegion(region.getId(), viewer);
			return (follows ? this.records : this.rows)
				.execute((scope) -> new RegionPage(region, plans(region, follows, viewer),
						this.complexes.inRegion(region.getCode(), Complexes.Proposals.of(viewer))));
		});
	}

	private List<PlanRow> plans(Region region, boolean follows, @Nullable PortalUser viewer) {
		if (!follows) {
			return this.published.ofRegion(region.getId())
				.stream()
				.map((plan) -> new PlanRow(plan.id(), plan.roundId(), plan.roundYear(), plan.roundOrdinal(),
						plan.regionName(), plan.status(), plan.content().hub()))
				.toList();
		}
		List<InnovationPlan> plans = this.plans.visibleOfRegion(region.getId(), viewer);
		Map<Long, PlanStatus> statuses = this.plans.statusesFor(plans, viewer);
		Map<Long, PlanContent.Hub> hubs = this.plans.hubsFor(plans, viewer);
		return plans.stream()
			.map((plan) -> new PlanRow(plan.getId(), plan.getRound().getId(), plan.getRound().getYear(),
					plan.getRound().getOrdinal(), plan.getRegionName(), statuses.get(plan.getId()),
					hubs.get(plan.getId())))
			.toList();
	}

}
