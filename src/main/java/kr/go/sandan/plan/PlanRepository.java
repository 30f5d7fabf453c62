package kr.go.sandan.plan;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads plans in a fixed number of queries: each collection of the aggregate is fetched
 * by its own query into the same persistence context (fetching several lists in one join
 * would multiply the rows).
 */
interface PlanRepository extends Repository<InnovationPlan, Long> {

	InnovationPlan save(InnovationPlan plan);

	void flush();

	/**
	 * The plan, its row locked until the transaction ends: a second save of the same plan
	 * waits, then finds the version moved.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from InnovationPlan p where p.id = :id")
	Optional<InnovationPlan> lockById(long id);

	/**
	 * Every plan of a round with what completeness needs, counted in the database (one
	 * query).
	 */
	@Query("""
			select p.id as planId, p.regionName as regionName, r.position as regionPosition, p.status as status,
			       p.submittedAt as submittedAt, p.hubComplex.id as hubId, p.vision as vision, p.governance as governance,
			       p.hubChangedAfterSelectionAt as hubChangedAt,
			       (select count(i) from InnovationPlan q join q.mainIndustries i where q = p) as industries,
			       (select count(t) from PlanTarget t where t.plan = p and t.source = kr.go.sandan.plan.TargetSource.PLAN) as targets,
			       (select count(d) from Diagnosis d where d.plan = p) as diagnoses,
			       (select count(q) from RequestedProject q where q.keyTask.plan = p) as projects
			from InnovationPlan p join p.region r
			where p.round.id = :roundId
			order by r.position
			""")
	List<PlanFacts> findFactsOfRound(long roundId);

	/** What the overview of a call needs to know of a plan. */
	interface PlanFacts {

		long getPlanId();

		String getRegionName();

		int getRegionPosition();

		PlanStatus getStatus();

		java.time.Instant getSubmittedAt();

		Long getHubId();

		java.time.Instant getHubChangedAt();

		String getVision();

		String getGovernance();

		long getIndustries();

		long getTargets();

		long getDiagnoses();

		long getProjects();

	}

	@Query("select p from InnovationPlan p where p.id in :ids")
	List<InnovationPlan> findByIdIn(java.util.Collection<Long> ids);

	@Query("select p from InnovationPlan p where p.round.id = :roundId and p.region.id = :regionId")
	Optional<InnovationPlan> findByRoundAndRegion(long roundId, long regionId);

	@Query("""
			select p from InnovationPlan p
			join fetch p.round join fetch p.region r left join fetch r.names left join fetch p.hubComplex
			where p.id = :id
			""")
	Optional<InnovationPlan> findForPage(long id);

	/**
	 * A plan with what every page shows of it and the frozen copy the public reads (one
	 * query).
	 */
	@Query("""
			select p from InnovationPlan p
			join fetch p.round join fetch p.region r left join fetch r.names left join fetch p.hubComplex
			left join fetch p.publicSnapshot
			where p.id = :id
			""")
	Optional<InnovationPlan> findForReading(long id);

	/** A milestone of the plan, if taken. */
	@Query("select s from PlanSnapshot s where s.planId = :planId and s.kind = :kind")
	Optional<PlanSnapshot> findSnapshot(long planId, PlanStatus kind);

	/** Published plans that have no public copy yet (made before copies existed). */
	@Query("select p.id from InnovationPlan p where p.publishedOn is not null and p.publicSnapshot is null")
	List<Long> findPublishedWithoutPublicContent();

	/**
	 * Loads every part of the plan's content into the persistence context, one query per
	 * collection (fetching several lists in one join would multiply the rows): 9 queries.
	 */
	default void fetchContent(long id) {
		fetchMainIndustries(id);
		fetchTargets(id);
		fetchHubWeights(id);
		fetchLinkedSites(id);
		fetchKeyTasks(id);
		fetchProjects(id);
		fetchStrategies(id);
		fetchBudgets(id);
		fetchDiagnoses(id);
	}

	@Query("select p from InnovationPlan p left join fetch p.mainIndustries where p.id = :id")
	InnovationPlan fetchMainIndustries(long id);

	@Query("select p from InnovationPlan p left join fetch p.targets where p.id = :id")
	InnovationPlan fetchTargets(long id);

	@Query("select p from InnovationPlan p left join fetch p.hubWeights where p.id = :id")
	InnovationPlan fetchHubWeights(long id);

	@Query("""
			select p from InnovationPlan p
			left join fetch p.linkedSites s left join fetch s.complex left join fetch s.area
			where p.id = :id
			""")
	InnovationPlan fetchLinkedSites(long id);

	@Query("select p from InnovationPlan p left join fetch p.keyTasks where p.id = :id")
	InnovationPlan fetchKeyTasks(long id);

	@Query("select k from KeyTask k left join fetch k.projects where k.plan.id = :id")
	List<KeyTask> fetchProjects(long id);

	@Query("select k from KeyTask k left join fetch k.strategies where k.plan.id = :id")
	List<KeyTask> fetchStrategies(long id);

	@Query("select q from RequestedProject q left join fetch q.budgets where q.keyTask.plan.id = :id")
	List<RequestedProject> fetchBudgets(long id);

	@Query("select p from InnovationPlan p left join fetch p.diagnoses where p.id = :id")
	InnovationPlan fetchDiagnoses(long id);

	@Query("""
			select p from InnovationPlan p
			left join fetch p.statusEvents e left join fetch e.meeting
			where p.id = :id
			""")
	InnovationPlan fetchStatusEvents(long id);

	@Query("""
			select distinct p from InnovationPlan p
			left join fetch p.statusEvents e left join fetch e.meeting
			where p.id in :ids
			""")
	List<InnovationPlan> fetchStatusEvents(java.util.Collection<Long> ids);

	@Query("""
			select p from InnovationPlan p
			join fetch p.region r left join fetch r.names left join fetch p.hubComplex left join fetch p.publicSnapshot
			where p.round.id = :roundId and p.publishedOn is not null
			order by r.position
			""")
	List<InnovationPlan> findPublishedInRound(long roundId);

	@Query("""
			select distinct p from InnovationPlan p
			join fetch p.region r left join fetch r.names left join fetch p.hubComplex
			where p.round.id = :roundId
			""")
	List<InnovationPlan> findWithHubOfRound(long roundId);

	/** The JSON of milestones' copies (those not parsed and kept yet). */
	@Query("select c from PlanSnapshotContent c where c.id in :ids")
	List<PlanSnapshotContent> findSnapshotContents(java.util.Collection<Long> ids);

	@Query("select distinct p from InnovationPlan p left join fetch p.mainIndustries where p.round.id = :roundId")
	List<InnovationPlan> fetchMainIndustriesOfRound(long roundId);

	@Query("select t from PlanTarget t join t.plan p where p.round.id = :roundId order by p.id, t.source, t.position")
	List<PlanTarget> findTargetsOfRound(long roundId);

	@Query("""
			select p from InnovationPlan p
			join fetch p.round join fetch p.region r left join fetch r.names left join fetch p.hubComplex
			left join fetch p.publicSnapshot
			where r.id = :regionId
			order by p.round.year
			""")
	List<InnovationPlan> findOfRegion(long regionId);

}
