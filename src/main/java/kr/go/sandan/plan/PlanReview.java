package kr.go.sandan.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.notification.Notifications;
import kr.go.sandan.web.NotFoundException;

/**
 * The ministry's side of a submitted plan: sending it back for revision with comments per
 * section, and comparing any two of its versions.
 */
@Service
@Transactional
public class PlanReview {

	/** Sections a revision comment may address, in the plan's order. */
	public static final List<String> COMMENT_SECTIONS = List.of("general", "hubComplexId", "sites", "mainIndustries",
			"vision", "targets", "projects", "governance", "diagnosis", "attachments");

	private final PlanRepository plans;

	private final PlanVersions versions;

	private final RevisionRequestRepository requests;

	private final AuditLog audit;

	private final Notifications notifications;

	private final PlanMilestones milestones;

	private final Clock clock;

	PlanReview(PlanRepository plans, PlanVersions versions, RevisionRequestRepository requests, AuditLog audit,
			Notifications notifications, PlanMilestones milestones, Clock clock) {
		this.milestones = milestones;
		this.plans = plans;
		this.versions = versions;
		this.requests = requests;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Sends the plan back to its region with comments (blank ones are dropped; at least
	 * one is needed).
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void requestRevision(long planId, Map<String, String> comments, PortalUser officer) {
		requestRevision(planId, comments, Map.of(), officer);
	}

	/**
	 * Sends the plan back with comments per section and, in the consulting after the
	 * preliminary selection, per requested project (by project id; blank ones dropped; at
	 * least one comment is needed).
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void requestRevision(long planId, Map<String, String> comments, Map<Long, String> projectComments,
			PortalUser officer) {
		// a revision request and a withdrawal at once: one waits for the other and sees
		// it
		this.plans.lockById(planId);
		InnovationPlan plan = this.plans.findForPage(planId).orElseThrow(() -> new NotFoundException("plan", planId));
		Map<String, String> kept = new LinkedHashMap<>();
		for (String section : COMMENT_SECTIONS) {
			String comment = comments.get(section);
			checkComment(comment);
			if (comment != null && !comment.isBlank()) {
				kept.put(section, comment.strip());
			}
		}
		projectComments.values().forEach(PlanReview::checkComment);
		List<ProjectComment> onProjects = new java.util.ArrayList<>();
		if (!projectComments.isEmpty()) {
			this.plans.fetchKeyTasks(planId);
			this.plans.fetchProjects(planId);
			plan.getKeyTasks().stream().flatMap((task) -> task.getProjects().stream()).forEach((project) -> {
				String comment = projectComments.get(project.getId());
				if (comment != null && !comment.isBlank()) {
					onProjects.add(new ProjectComment(project.getName(), comment.strip()));
				}
			});
		}
		if (kept.isEmpty() && onProjects.isEmpty()) {
			throw new PlanDrafting.SubmissionRefusedException("review.error.noComment");
		}
		List<PlanVersions.VersionInfo> submitted = this.versions.list(planId);
		if (submitted.isEmpty()) {
			throw new PlanLockedException(planId, plan.getStatus());
		}
		int version = submitted.get(submitted.size() - 1).number();
		plan.requestRevision(this.clock.instant());
		this.requests
			.save(new RevisionRequest(plan, version, this.clock.instant(), officer.getUsername(), kept, onProjects));
		Map<String, String> onProjectsByName = new LinkedHashMap<>();
		onProjects.forEach((comment) -> onProjectsByName.put(comment.getProjectName(), comment.getComment()));
		this.audit.record(AuditEntry.of("PLAN_REVISION_REQUESTED", "plan", planId, Map.of("version", version),
				Map.of("status", plan.getStatus().name(), "comments", kept, "projectComments", onProjectsByName)));
		this.notifications.notifyRegion(plan.getRegion().getId(), "plan:" + planId + ":revision:" + version,
				"notification.revisionRequested", plan.getRegionName() + " " + plan.getRound().getYear() + "년 산단혁신계획",
				"/plans/" + planId + "/edit");
	}

	/**
	 * Withdraws the plan from the program, as its region or a ministry officer decides;
	 * allowed from any open state ({@link PlanStatus}).
	 */
	@PreAuthorize("hasAnyRole('MINISTRY', 'REGION')")
	public void withdraw(long planId, String reason, PortalUser user) {
		this.plans.lockById(planId);
		InnovationPlan plan = this.plans.findForPage(planId)
			.filter((found) -> mayDecideOn(found, user))
			.orElseThrow(() -> new NotFoundException("plan", planId));
		if (reason == null || reason.isBlank()) {
			throw new PlanDrafting.SubmissionRefusedException("plan.withdraw.reasonRequired");
		}
		String problem = kr.go.sandan.web.TextInput.problem(reason, MAX_WITHDRAWAL_REASON);
		if (problem != null) {
			throw new PlanDrafting.SubmissionRefusedException(problem);
		}
		String before = plan.getStatus().name();
		plan.withdraw(this.clock.instant(), reason);
		this.audit.record(AuditEntry
			.of("PLAN_WITHDRAWN", "plan", planId, Map.of("status", before), Map.of("status", plan.getStatus().name()))
			.withDetail(reason.strip()));
	}

	/** The longest comment a revision request keeps per section or project. */
	static final int MAX_COMMENT = 2000;

	/**
	 * A comment no section can keep (too long, characters no field may hold) is refused.
	 */
	private static void checkComment(String comment) {
		String problem = kr.go.sandan.web.TextInput.problem(comment, MAX_COMMENT);
		if (problem != null) {
			throw new PlanDrafting.SubmissionRefusedException(problem);
		}
	}

	/** The longest withdrawal reason the status event keeps. */
	static final int MAX_WITHDRAWAL_REASON = 500;

	/**
	 * Who may withdraw: a ministry officer, or the plan's own region; never a closed
	 * plan.
	 */
	static boolean canWithdraw(InnovationPlan plan, PortalUser user) {
		return mayDecideOn(plan, user) && plan.getStatus().canMoveTo(PlanStatus.WITHDRAWN);
	}

	private static boolean mayDecideOn(InnovationPlan plan, PortalUser user) {
		return user != null && PlanVisibility.canFollow(plan, user)
				&& (user.has(kr.go.sandan.account.Role.MINISTRY) || user.has(kr.go.sandan.account.Role.REGION));
	}

	/** The revision requests of a plan, newest first (one query). */
	@Transactional(readOnly = true)
	public List<RevisionRequest> revisionRequests(long planId) {
		return this.requests.findByPlan(planId);
	}

	/** The submitted versions of a plan (one query). */
	@Transactional(readOnly = true)
	public List<PlanVersions.VersionInfo> versions(long planId) {
		return this.versions.list(planId);
	}

	/**
	 * Two versions of a plan side by side, section by section. The caller has checked
	 * that the viewer may read the plan.
	 */
	@Transactional(readOnly = true)
	public List<SectionChange> compare(long planId, int from, int to) {
		return compare(planId, from, to, null);
	}

	/**
	 * The same, the lines of figures (projects, budget) worded in the reader's language
	 * ({@code null}: in Korean, as kept).
	 */
	@Transactional(readOnly = true)
	List<SectionChange> compare(long planId, int from, int to, PlanContent.Wording wording) {
		PlanContent before = content(planId, from);
		PlanContent after = content(planId, to);
		List<SectionChange> changes = new ArrayList<>();
		for (String section : PlanContent.SECTIONS) {
			changes.add(SectionChange.of(section, before.lines(section, wording), after.lines(section, wording)));
		}
		return changes;
	}

	/** A submitted version section by section (one query, none once kept). */
	@Transactional(readOnly = true)
	public List<Section> sections(long planId, int number) {
		// a submitted version never changes: read and worded once
		return PlanSnapshots.versionSections(planId, number, () -> content(planId, number).sections());
	}

	/** A frozen milestone of the plan; empty when not taken (one query). */
	@Transactional(readOnly = true)
	public Optional<PlanContent> milestone(long planId, PlanStatus kind) {
		return this.milestones.content(planId, kind);
	}

	@Transactional(readOnly = true)
	public List<PlanMilestones.Milestone> milestones(long planId) {
		return this.milestones.list(planId);
	}

	/** A section of a version: its key ({@code compare.part.*}) and its lines. */
	public record Section(String key, List<String> lines) {
	}

	private PlanContent content(long planId, int number) {
		return PlanSnapshots.read(this.versions.content(planId, number)
			.orElseThrow(() -> new NotFoundException("plan version", planId + "/" + number)));
	}

	/**
	 * One section in two versions.
	 *
	 * @param removed lines of the older version that the newer one no longer has
	 * @param added lines of the newer version that the older one did not have
	 */
	public record SectionChange(String section, List<String> before, List<String> after, List<String> removed,
			List<String> added) {

		/** The change of a section from its lines in the older and the newer version. */
		static SectionChange of(String section, List<String> old, List<String> now) {
			return new SectionChange(section, old, now, old.stream().filter((line) -> !now.contains(line)).toList(),
					now.stream().filter((line) -> !old.contains(line)).toList());
		}

		public boolean changed() {
			return !this.before.equals(this.after);
		}

	}

}
