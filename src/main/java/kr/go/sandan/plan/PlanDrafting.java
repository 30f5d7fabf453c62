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
import kr.go.sandan.database.TransactionLocks;
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

	private final TransactionLocks locks;

	PlanDrafting(PlanRepository plans, PlanVersions versions, Calls calls, Regions regions, Complexes complexes,
			AuditLog audit, Clock clock, PlanAttachments attachments, TransactionLocks locks) {
		this.locks = locks;
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
		// a double click starts one plan: the second request waits here and finds it
		this.locks.serialize("plan-start-" + call.getRound().getId(), user.getRegionId());
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
		this.plans.fetchStatusEvents(planId);
		return plan;
	}

	/**
	 * The plan, locked for this transaction (a second save of the same plan waits for
	 * this one), if this user may edit it, it is still editable and nobody saved it since
	 * {@code expectedVersion} was read.
	 */
	private InnovationPlan forSaving(long planId, long expectedVersion, PortalUser user) {
		this.plans.lockById(planId)
			.filter((found) -> isOwnRegion(found, user))
			.orElseThrow(() -> new NotFoundException("plan", planId));
		InnovationPlan plan = forEditing(planId, user);
		if (!plan.isEditable()) {
			throw new PlanLockedException(planId, plan.getStatus());
		}
		if (plan.getVersion() != expectedVersion) {
			throw new ConcurrentPlanChangeException(planId);
		}
		return plan;
	}

	private void audited(InnovationPlan plan, String section, Map<String, Object> before,
			java.util.function.Supplier<Map<String, Object>> after) {
		this.plans.flush();
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("section", section);
		was.putAll(before);
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("section", section);
		now.putAll(after.get());
		this.audit.record(AuditEntry.of("PLAN_DRAFT_SAVED", "plan", plan.getId(), was, now));
	}

	/** Saves the vision and main industries. */
	@PreAuthorize("hasRole('REGION')")
	public void saveBasics(long planId, long expectedVersion, String vision, List<String> industries, PortalUser user) {
		InnovationPlan plan = forSaving(planId, expectedVersion, user);
		Map<String, Object> before = basics(plan);
		plan.reviseBasics(vision, industries, user.getUsername(), this.clock.instant());
		audited(plan, "basics", before, () -> basics(plan));
	}

	private static Map<String, Object> basics(InnovationPlan plan) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("vision", plan.getVision());
		state.put("mainIndustries", List.copyOf(plan.getMainIndustries()));
		return state;
	}

	/**
	 * Saves the hub complex — one of the region's, or a new one by name — and its weight.
	 * @return whether the old hub's figures were cleared for re-entry
	 */
	@PreAuthorize("hasRole('REGION')")
	public boolean saveHub(long planId, long expectedVersion, Long hubComplexId, DraftContent.NewComplex newHub,
			List<DraftContent.Weight> weights, boolean hubChangeConfirmed, PortalUser user) {
		InnovationPlan plan = forSaving(planId, expectedVersion, user);
		String region = plan.getRegion().getCode();
		IndustrialComplex hub = null;
		if (hubComplexId != null) {
			hub = this.complexes.inRegionById(region, hubComplexId)
				.orElseThrow(() -> new SubmissionRefusedException("plan.error.hubNotInRegion"));
		}
		else if (newHub != null) {
			hub = this.complexes.findOrAdd(region, newHub.name(), newHub.type());
		}
		Map<String, Object> before = hub(plan);
		boolean cleared = plan.reviseHub(hub, weights, hubChangeConfirmed, user.getUsername(), this.clock.instant());
		audited(plan, "hub", before, () -> hub(plan));
		return cleared;
	}

	private static Map<String, Object> hub(InnovationPlan plan) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("hubComplex", (plan.getHubComplex() != null) ? plan.getHubComplex().getName() : null);
		state.put("hubWeights", plan.getHubWeights().stream().map(HubWeight::getAsWritten).toList());
		return state;
	}

	/** Saves the linked complexes and areas; complexes and areas it names are added. */
	@PreAuthorize("hasRole('REGION')")
	public void saveSites(long planId, long expectedVersion, List<DraftContent.Site> sites, PortalUser user) {
		InnovationPlan plan = forSaving(planId, expectedVersion, user);
		String region = plan.getRegion().getCode();
		List<InnovationPlan.LinkedPlace> places = new java.util.ArrayList<>();
		for (DraftContent.Site site : sites) {
			if (site.isComplex()) {
				IndustrialComplex complex = (site.complexId() != null)
						? this.complexes.inRegionById(region, site.complexId())
							.orElseThrow(() -> new SubmissionRefusedException("plan.error.hubNotInRegion"))
						: this.complexes.findOrAdd(region, site.name(), site.complexType());
				places.add(new InnovationPlan.LinkedPlace(complex, null, site.linkageFunction()));
			}
			else {
				places.add(
						new InnovationPlan.LinkedPlace(null,
								this.complexes.findOrAddArea(region, site.name(),
										kr.go.sandan.complex.LinkedAreaKind.valueOf(site.kind())),
								site.linkageFunction()));
			}
		}
		Map<String, Object> before = sites(plan);
		plan.reviseSites(places, user.getUsername(), this.clock.instant());
		audited(plan, "sites", before, () -> sites(plan));
	}

	private static Map<String, Object> sites(InnovationPlan plan) {
		return Map.of("linkedSites",
				plan.getLinkedSites()
					.stream()
					.map((site) -> site.getName() + ": " + site.getLinkageFunction())
					.toList());
	}

	/** Saves the plan's own targets. */
	@PreAuthorize("hasRole('REGION')")
	public void saveTargets(long planId, long expectedVersion, List<DraftContent.Target> targets, PortalUser user) {
		InnovationPlan plan = forSaving(planId, expectedVersion, user);
		Map<String, Object> before = targets(plan);
		plan.reviseTargets(targets, user.getUsername(), this.clock.instant());
		audited(plan, "targets", before, () -> targets(plan));
	}

	private static Map<String, Object> targets(InnovationPlan plan) {
		return Map.of("targets", plan.getPlanTargets().stream().map(PlanTarget::getAsWritten).toList());
	}

	/** Saves the key tasks; a task that still lists projects is not removed. */
	@PreAuthorize("hasRole('REGION')")
	public void saveTasks(long planId, long expectedVersion, List<InnovationPlan.TaskName> tasks, PortalUser user) {
		InnovationPlan plan = forSaving(planId, expectedVersion, user);
		Map<String, Object> before = tasks(plan);
		plan.reviseTasks(tasks, user.getUsername(), this.clock.instant());
		audited(plan, "tasks", before, () -> tasks(plan));
	}

	private static Map<String, Object> tasks(InnovationPlan plan) {
		return Map.of("keyTasks", plan.getKeyTasks().stream().map(KeyTask::getName).toList());
	}

	/**
	 * Saves one requested project under a key task: a new one when {@code projectId} is
	 * {@code null}.
	 */
	@PreAuthorize("hasRole('REGION')")
	public void saveProject(long planId, long expectedVersion, Long projectId, long taskId,
			DraftContent.Project project, PortalUser user) {
		InnovationPlan plan = forSaving(planId, expectedVersion, user);
		Map<String, Object> before = (projectId != null) ? project(plan.project(projectId)) : Map.of();
		if (projectId == null) {
			plan.addProject(taskId, project, user.getUsername(), this.clock.instant());
		}
		else {
			plan.reviseProject(projectId, taskId, project, user.getUsername(), this.clock.instant());
		}
		audited(plan, "projects", before,
				() -> Map.of("project", project.name(), "budget",
						project.budgets()
							.stream()
							.map(YearBudget::total)
							.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)));
	}

	/**
	 * Makes the plan's requested projects those of an imported workbook (see
	 * {@link ProjectImport}): one audited change, the plan's version moves once; nothing
	 * happens, and the version stays, when the file changes nothing.
	 * @return the number of projects added, changed or removed
	 */
	@PreAuthorize("hasRole('REGION')")
	public int importProjects(long planId, long expectedVersion, List<ProjectImport.Imported> projects,
			PortalUser user) {
		InnovationPlan plan = forSaving(planId, expectedVersion, user);
		List<ProjectImport.Change> changes = ProjectImport.changes(plan, projects);
		if (changes.isEmpty()) {
			return 0;
		}
		Map<String, List<String>> before = new LinkedHashMap<>();
		Map<String, List<String>> after = new LinkedHashMap<>();
		for (ProjectImport.Change change : changes) {
			String kind = change.kind().name().toLowerCase(java.util.Locale.ROOT);
			if (change.kind() != ProjectImport.Kind.ADDED) {
				before.computeIfAbsent(kind, (k) -> new java.util.ArrayList<>())
					.add(change.name() + " " + change.beforeTotal().toPlainString());
			}
			if (change.kind() != ProjectImport.Kind.REMOVED) {
				after.computeIfAbsent(kind, (k) -> new java.util.ArrayList<>())
					.add(change.name() + " " + change.afterTotal().toPlainString());
			}
			switch (change.kind()) {
				case ADDED ->
					plan.addProject(
							taskNamed(plan, change.task()), new DraftContent.Project(change.name(), null,
									change.ministry(), change.newlyProposed(), change.after()),
							user.getUsername(), this.clock.instant());
				case CHANGED -> plan.reviseProject(change.projectId(), taskNamed(plan, change.task()),
						new DraftContent.Project(change.name(), plan.project(change.projectId()).getDescription(),
								change.ministry(), change.newlyProposed(), change.after()),
						user.getUsername(), this.clock.instant());
				case REMOVED -> plan.removeProject(change.projectId(), user.getUsername(), this.clock.instant());
			}
		}
		this.plans.flush();
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("section", "projects");
		was.putAll(before);
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("section", "projects");
		now.put("imported", projects.size());
		now.putAll(after);
		this.audit.record(AuditEntry.of("PLAN_PROJECTS_IMPORTED", "plan", plan.getId(), was, now));
		return changes.size();
	}

	private static long taskNamed(InnovationPlan plan, String name) {
		return plan.getKeyTasks()
			.stream()
			.filter((task) -> task.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no key task " + name))
			.getId();
	}

	/** Removes one requested project. */
	@PreAuthorize("hasRole('REGION')")
	public void removeProject(long planId, long expectedVersion, long projectId, PortalUser user) {
		InnovationPlan plan = forSaving(planId, expectedVersion, user);
		Map<String, Object> before = project(plan.project(projectId));
		plan.removeProject(projectId, user.getUsername(), this.clock.instant());
		audited(plan, "projects", before, Map::of);
	}

	private static Map<String, Object> project(RequestedProject project) {
		return Map.of("project", project.getName(), "budget",
				project.getBudgets()
					.stream()
					.map(YearBudget::total)
					.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
	}

	/** Saves governance and the regional diagnosis. */
	@PreAuthorize("hasRole('REGION')")
	public void saveNarrative(long planId, long expectedVersion, String governance, List<String> diagnoses,
			PortalUser user) {
		InnovationPlan plan = forSaving(planId, expectedVersion, user);
		Map<String, Object> before = narrative(plan);
		plan.reviseNarrative(governance, diagnoses, user.getUsername(), this.clock.instant());
		audited(plan, "narrative", before, () -> narrative(plan));
	}

	private static Map<String, Object> narrative(InnovationPlan plan) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("governance", plan.getGovernance());
		state.put("diagnoses", plan.getDiagnoses().size());
		return state;
	}

	/**
	 * Submits the saved draft: refused after the call closes (the draft stays as it is)
	 * or while sections are missing; otherwise locked and kept as a new version.
	 * @return the version number
	 */
	@PreAuthorize("hasRole('REGION')")
	public int submit(long planId, long expectedVersion, PortalUser user) {
		InnovationPlan plan = forSaving(planId, expectedVersion, user);
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
