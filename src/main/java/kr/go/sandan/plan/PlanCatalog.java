package kr.go.sandan.plan;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;

/**
 * Published plans as the public pages read them; the plan module's public API. Each
 * method runs a fixed number of queries whatever the data size.
 */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {

	private final PlanRepository repository;

	PlanCatalog(PlanRepository repository) {
		this.repository = repository;
	}

	/**
	 * A plan the viewer may read, with everything it holds loaded (a fixed number of
	 * queries); empty when it does not exist or the viewer may not see it.
	 * @param viewer the signed-in person, or {@code null} for an anonymous visitor
	 */
	public Optional<InnovationPlan> plan(long id, PortalUser viewer) {
		Optional<InnovationPlan> plan = this.repository.findForPage(id)
			.filter((found) -> PlanVisibility.canRead(found, viewer));
		plan.ifPresent((found) -> {
			this.repository.fetchMainIndustries(id);
			this.repository.fetchTargets(id);
			this.repository.fetchHubWeights(id);
			this.repository.fetchLinkedSites(id);
			this.repository.fetchKeyTasks(id);
			this.repository.fetchProjects(id);
			this.repository.fetchStrategies(id);
			this.repository.fetchBudgets(id);
			this.repository.fetchDiagnoses(id);
			this.repository.fetchStatusEvents(id);
		});
		return plan;
	}

	/**
	 * The published plans of a round with region and hub complex, in the regions' order.
	 */
	public List<InnovationPlan> publishedInRound(long roundId) {
		return this.repository.findPublishedInRound(roundId);
	}

	/**
	 * The plans of a region the viewer may read, with round and hub complex, oldest
	 * first.
	 */
	public List<InnovationPlan> visibleOfRegion(long regionId, PortalUser viewer) {
		return this.repository.findOfRegion(regionId)
			.stream()
			.filter((plan) -> PlanVisibility.canRead(plan, viewer))
			.toList();
	}

	/** Each plan's own targets as written, by plan id (one query). */
	public Map<Long, List<String>> targetsAsWritten(List<Long> planIds) {
		if (planIds.isEmpty()) {
			return Map.of();
		}
		return this.repository.findPlanTargetLines(planIds)
			.stream()
			.collect(Collectors.groupingBy(PlanRepository.TargetLine::planId,
					Collectors.mapping(PlanRepository.TargetLine::asWritten, Collectors.toList())));
	}

	/**
	 * Plans their regions sent again after a revision request, waiting for the ministry,
	 * oldest round first (one query).
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public List<InnovationPlan> resubmitted() {
		return this.repository.findInStatus(PlanStatus.REVISED);
	}

	/** How many published plans each round has in each status (one query). */
	public Map<Long, Map<PlanStatus, Long>> publishedStatusCountsByRound() {
		Map<Long, Map<PlanStatus, Long>> counts = new HashMap<>();
		for (PlanRepository.StatusCount row : this.repository.countPublishedByRoundAndStatus()) {
			counts.computeIfAbsent(row.getRoundId(), (id) -> new EnumMap<>(PlanStatus.class))
				.put(row.getStatus(), row.getPlans());
		}
		return counts;
	}

}
