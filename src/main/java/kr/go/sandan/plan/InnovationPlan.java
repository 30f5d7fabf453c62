package kr.go.sandan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import java.time.Instant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import jakarta.persistence.Transient;
import org.hibernate.annotations.ListIndexBase;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import kr.go.sandan.complex.IndustrialComplex;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.RegionName;
import kr.go.sandan.round.ProgramRound;

/**
 * A region's innovation plan (산단혁신계획) in a round: the hub complex and what links to it,
 * the vision and targets, the key tasks with their requested projects, governance and
 * diagnosis. It keeps the region's name at submission: 전라북도 stays 전라북도 after the region
 * was renamed.
 */
@Entity
public class InnovationPlan {

	@Transient
	private final List<Object> events = new ArrayList<>();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id")
	private ProgramRound round;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_id")
	private Region region;

	private String regionName;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	private LocalDate publishedOn;

	/** The status as of the last published decision; {@code null} while unpublished. */
	@Enumerated(EnumType.STRING)
	private PlanStatus publicStatus;

	/** First day of the district's period (경쟁력강화사업지구), once designated. */
	private LocalDate districtStart;

	/** Last day of the district's period. */
	private LocalDate districtEnd;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "hub_complex_id")
	private IndustrialComplex hubComplex;

	/** The frozen copy of the last published decision: what the public reads. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "public_milestone_id")
	private PlanSnapshot publicSnapshot;

	private String hubWeightLabel;

	private String vision;

	private String governance;

	private Integer reportedProjectCount;

	private String releaseSummary;

	private String releaseSiteSummary;

	@ElementCollection
	@CollectionTable(name = "plan_main_industry", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "name")
	private List<String> mainIndustries = new ArrayList<>();

	@OneToMany(mappedBy = "plan", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("source, position")
	private List<PlanTarget> targets = new ArrayList<>();

	@OneToMany(mappedBy = "plan", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<HubWeight> hubWeights = new ArrayList<>();

	@OneToMany(mappedBy = "plan", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<LinkedSite> linkedSites = new ArrayList<>();

	@OneToMany(mappedBy = "plan", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<KeyTask> keyTasks = new ArrayList<>();

	@OneToMany(mappedBy = "plan", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Diagnosis> diagnoses = new ArrayList<>();

	@OneToMany(mappedBy = "plan", fetch = FetchType.LAZY, cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<PlanStatusEvent> statusEvents = new ArrayList<>();

	private Instant createdAt = Instant.now();

	private Instant submittedAt;

	/**
	 * When a selected plan last changed its hub complex (issue 16); null when it never
	 * did.
	 */
	private Instant hubChangedAfterSelectionAt;

	/**
	 * When a section was last saved, and by whom (the plan's row moves with every save).
	 */
	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected InnovationPlan() {
	}

	/** A region starts its plan for a round; it keeps the region's name of today. */
	static InnovationPlan draft(ProgramRound round, Region region, String regionName) {
		InnovationPlan plan = new InnovationPlan();
		plan.round = round;
		plan.region = region;
		plan.regionName = regionName;
		plan.status = PlanStatus.DRAFT;
		return plan;
	}

	/**
	 * Whether the region may still change the plan (a draft, or a plan sent back for
	 * revision).
	 */
	public boolean isEditable() {
		return this.status.isEditable();
	}

	private void requireEditable() {
		if (!isEditable()) {
			throw new PlanLockedException(this.id, this.status);
		}
	}

	/**
	 * Every save of a section goes through here: the plan must still be editable, and the
	 * change moves the plan's own row (and so its version), whichever rows below it the
	 * section writes — a stale form of any section is then refused, never silently
	 * overwritten.
	 */
	private void changedBy(String username, Instant now) {
		requireEditable();
		this.updatedAt = now;
		this.updatedBy = username;
	}

	/** The vision and main industries (개요). */
	void reviseBasics(String vision, List<String> industries, String username, Instant now) {
		changedBy(username, now);
		this.vision = vision;
		this.mainIndustries.clear();
		this.mainIndustries.addAll(industries);
	}

	/**
	 * The hub complex and its weight in the region. A plan the committee has selected
	 * changes its hub only when the region confirms it knows what that means; when the
	 * hub changes, figures that were written for the old hub and not retyped are cleared
	 * for re-entry rather than left attached to the new one.
	 * @return whether the old hub's figures were cleared
	 */
	boolean reviseHub(IndustrialComplex hub, List<DraftContent.Weight> weights, boolean hubChangeConfirmed,
			String username, Instant now) {
		boolean changesHub = this.hubComplex != null && (hub == null || !hub.getId().equals(this.hubComplex.getId()));
		if (changesHub && wasPreliminarilySelected() && !hubChangeConfirmed) {
			throw new HubChangeUnconfirmedException(this.id);
		}
		changedBy(username, now);
		if (changesHub && wasPreliminarilySelected()) {
			this.hubChangedAfterSelectionAt = now;
		}
		List<DraftContent.Weight> kept = weights;
		boolean cleared = false;
		if (changesHub && sameWeights(weights)) {
			kept = List.of();
			cleared = !this.hubWeights.isEmpty();
		}
		this.hubComplex = hub;
		if (!kept.isEmpty() && this.hubWeightLabel == null) {
			this.hubWeightLabel = "기여도";
		}
		for (int i = 0; i < kept.size(); i++) {
			if (i < this.hubWeights.size()) {
				this.hubWeights.get(i).restate(kept.get(i));
			}
			else {
				this.hubWeights.add(new HubWeight(this, i + 1, kept.get(i)));
			}
		}
		while (this.hubWeights.size() > kept.size()) {
			this.hubWeights.remove(this.hubWeights.size() - 1);
		}
		return cleared;
	}

	private boolean sameWeights(List<DraftContent.Weight> weights) {
		if (weights.size() != this.hubWeights.size()) {
			return false;
		}
		for (int i = 0; i < weights.size(); i++) {
			if (!this.hubWeights.get(i).sameAs(weights.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** Linked complexes and areas, in the order given. */
	void reviseSites(List<LinkedPlace> sites, String username, Instant now) {
		changedBy(username, now);
		for (int i = 0; i < sites.size(); i++) {
			LinkedPlace site = sites.get(i);
			if (i < this.linkedSites.size()) {
				this.linkedSites.get(i).restate(site.complex(), site.area(), site.linkageFunction());
			}
			else {
				this.linkedSites.add(new LinkedSite(this, i + 1, site.complex(), site.area(), site.linkageFunction()));
			}
		}
		while (this.linkedSites.size() > sites.size()) {
			this.linkedSites.remove(this.linkedSites.size() - 1);
		}
	}

	/**
	 * The plan's own targets, in the order given. A row names the target it changes by id
	 * (so a target keeps its id, against which yearly actuals are later recorded) or none
	 * for a new one; the plan's targets left out are removed.
	 */
	void reviseTargets(List<DraftContent.Target> targets, String username, Instant now) {
		changedBy(username, now);
		Map<Long, PlanTarget> own = new LinkedHashMap<>();
		getPlanTargets().forEach((target) -> own.put(target.getId(), target));
		List<PlanTarget> kept = new ArrayList<>();
		for (DraftContent.Target target : targets) {
			PlanTarget existing = (target.id() != null) ? own.remove(target.id()) : null;
			if (existing != null) {
				existing.restate(target);
				kept.add(existing);
			}
			else {
				PlanTarget added = new PlanTarget(this, TargetSource.PLAN, 0, target);
				this.targets.add(added);
				kept.add(added);
			}
		}
		this.targets.removeAll(own.values());
		for (int i = 0; i < kept.size(); i++) {
			kept.get(i).placeAt(i + 1);
		}
	}

	/**
	 * The key tasks, in the order given, each naming the task it renames by id or none
	 * for a new one. A task left out is removed only when no project is listed under it.
	 */
	void reviseTasks(List<TaskName> tasks, String username, Instant now) {
		Map<Long, KeyTask> own = new LinkedHashMap<>();
		this.keyTasks.forEach((task) -> own.put(task.getId(), task));
		for (TaskName task : tasks) {
			if (task.id() != null) {
				own.remove(task.id());
			}
		}
		for (KeyTask removed : own.values()) {
			if (!removed.getProjects().isEmpty()) {
				throw new PlanSectionException("plan.error.taskHasProjects", removed.getName());
			}
		}
		changedBy(username, now);
		Map<Long, KeyTask> byId = new LinkedHashMap<>();
		this.keyTasks.forEach((task) -> byId.put(task.getId(), task));
		List<KeyTask> ordered = new ArrayList<>();
		for (TaskName task : tasks) {
			KeyTask existing = (task.id() != null) ? byId.get(task.id()) : null;
			if (existing != null) {
				existing.rename(task.name());
				ordered.add(existing);
			}
			else {
				ordered.add(new KeyTask(this, 0, task.name()));
			}
		}
		this.keyTasks.clear();
		this.keyTasks.addAll(ordered);
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).placeAt(i + 1);
		}
	}

	/** A key task as the region names it: the id of the task it renames, or none. */
	record TaskName(Long id, String name) {
	}

	/** Adds a requested project at the end of a key task's projects. */
	RequestedProject addProject(long taskId, DraftContent.Project project, String username, Instant now) {
		KeyTask task = keyTask(taskId);
		changedBy(username, now);
		return task.add(project);
	}

	/**
	 * Restates a requested project; a project moved to another key task is listed last
	 * there (and gets a new id: nothing refers to a project while its plan is editable).
	 */
	void reviseProject(long projectId, long taskId, DraftContent.Project project, String username, Instant now) {
		RequestedProject existing = project(projectId);
		KeyTask task = keyTask(taskId);
		changedBy(username, now);
		if (existing.getKeyTask() == task) {
			existing.restate(project);
		}
		else {
			existing.getKeyTask().remove(existing);
			task.add(project);
		}
	}

	/** Removes a requested project. */
	void removeProject(long projectId, String username, Instant now) {
		RequestedProject existing = project(projectId);
		changedBy(username, now);
		existing.getKeyTask().remove(existing);
	}

	/** Governance (추진체계) and the points of the regional diagnosis, one each. */
	void reviseNarrative(String governance, List<String> diagnoses, String username, Instant now) {
		changedBy(username, now);
		this.governance = governance;
		for (int i = 0; i < diagnoses.size(); i++) {
			if (i < this.diagnoses.size()) {
				this.diagnoses.get(i).restate(diagnoses.get(i));
			}
			else {
				this.diagnoses.add(new Diagnosis(this, i + 1, diagnoses.get(i)));
			}
		}
		while (this.diagnoses.size() > diagnoses.size()) {
			this.diagnoses.remove(this.diagnoses.size() - 1);
		}
	}

	private KeyTask keyTask(long taskId) {
		return this.keyTasks.stream()
			.filter((task) -> task.getId() != null && task.getId() == taskId)
			.findFirst()
			.orElseThrow(() -> new PlanSectionException("plan.error.projectTask", String.valueOf(taskId)));
	}

	/** One of the plan's requested projects, or not found. */
	RequestedProject project(long projectId) {
		return this.keyTasks.stream()
			.flatMap((task) -> task.getProjects().stream())
			.filter((project) -> project.getId() != null && project.getId() == projectId)
			.findFirst()
			.orElseThrow(() -> new kr.go.sandan.web.NotFoundException("project", projectId));
	}

	/** A linked complex or area as the plan records it, with its linkage function. */
	record LinkedPlace(IndustrialComplex complex, kr.go.sandan.complex.LinkedArea area, String linkageFunction) {
	}

	/**
	 * The requested budget summed from the projects, never typed: by lead ministry and
	 * year, and by year.
	 */
	public PlanBudget getBudget() {
		return PlanBudget.of(this.keyTasks.stream()
			.flatMap((task) -> task.getProjects().stream())
			.map((project) -> new MinistryFunds(project.getLeadMinistry(), project.getBudgets()))
			.toList());
	}

	/**
	 * The sections a submission still lacks, as message keys; empty when it can be
	 * submitted.
	 */
	public List<String> missingForSubmission() {
		return Completeness.missing(this.hubComplex != null, this.mainIndustries.size(), this.vision,
				getPlanTargets().size(), this.governance, this.diagnoses.size(), getListedProjectCount());
	}

	/**
	 * Sends the plan to the ministry: it is locked from now on and the caller keeps the
	 * content as an immutable version.
	 */
	void submit(Instant now) {
		requireEditable();
		if (!missingForSubmission().isEmpty()) {
			throw new IllegalStateException("Plan " + this.id + " is incomplete: " + missingForSubmission());
		}
		boolean revision = this.status == PlanStatus.REVISION_REQUESTED;
		moveTo(revision ? PlanStatus.REVISED : PlanStatus.SUBMITTED, now, null);
		this.submittedAt = now;
		if (revision) {
			// the ministry asked for it and waits for it
			this.events.add(new PlanResubmitted(this.id, this.regionName, this.round.getYear(), now));
		}
	}

	/** What happened to the plan since it was last saved, published when it is saved. */
	@DomainEvents
	List<Object> domainEvents() {
		return List.copyOf(this.events);
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		this.events.clear();
	}

	/**
	 * Whether the ministry may send the plan back: it has been submitted and not yet
	 * decided on.
	 */
	public boolean canRequestRevision() {
		return this.status.canMoveTo(PlanStatus.REVISION_REQUESTED);
	}

	/**
	 * Whether the plan can go to the evaluators: submitted (or resubmitted before any
	 * selection) and locked.
	 */
	public boolean canBeEvaluated() {
		return this.status.canMoveTo(PlanStatus.UNDER_EVALUATION)
				&& (this.status == PlanStatus.SUBMITTED || !wasPreliminarilySelected());
	}

	/**
	 * The call's evaluation starts: the plan is scored as it stands, and stays locked.
	 */
	void startEvaluation(Instant now) {
		if (!canBeEvaluated()) {
			throw new PlanTransitionException(this.id, this.status, PlanStatus.UNDER_EVALUATION);
		}
		moveTo(PlanStatus.UNDER_EVALUATION, now, null);
	}

	/**
	 * The ministry sends the plan back: before evaluation to complete it, after
	 * preliminary selection to refine it with the ministries (consulting).
	 */
	void requestRevision(Instant now) {
		moveTo(PlanStatus.REVISION_REQUESTED, now, null);
	}

	/** Whether the committee ever selected this plan preliminarily. */
	public Instant getHubChangedAfterSelectionAt() {
		return this.hubChangedAfterSelectionAt;
	}

	public boolean wasPreliminarilySelected() {
		return this.statusEvents.stream().anyMatch((event) -> event.getStatus() == PlanStatus.PRELIMINARILY_SELECTED);
	}

	/**
	 * The one guard of every status change: the move must be in {@link PlanStatus}'s
	 * table. Each change is kept as a dated status event.
	 */
	void moveTo(PlanStatus target, Instant now, String note) {
		if (!this.status.canMoveTo(target)) {
			throw new PlanTransitionException(this.id, this.status, target);
		}
		if (target == PlanStatus.CONFIRMED && !wasPreliminarilySelected()) {
			// a plan revised before the evaluation has not been selected yet
			throw new PlanTransitionException(this.id, this.status, target);
		}
		this.status = target;
		this.statusEvents.add(new PlanStatusEvent(this, target, LocalDate.ofInstant(now, SEOUL), note));
	}

	/**
	 * The committee decides on the plan at a meeting (preliminary selection,
	 * confirmation, designation); the rationale is kept with the status event.
	 */
	void decide(PlanStatus outcome, Instant now, kr.go.sandan.round.CommitteeMeeting meeting, String rationale) {
		if (outcome != PlanStatus.PRELIMINARILY_SELECTED && outcome != PlanStatus.NOT_SELECTED
				&& outcome != PlanStatus.CONFIRMED && outcome != PlanStatus.DESIGNATED) {
			throw new IllegalArgumentException("not a committee decision: " + outcome);
		}
		moveTo(outcome, now, rationale);
		this.statusEvents.get(this.statusEvents.size() - 1).decidedAt(meeting);
	}

	/**
	 * Makes the plan's current status public from this day on (the first publication day
	 * is kept), with the frozen copy of the decision as what the public reads.
	 */
	void publish(LocalDate day, PlanSnapshot content) {
		if (this.publishedOn == null) {
			this.publishedOn = day;
		}
		this.publicStatus = this.status;
		this.publicSnapshot = content;
	}

	/**
	 * The frozen copy the public reads: that of the last published decision (for the
	 * release's plans, the copy made of them as the release published them).
	 */
	PlanSnapshot getPublicSnapshot() {
		return this.publicSnapshot;
	}

	/** Gives a plan published before public copies existed the copy made of it now. */
	void keepAsPublished(PlanSnapshot content) {
		if (!isPublished() || this.publicSnapshot != null) {
			throw new IllegalStateException("plan " + this.id + " needs no baseline");
		}
		this.publicSnapshot = content;
	}

	/** The longest period of a district: three years of concentrated budget. */
	static final int DISTRICT_YEARS = 3;

	/**
	 * The committee designates the confirmed plan's region as a 경쟁력강화사업지구 for a period of
	 * at most three years.
	 */
	void designate(Instant now, kr.go.sandan.round.CommitteeMeeting meeting, String rationale, LocalDate start,
			LocalDate end) {
		if (!isValidDistrictPeriod(start, end)) {
			throw new IllegalArgumentException("invalid district period " + start + ".." + end);
		}
		decide(PlanStatus.DESIGNATED, now, meeting, rationale);
		this.districtStart = start;
		this.districtEnd = end;
	}

	/** A period starts before it ends and lasts at most three years. */
	public static boolean isValidDistrictPeriod(LocalDate start, LocalDate end) {
		return start != null && end != null && start.isBefore(end)
				&& !end.isAfter(start.plusYears(DISTRICT_YEARS).minusDays(1));
	}

	/**
	 * Whether the district's work can be closed: designated, and its period is over (or
	 * unknown, as for the release's 2020 round).
	 */
	public boolean canComplete(LocalDate today) {
		return canComplete(this.status, this.districtEnd, today);
	}

	/** {@link #canComplete(LocalDate)} for a plan read as a row. */
	static boolean canComplete(PlanStatus status, LocalDate districtEnd, LocalDate today) {
		return status.canMoveTo(PlanStatus.COMPLETED) && (districtEnd == null || today.isAfter(districtEnd));
	}

	/** The ministry closes the district after its period; the public sees it at once. */
	void complete(Instant now, String note) {
		LocalDate today = LocalDate.ofInstant(now, SEOUL);
		if (!canComplete(today)) {
			throw new PlanTransitionException(this.id, this.status, PlanStatus.COMPLETED);
		}
		moveTo(PlanStatus.COMPLETED, now, note);
		if (isPublished()) {
			this.publicStatus = PlanStatus.COMPLETED;
		}
	}

	/** The region or the ministry withdraws the plan, saying why. */
	void withdraw(Instant now, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a withdrawal needs a reason");
		}
		moveTo(PlanStatus.WITHDRAWN, now, reason.strip());
		if (isPublished()) {
			// a published plan's withdrawal is public
			this.publicStatus = PlanStatus.WITHDRAWN;
		}
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** When a section of the plan was last saved; {@code null} before the first save. */
	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** Who saved a section last. */
	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public long getVersion() {
		return this.version;
	}

	static final java.time.ZoneId SEOUL = java.time.ZoneId.of("Asia/Seoul");

	public Long getId() {
		return this.id;
	}

	public ProgramRound getRound() {
		return this.round;
	}

	public Region getRegion() {
		return this.region;
	}

	/** The region's name when the plan was submitted. */
	public String getRegionName() {
		return this.regionName;
	}

	/**
	 * The region's name at submission in the reader's language: the English form of that
	 * same name (Jeollabuk-do, not Jeonbuk State). Needs the region's names loaded.
	 */
	public String regionNameIn(Locale locale) {
		if (!"en".equals(locale.getLanguage())) {
			return this.regionName;
		}
		return this.region.getNames()
			.stream()
			.filter((name) -> name.getName().equals(this.regionName))
			.map(RegionName::getNameEn)
			.findFirst()
			.orElse(this.regionName);
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	/** The day the plan was made public; {@code null} while it is not. */
	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public boolean isPublished() {
		return this.publishedOn != null;
	}

	/** The status as the public knows it: as of the last published decision. */
	public PlanStatus getPublicStatus() {
		return this.publicStatus;
	}

	/**
	 * The status this reader may know: the current one for the ministry, the current one
	 * but for a committee decision not yet published for the plan's region, the published
	 * one for everybody else. Needs the events and their meetings loaded for the region.
	 */
	public PlanStatus statusFor(Readership reader) {
		return switch (reader) {
			case OFFICE -> this.status;
			case REGION -> {
				List<PlanStatusEvent> known = historyFor(Readership.REGION);
				yield regionKnows(this.status, known.isEmpty() ? null : known.get(known.size() - 1).getStatus(),
						known.size() < this.statusEvents.size());
			}
			case PUBLIC -> (this.publicStatus != null) ? this.publicStatus : this.status;
		};
	}

	/**
	 * The status the plan's region knows: the current one unless a committee decision it
	 * may not know yet (its meeting unpublished) was taken, then the last step it knows
	 * (still the current one when it knows no step at all).
	 * @param current the plan's status
	 * @param lastKnown the status of the last step the region knows, {@code null} when
	 * none
	 * @param anyHidden whether any step was taken at a meeting not published yet
	 */
	static PlanStatus regionKnows(PlanStatus current, @Nullable PlanStatus lastKnown, boolean anyHidden) {
		return (lastKnown == null || !anyHidden) ? current : lastKnown;
	}

	/**
	 * The history this reader may know: the ministry sees every step; the plan's region
	 * every step but committee decisions not yet published; the public the
	 * pre-submission, published committee decisions and a published plan's withdrawal or
	 * completion. Needs the events and their meetings loaded.
	 */
	public List<PlanStatusEvent> historyFor(Readership reader) {
		return switch (reader) {
			case OFFICE -> this.statusEvents;
			case REGION -> this.statusEvents.stream()
				.filter((event) -> event.getMeeting() == null || event.getMeeting().isPublished())
				.toList();
			case PUBLIC -> this.statusEvents.stream()
				.filter((event) -> publicKnows(event.getStatus(), event.getMeeting() != null,
						event.getMeeting() != null && event.getMeeting().isPublished()))
				.toList();
		};
	}

	/**
	 * Whether the public knows a step: a committee's decision once the meeting's
	 * decisions are published, otherwise only the submission, a withdrawal and the
	 * completion.
	 * @param decidedAtMeeting whether a committee meeting made the step
	 * @param meetingPublished whether that meeting's decisions are published
	 */
	static boolean publicKnows(PlanStatus status, boolean decidedAtMeeting, boolean meetingPublished) {
		if (decidedAtMeeting) {
			return meetingPublished;
		}
		return status == PlanStatus.SUBMITTED || status == PlanStatus.WITHDRAWN || status == PlanStatus.COMPLETED;
	}

	public LocalDate getDistrictStart() {
		return this.districtStart;
	}

	public LocalDate getDistrictEnd() {
		return this.districtEnd;
	}

	public IndustrialComplex getHubComplex() {
		return this.hubComplex;
	}

	/** The release calls the hub's weight 기여도 for some regions and 중요도 for others. */
	public String getHubWeightLabel() {
		return this.hubWeightLabel;
	}

	public String getVision() {
		return this.vision;
	}

	public String getGovernance() {
		return this.governance;
	}

	/**
	 * The total number of requested projects the region reported (only the main ones are
	 * listed).
	 */
	public Integer getReportedProjectCount() {
		return this.reportedProjectCount;
	}

	public String getReleaseSummary() {
		return this.releaseSummary;
	}

	public String getReleaseSiteSummary() {
		return this.releaseSiteSummary;
	}

	public List<String> getMainIndustries() {
		return this.mainIndustries;
	}

	public List<PlanTarget> getTargets() {
		return this.targets;
	}

	/** The targets the plan itself sets. */
	public List<PlanTarget> getPlanTargets() {
		return this.targets.stream().filter((target) -> target.getSource() == TargetSource.PLAN).toList();
	}

	public List<HubWeight> getHubWeights() {
		return this.hubWeights;
	}

	public List<LinkedSite> getLinkedSites() {
		return this.linkedSites;
	}

	public List<KeyTask> getKeyTasks() {
		return this.keyTasks;
	}

	/** The main requested projects listed under the key tasks. */
	public int getListedProjectCount() {
		return this.keyTasks.stream().mapToInt((task) -> task.getProjects().size()).sum();
	}

	public boolean hasStrategies() {
		return this.keyTasks.stream().anyMatch((task) -> !task.getStrategies().isEmpty());
	}

	public List<Diagnosis> getDiagnoses() {
		return this.diagnoses;
	}

	public List<PlanStatusEvent> getStatusEvents() {
		return this.statusEvents;
	}

}
