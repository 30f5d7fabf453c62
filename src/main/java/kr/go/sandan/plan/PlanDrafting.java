package kr.go.sandan.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.complex.IndustrialComplex;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.ProposalCall;
import kr.go.sandan.web.NotFoundException;

/**
 * Regional staff draft, save and submit their region's plan for an open call. Only the
 * plan's own region may touch it; a submitted plan is locked and kept as an immutable
 * version; every step is audited.
 */
@Service
@Transactional
public class PlanDrafting {

	private final PlanRepository plans;

	private final PlanVersions versions;

	private final Calls calls;

	private final Regions regions;

	private final Complexes complexes;

	private final AuditLog audit;

	private final Clock clock;

	private final PlanAttachments attachments;

	PlanDrafting(PlanRepository plans, PlanVersions versions, Calls calls, Regions regions, Complexes complexes,
			AuditLog audit, Clock clock, PlanAttachments attachments) {
		this.attachments = attachments;
		this.plans = plans;
		this.versions = versions;
		this.calls = calls;
		this.regions = regions;
		this.complexes = complexes;
		this.audit = audit;
		this.clock = clock;
	}

	/** The region's plan for the call, started now if it has none yet. */
	@PreAuthorize("hasRole('REGION')")
	public InnovationPlan start(long callId, PortalUser user) {
		ProposalCall call = this.calls.get(callId);
		if (!call.isAcceptingSubmissions(this.clock.instant())) {
			throw new SubmissionRefusedException("plan.error.callNotOpen");
		}
		return this.plans.findByRoundAndRegion(call.getRound().getId(), user.getRegionId()).orElseGet(() -> {
			Region region = this.regions.byCode(user.getRegionCode()).orElseThrow();
			InnovationPlan plan = this.plans
				.save(InnovationPlan.draft(call.getRound(), region, region.currentName().getName()));
			this.audit.record(AuditEntry.of("PLAN_DRAFT_STARTED", "plan", plan.getId(), null,
					Map.of("round", call.getRound().getYear(), "region", region.getCode())));
			return plan;
		});
	}

	/** The plan for editing, if this user may edit it; otherwise not found. */
	@Transactional(readOnly = true)
	public InnovationPlan forEditing(long planId, PortalUser user) {
		InnovationPlan plan = this.plans.findForPage(planId)
			.filter((found) -> isOwnRegion(found, user))
			.orElseThrow(() -> new NotFoundException("plan", planId));
		this.plans.fetchMainIndustries(planId);
		this.plans.fetchTargets(planId);
		this.plans.fetchDiagnoses(planId);
		this.plans.fetchKeyTasks(planId);
		this.plans.fetchProjects(planId);
		this.plans.fetchBudgets(planId);
		this.plans.fetchHubWeights(planId);
		this.plans.fetchLinkedSites(planId);
		return plan;
	}

	/**
	 * Saves the draft as it is, complete or not, unless someone saved it since
	 * {@code expectedVersion} was read.
	 */
	@PreAuthorize("hasRole('REGION')")
	public void save(long planId, long expectedVersion, DraftContent content, PortalUser user) {
		InnovationPlan plan = forEditing(planId, user);
		if (plan.getVersion() != expectedVersion) {
			throw new ConcurrentPlanChangeException(planId);
		}
		String region = plan.getRegion().getCode();
		IndustrialComplex hub = null;
		if (content.hubComplexId() != null) {
			hub = this.complexes.inRegionById(region, content.hubComplexId())
				.orElseThrow(() -> new SubmissionRefusedException("plan.error.hubNotInRegion"));
		}
		else if (content.newHub() != null) {
			hub = this.complexes.findOrAdd(region, content.newHub().name(), content.newHub().type());
		}
		List<InnovationPlan.LinkedPlace> sites = new java.util.ArrayList<>();
		for (DraftContent.Site site : content.sites()) {
			if (site.isComplex()) {
				IndustrialComplex complex = (site.complexId() != null)
						? this.complexes.inRegionById(region, site.complexId())
							.orElseThrow(() -> new SubmissionRefusedException("plan.error.hubNotInRegion"))
						: this.complexes.findOrAdd(region, site.name(), site.complexType());
				sites.add(new InnovationPlan.LinkedPlace(complex, null, site.linkageFunction()));
			}
			else {
				sites.add(
						new InnovationPlan.LinkedPlace(null,
								this.complexes.findOrAddArea(region, site.name(),
										kr.go.sandan.complex.LinkedAreaKind.valueOf(site.kind())),
								site.linkageFunction()));
			}
		}
		Map<String, Object> before = summary(plan);
		plan.revise(content, hub, sites);
		this.plans.save(plan);
		this.audit.record(AuditEntry.of("PLAN_DRAFT_SAVED", "plan", planId, before, summary(plan)));
	}

