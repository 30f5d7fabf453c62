package kr.go.sandan.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
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

	PlanDecisions(PlanRepository plans, AuditLog audit, PlanMilestones milestones, Clock clock) {
		this.milestones = milestones;
		this.plans = plans;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records the committee's decision on a plan. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void decide(long planId, PlanStatus outcome, CommitteeMeeting meeting, String rationale) {
		InnovationPlan plan = this.plans.findForPage(planId).orElseThrow(() -> new NotFoundException("plan", planId));
		String before = plan.getStatus().name();
		Instant now = this.clock.instant();
		plan.decide(outcome, now, meeting, rationale);
		if (PlanMilestones.KINDS.contains(outcome)) {
			this.milestones.take(plan, outcome, now);
		}
		this.audit.record(
				AuditEntry
					.of("PLAN_DECIDED", "plan", planId, Map.of("status", before),
							Map.of("status", outcome.name(), "meeting", meeting.getId()))
					.withDetail(rationale));
	}

	/** Makes the plans public from today (Korean time). */
	@PreAuthorize("hasRole('MINISTRY')")
	public void publish(Collection<Long> planIds) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, InnovationPlan.SEOUL);
		for (InnovationPlan plan : this.plans.findByIdIn(planIds)) {
			if (!plan.isPublished()) {
				plan.publish(today);
				this.audit.record(AuditEntry.of("PLAN_PUBLISHED", "plan", plan.getId(), null,
						Map.of("publishedOn", today.toString(), "status", plan.getStatus().name())));
			}
		}
	}

}
