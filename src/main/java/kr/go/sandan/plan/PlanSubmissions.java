package kr.go.sandan.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;

/**
 * Submitted plans as other parts of the program (evaluation) see them: who submitted,
 * which version, and the content of that version, read-only. Part of the plan module's
 * public API.
 */
@Service
@Transactional(readOnly = true)
public class PlanSubmissions {

	/**
	 * The plans with a submitted version, each with its latest version and first
	 * submission from one pass over the versions: as two subqueries per plan, PostgreSQL
	 * scanned the versions twice for every plan (4 ms of an evaluator's inbox over 170
	 * plans; issue 18).
	 */
	private static final String SELECT = """
			select p.id, p.region_id, p.region_name, coalesce(rn.short_name, p.region_name),
			       coalesce(rn.name_en, p.region_name), p.status, r.position, v.latest, v.first_submitted,
			       exists (select 1 from plan_status_event e where e.plan_id = p.id and e.status = 'PRELIMINARILY_SELECTED')
			from innovation_plan p join region r on r.id = p.region_id
			join (select plan_id, max(number) as latest, min(submitted_at) as first_submitted
			      from plan_version group by plan_id) v on v.plan_id = p.id
			left join region_name rn on rn.region_id = p.region_id and rn.name = p.region_name
			where\s""";

	private final EntityManager entityManager;

	private final PlanRepository plans;

	private final PlanReview review;

	private final AuditLog audit;

	private final PlanMilestones milestones;

	private final Clock clock;

	PlanSubmissions(EntityManager entityManager, PlanRepository plans, PlanReview review, AuditLog audit,
			PlanMilestones milestones, Clock clock) {
		this.milestones = milestones;
		this.entityManager = entityManager;
		this.plans = plans;
		this.review = review;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A plan that has been submitted at least once.
	 *
	 * @param regionName the region's name when the plan was made
	 * @param latestVersion the number of its newest submitted version
	 * @param firstSubmittedAt when its first version was submitted
	 */
	public record Submission(long planId, long regionId, String regionName, String regionShortName, String regionNameEn,
			PlanStatus status, int regionPosition, int latestVersion, Instant firstSubmittedAt,
			boolean preliminarilySelected) {

		public String regionNameIn(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.regionNameEn : this.regionName;
		}

		/**
		 * Submitted, or resubmitted before any selection (as {@code InnovationPlan}
		 * says).
		 */
		public boolean canBeEvaluated() {
			return this.status == PlanStatus.SUBMITTED
					|| (this.status == PlanStatus.REVISED && !this.preliminarilySelected);
		}

	}

	/** The round's plans that have been submitted, in the regions' order (one query). */
	public List<Submission> ofRound(long roundId) {
		return query(SELECT + "p.round_id = :roundId order by r.position", Map.of("roundId", roundId));
	}

	/** The given plans, if submitted, in the regions' order (one query). */
	public List<Submission> of(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return List.of();
		}
		return query(SELECT + "p.id in (:ids) order by r.position", Map.of("ids", planIds));
	}

	@SuppressWarnings("unchecked")
	private List<Submission> query(String sql, Map<String, Object> parameters) {
		var query = this.entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		return ((List<Object[]>) query.getResultList()).stream()
			.map((row) -> new Submission(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
					(String) row[3], (String) row[4], PlanStatus.valueOf((String) row[5]), ((Number) row[6]).intValue(),
					((Number) row[7]).intValue(), instant(row[8]), (Boolean) row[9]))
			.toList();
	}

	private static Instant instant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return null;
	}

	/**
	 * A submitted version's content, section by section, as the evaluators read it. The
	 * caller has checked that the reader may see it.
	 */
	public List<PlanReview.Section> content(long planId, int versionNumber) {
		return this.review.sections(planId, versionNumber);
	}

	/**
	 * The call's evaluation starts: these plans are scored as they stand and stay locked
	 * until the committee decides.
	 */
	@Transactional
	@PreAuthorize("hasRole('MINISTRY')")
	public void startEvaluation(Collection<Long> planIds) {
		Instant now = this.clock.instant();
		for (InnovationPlan plan : this.plans.findByIdIn(planIds)) {
			String before = plan.getStatus().name();
			plan.startEvaluation(now);
			// the plan as the evaluators read it
			this.milestones.take(plan, PlanStatus.SUBMITTED, now);
			this.audit.record(AuditEntry.of("PLAN_EVALUATION_STARTED", "plan", plan.getId(), Map.of("status", before),
					Map.of("status", plan.getStatus().name())));
		}
	}

}