	/**
	 * Submits the saved draft: refused after the call closes (the draft stays as it is)
	 * or while sections are missing; otherwise locked and kept as a new version.
	 * @return the version number
	 */
	@PreAuthorize("hasRole('REGION')")
	public int submit(long planId, PortalUser user) {
		InnovationPlan plan = forEditing(planId, user);
		ProposalCall call = this.calls.ofRound(plan.getRound().getId())
			.orElseThrow(() -> new SubmissionRefusedException("plan.error.callNotOpen"));
		Instant now = this.clock.instant();
		// a revision the ministry asked for may be sent after the call has closed
		boolean revision = plan.getStatus() == PlanStatus.REVISION_REQUESTED;
		if (!revision && call.isClosed(now)) {
			throw new SubmissionRefusedException("plan.error.callClosed");
		}
		if (!revision && !call.isAcceptingSubmissions(now)) {
			throw new SubmissionRefusedException("plan.error.callNotOpen");
		}
		if (!plan.missingForSubmission().isEmpty()) {
			throw new SubmissionRefusedException("plan.error.incomplete");
		}
		if (!this.attachments.missingDocuments(planId, this.calls.requiredDocuments(plan.getRound().getId()))
			.isEmpty()) {
			throw new SubmissionRefusedException("plan.error.attachmentsMissing");
		}
		plan.submit(now);
		this.plans.save(plan);
		this.plans.fetchStrategies(planId);
		int number = this.versions.add(planId, now, user.getUsername(), PlanSnapshots.write(plan));
		// the documents go with the version: what is scored stays as it was submitted
		this.attachments.keepWithVersion(planId, number);
		this.audit.record(AuditEntry.of("PLAN_SUBMITTED", "plan", planId, null,
				Map.of("version", number, "status", plan.getStatus().name())));
		return number;
	}

	/**
	 * Attaches a file to the region's own editable plan; answers the message key of what
	 * is wrong with it, or {@code null}.
	 */
	@PreAuthorize("hasRole('REGION')")
	public String attach(long planId, String document, String fileName, byte[] content, PortalUser user) {
		InnovationPlan plan = forEditing(planId, user);
		return this.attachments.attach(plan, (document == null || document.isBlank()) ? null : document, fileName,
				content, user.getUsername());
	}

	@PreAuthorize("hasRole('REGION')")
	public void removeAttachment(long planId, long attachmentId, PortalUser user) {
		this.attachments.remove(forEditing(planId, user), attachmentId);
	}

	private static boolean isOwnRegion(InnovationPlan plan, PortalUser user) {
		return user != null && user.has(Role.REGION) && Objects.equals(user.getRegionId(), plan.getRegion().getId());
	}

	private static Map<String, Object> summary(InnovationPlan plan) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", plan.getStatus().name());
		state.put("vision", plan.getVision());
		state.put("hubComplex", (plan.getHubComplex() != null) ? plan.getHubComplex().getName() : null);
		state.put("mainIndustries", List.copyOf(plan.getMainIndustries()));
		state.put("targets", plan.getPlanTargets().stream().map(PlanTarget::getAsWritten).toList());
		state.put("governance", plan.getGovernance());
		state.put("diagnoses", plan.getDiagnoses().size());
		return state;
	}

	/** A submission rule stopped the step; the message key says which. */
	public static class SubmissionRefusedException extends RuntimeException {

		private final String messageKey;

		SubmissionRefusedException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String getMessageKey() {
			return this.messageKey;
		}

	}

	/** Someone saved the plan after this form was opened. */
	public static class ConcurrentPlanChangeException extends RuntimeException {

		ConcurrentPlanChangeException(long planId) {
			super("Plan " + planId + " was changed by someone else");
		}

	}

}
