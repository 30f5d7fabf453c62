package kr.go.sandan.decision;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OutcomeRepository extends Repository<ProjectOutcome, Long> {

	ProjectOutcome save(ProjectOutcome outcome);

	/** The plans' project outcomes with their budgets (one query). */
	@Query("select distinct o from ProjectOutcome o left join fetch o.budgets where o.planId in :planIds order by o.id")
	List<ProjectOutcome> findByPlans(java.util.Collection<Long> planIds);

}
