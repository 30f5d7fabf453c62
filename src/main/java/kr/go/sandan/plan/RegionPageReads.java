package kr.go.sandan.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.complex.ComplexRow;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;

/**
 * What a region's page reads, in one read-only transaction: the region with its names,
 * its plans with the status and hub the reader may know, and its complexes. Each service
 * had run its own transaction (five begins and commits: issue 18).
 */
@Service
@Transactional(readOnly = true)
class RegionPageReads {

	private final Regions regions;

	private final PlanCatalog plans;

	private final Complexes complexes;

	RegionPageReads(Regions regions, PlanCatalog plans, Complexes complexes) {
		this.regions = regions;
		this.plans = plans;
		this.complexes = complexes;
	}

	/**
	 * A region's page as one reader may read it.
	 *
	 * @param plans its plans the reader may see, oldest round first
	 * @param statuses the status the reader may know of each plan, by plan id
	 * @param hubs the hub the reader reads of each plan, by plan id
	 * @param complexes its complexes the reader may see
	 */
	record RegionPage(Region region, List<InnovationPlan> plans, Map<Long, PlanStatus> statuses,
			Map<Long, PlanContent.Hub> hubs, List<ComplexRow> complexes) {
	}

	/**
	 * The region's page (its code in any case); empty when there is no such region.
	 * @param viewer the signed-in person, or {@code null} for an anonymous visitor
	 */
	Optional<RegionPage> read(String code, @Nullable PortalUser viewer) {
		return this.regions.byCode(code.toUpperCase(Locale.ROOT)).map((region) -> {
			List<InnovationPlan> plans = this.plans.visibleOfRegion(region.getId(), viewer);
			return new RegionPage(region, plans, this.plans.statusesFor(plans, viewer),
					this.plans.hubsFor(plans, viewer),
					this.complexes.inRegion(region.getCode(), Complexes.Proposals.of(viewer)));
		});
	}

}
