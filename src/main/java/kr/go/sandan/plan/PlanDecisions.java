package kr.go.sandan.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.round.CommitteeMeeting;
import kr.go.sandan.web.NotFoundException;

/**
 * The committee's decisions applied to plans, and their publication; part of the plan
 * module's public API, used by the decision module. Each change follows the state machine
 * of {@link PlanStatus} and is audited.
 */
@Service
@Transactional
public class PlanDecisions {

	private final PlanRepository plans;

	private final AuditLog audit;

	private final PlanMilestones milestones;

	private final Clock clock;

	private final jakarta.persistence.EntityManager entityManager;

	private final Complexes complexes;

	private final JdbcClient jdbc;

	PlanDecisions(PlanRepository plans, AuditLog audit, PlanMilestones milestones, Clock clock,
			jakarta.persistence.EntityManager entityManager, Complexes complexes, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.complexes = complexes;
		this.milestones = milestones;
		this.plans = plans;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A committee decision on a plan as published: the outcome, why, and the meeting's
	 * day.
	 */
	public record PublishedDecision(PlanStatus outcome, String rationale, LocalDate decidedOn) {
	}

	/**
	 * The plan's latest committee decision whose meeting is published, if any (one
	 * query): what the plan's region may read beside its evaluation result.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<PublishedDecision> latestPublished(long planId) {
		return this.entityManager
			.createQuery("""
					select e from PlanStatusEvent e join fetch e.meeting m
					where e.plan.id = :id and m.publishedAt is not null order by e.occurredOn desc, e.id desc""",
					PlanStatusEvent.class)
			.setParameter("id", planId)
			.setMaxResults(1)
			.getResultStream()
			.findFirst()
			.map((event) -> new PublishedDecision(event.getStatus(), event.getNote(), event.getOccurredOn()));
	}

	/** Records the committee's decision on a plan. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void decide(long planId, PlanStatus outcome, CommitteeMeeting meeting, String rationale) {
		decide(planId, outcome, meeting, rationale, Map.of());
	}

	/**
	 * Records the committee's final confirmation of a plan with what it funded of each
	 * requested project (by project id), which the confirmed plan's frozen copy keeps:
	 * the public reads the confirmed budget from it once the confirmation is published.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void confirm(long planId, CommitteeMeeting meeting, String rationale,
			Map<Long, PlanContent.Funding> funding) {
		decide(planId, PlanStatus.CONFIRMED, meeting, rationale, funding);
	}

	private void decide(long planId, PlanStatus outcome, CommitteeMeeting meeting, String rationale,
			Map<Long, PlanContent.Funding> funding) {
		InnovationPlan plan = this.plans.findForPage(planId).orElseThrow(() -> new NotFoundException("plan", planId));
		String before = plan.getStatus().name();
		Instant now = this.clock.instant();
		plan.decide(outcome, now, meeting, rationale);
		if (PlanMilestones.KINDS.contains(outcome)) {
			this.plans.fetchContent(plan.getId());
			this.milestones.take(plan, outcome, now, PlanContent.of(plan).withFunding(funding));
		}
		this.audit.record(
				AuditEntry
					.of("PLAN_DECIDED", "plan", planId, Map.of("status", before),
							Map.of("status", outcome.name(), "meeting", meeting.getId()))
					.withDetail(rationale));
	}

	/**
	 * Designates the confirmed plan's region as a district for the period; refused
	 * ({@link PlanTransitionException}) unless the plan is confirmed.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void designate(long planId, CommitteeMeeting meeting, String rationale, LocalDate start, LocalDate end) {
		InnovationPlan plan = this.plans.findForPage(planId).orElseThrow(() -> new NotFoundException("plan", planId));
		String before = plan.getStatus().name();
		plan.designate(this.clock.instant(), meeting, rationale, start, end);
		this.audit.record(AuditEntry
			.of("PLAN_DECIDED", "plan", planId, Map.of("status", before), Map.of("status", PlanStatus.DESIGNATED.name(),
					"meeting", meeting.getId(), "districtStart", start.toString(), "districtEnd", end.toString()))
			.withDetail(rationale));
	}

	/**
	 * A designated plan's district: its period (unknown for the release's 2020 round) and
	 * whether it can be closed today ({@link InnovationPlan#canComplete}).
	 */
	public record District(LocalDate start, LocalDate end, boolean closable) {
	}

	/** The districts of the given plans that are designated or completed (one query). */
	@Transactional(readOnly = true)
	public Map<Long, District> districts(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return Map.of();
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), InnovationPlan.SEOUL);
		Map<Long, District> districts = new java.util.LinkedHashMap<>();
		// a plain statement: the plans as entities, by a list of ids, had Hibernate
		// translate
		// the query afresh at every render of the designation page (issue 18)
		this.jdbc.sql("select id, status, district_start, district_end from innovation_plan where id = any(?)")
			.param(planIds.toArray(Long[]::new))
			.query((rs) -> {
				PlanStatus status = PlanStatus.valueOf(rs.getString("status"));
				if (status.isDesignated()) {
					LocalDate start = rs.getObject("district_start", LocalDate.class);
					LocalDate end = rs.getObject("district_end", LocalDate.class);
					districts.put(rs.getLong("id"),
							new District(start, end, InnovationPlan.canComplete(status, end, today)));
				}
			});
		return districts;
	}

	/**
	 * Closes a designated district after its period; refused
	 * ({@link PlanTransitionException}) before the period's end.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void complete(long planId, String note) {
		InnovationPlan plan = this.plans.findForPage(planId).orElseThrow(() -> new NotFoundException("plan", planId));
		String before = plan.getStatus().name();
		plan.complete(this.clock.instant(), note);
		this.audit.record(
				AuditEntry
					.of("PLAN_COMPLETED", "plan", planId, Map.of("status", before),
							Map.of("status", PlanStatus.COMPLETED.name()))
					.withDetail(note));
	}

	/**
	 * Makes the plans' current status public from today (Korean time): the decision just
	 * published is what the public pages now show, read from the copy frozen at the
	 * decision (never from the record the region may go on editing). The complexes and
	 * areas that copy names stop being proposals.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void publish(Collection<Long> planIds) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, InnovationPlan.SEOUL);
		for (InnovationPlan plan : this.plans.findByIdIn(planIds)) {
			PlanStatus before = plan.getPublicStatus();
			PlanSnapshot content = publicContent(plan, now);
			PlanSnapshot shown = plan.getPublicSnapshot();
			plan.publish(today, content);
			PlanContent published = content.read();
			this.complexes.adopt(published.complexIds(), published.areaIds());
			if (before != plan.getPublicStatus() || shown != content) {
				this.audit.record(AuditEntry.of("PLAN_PUBLISHED", "plan", plan.getId(),
						(before != null) ? Map.of("publicStatus", before.name()) : null,
						Map.of("publishedOn", plan.getPublishedOn().toString(), "publicStatus",
								plan.getPublicStatus().name(), "content", content.getKind().name())));
			}
		}
	}

	/**
	 * The frozen copy the public reads of a plan published in its current status: the
	 * milestone of its last decision, taken now only if it is missing (a plan decided
	 * before milestones existed).
	 */
	private PlanSnapshot publicContent(InnovationPlan plan, Instant now) {
		PlanStatus kind = PlanMilestones.publicKind(plan.getStatus());
		return this.plans.findSnapshot(plan.getId(), kind).orElseGet(() -> {
			this.plans.fetchContent(plan.getId());
			this.milestones.take(plan, kind, now);
			return this.plans.findSnapshot(plan.getId(), kind).orElseThrow();
		});
	}

}
