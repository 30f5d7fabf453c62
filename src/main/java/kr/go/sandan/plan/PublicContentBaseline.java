package kr.go.sandan.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;

/**
 * Gives every published plan that has none the frozen copy the public reads, so that the
 * rule "the public reads the copy of the last published decision" has no exception: the
 * release's plans (loaded by migrations, never submitted through the portal) and plans
 * published before copies existed. Each gets the milestone of its published status if one
 * was taken, otherwise one made now from its record, dated the day it was published.
 * <p>
 * Done once, at start-up, before the portal serves a page: in Java rather than in a
 * migration, so that the copy is made by the same code as every other
 * ({@link PlanContent#of}, {@link PlanSnapshots}), not by SQL that restates the format. A
 * later start finds nothing to do in one query; two instances starting together cannot
 * make two copies ({@code uq_plan_milestone}).
 */
@Component
class PublicContentBaseline implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PublicContentBaseline.class);

	private final PlanRepository plans;

	private final PlanMilestones milestones;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	PublicContentBaseline(PlanRepository plans, PlanMilestones milestones, AuditLog audit,
			PlatformTransactionManager transactions) {
		this.plans = plans;
		this.milestones = milestones;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void afterSingletonsInstantiated() {
		Integer made = this.transaction.execute((status) -> {
			List<Long> missing = this.plans.findPublishedWithoutPublicContent();
			missing.forEach(this::keep);
			return missing.size();
		});
		if (made != null && made > 0) {
			log.info("Public copies made for {} published plans that had none", made);
		}
	}

	private void keep(long planId) {
		InnovationPlan plan = this.plans.findForPage(planId).orElseThrow();
		PlanStatus kind = PlanMilestones.publicKind(plan.getPublicStatus());
		PlanSnapshot content = this.plans.findSnapshot(planId, kind).orElseGet(() -> {
			this.plans.fetchContent(planId);
			Instant publishedOn = plan.getPublishedOn().atStartOfDay(InnovationPlan.SEOUL).toInstant();
			this.milestones.take(plan, kind, publishedOn);
			return this.plans.findSnapshot(planId, kind).orElseThrow();
		});
		plan.keepAsPublished(content);
		this.audit.record(AuditEntry.of("PLAN_PUBLIC_CONTENT_KEPT", "plan", planId, null,
				Map.of("publicStatus", plan.getPublicStatus().name(), "content", kind.name())));
	}

}
