package kr.go.sandan.plan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requested projects of plans with their budgets, as the committee confirms them;
 * part of the plan module's public API.
 */
@Service
@Transactional(readOnly = true)
public class PlanProjects {

	private final EntityManager entityManager;

	PlanProjects(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** A requested project with its budget as the region asked, year by year. */
	public record ProjectLine(long projectId, long planId, String task, String name, Ministry leadMinistry,
			List<YearBudget> budgets) {
	}

	/** The projects of the given plans, in each plan's order, by plan (one query). */
	public Map<Long, List<ProjectLine>> ofPlans(Collection<Long> planIds) {
		Map<Long, List<ProjectLine>> byPlan = new LinkedHashMap<>();
		if (planIds.isEmpty()) {
			return byPlan;
		}
		List<RequestedProject> projects = this.entityManager.createQuery("""
				select distinct p from RequestedProject p join fetch p.keyTask t left join fetch p.budgets
				where t.plan.id in :ids order by t.position, p.position""", RequestedProject.class)
			.setParameter("ids", planIds)
			.getResultList();
		for (RequestedProject project : projects) {
			long planId = project.getKeyTask().getPlan().getId();
			byPlan.computeIfAbsent(planId, (id) -> new java.util.ArrayList<>())
				.add(new ProjectLine(project.getId(), planId, project.getKeyTask().getName(), project.getName(),
						project.getLeadMinistry(),
						project.getBudgets()
							.stream()
							.sorted(java.util.Comparator.comparingInt(YearBudget::year))
							.toList()));
		}
		return byPlan;
	}

}
