package kr.go.sandan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.hibernate.annotations.ListIndexBase;

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
		return this.status == PlanStatus.DRAFT || this.status == PlanStatus.REVISION_REQUESTED;
	}

	private void requireEditable() {
		if (!isEditable()) {
			throw new PlanLockedException(this.id, this.status);
		}
	}

	/** Saves what the region wrote so far; a draft may be incomplete. */
	void revise(DraftContent content, IndustrialComplex hub, List<LinkedPlace> sites) {
		requireEditable();
		this.vision = content.vision();
		this.governance = content.governance();
		this.hubComplex = hub;
		this.mainIndustries.clear();
		this.mainIndustries.addAll(content.mainIndustries());
		List<PlanTarget> own = new ArrayList<>(getPlanTargets());
		for (int i = 0; i < content.targets().size(); i++) {
			DraftContent.Target target = content.targets().get(i);
			if (i < own.size()) {
				own.get(i).restate(target);
			}
			else {
				this.targets.add(new PlanTarget(this, TargetSource.PLAN, i + 1, target));
			}
		}
		for (int i = content.targets().size(); i < own.size(); i++) {
			this.targets.remove(own.get(i));
		}
		for (int i = 0; i < content.diagnoses().size(); i++) {
			if (i < this.diagnoses.size()) {
				this.diagnoses.get(i).restate(content.diagnoses().get(i));
			}
			else {
				this.diagnoses.add(new Diagnosis(this, i + 1, content.diagnoses().get(i)));
			}
		}
		while (this.diagnoses.size() > content.diagnoses().size()) {
			this.diagnoses.remove(this.diagnoses.size() - 1);
		}
		if (!content.hubWeights().isEmpty() && this.hubWeightLabel == null) {
			this.hubWeightLabel = "기여도";
		}
		for (int i = 0; i < content.hubWeights().size(); i++) {
			if (i < this.hubWeights.size()) {
				this.hubWeights.get(i).restate(content.hubWeights().get(i));
			}
			else {
				this.hubWeights.add(new HubWeight(this, i + 1, content.hubWeights().get(i)));
			}
		}
		while (this.hubWeights.size() > content.hubWeights().size()) {
			this.hubWeights.remove(this.hubWeights.size() - 1);
		}
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
		for (int i = 0; i < content.tasks().size(); i++) {
			if (i < this.keyTasks.size()) {
				this.keyTasks.get(i).restate(content.tasks().get(i));
			}
			else {
				this.keyTasks.add(new KeyTask(this, i + 1, content.tasks().get(i)));
			}
		}
		while (this.keyTasks.size() > content.tasks().size()) {
			this.keyTasks.remove(this.keyTasks.size() - 1);
		}
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
		moveTo((this.status == PlanStatus.REVISION_REQUESTED) ? PlanStatus.REVISED : PlanStatus.SUBMITTED, now, null);
		this.submittedAt = now;
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
		return this.status.canMoveTo(PlanStatus.COMPLETED)
				&& (this.districtEnd == null || today.isAfter(this.districtEnd));
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
				yield (known.isEmpty() || known.size() == this.statusEvents.size()) ? this.status
						: known.get(known.size() - 1).getStatus();
			}
			case PUBLIC -> (this.publicStatus != null) ? this.publicStatus : this.status;
		};
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
			case PUBLIC -> this.statusEvents.stream().filter((event) -> {
				if (event.getMeeting() != null) {
					return event.getMeeting().isPublished();
				}
				return event.getStatus() == PlanStatus.SUBMITTED || event.getStatus() == PlanStatus.WITHDRAWN
						|| event.getStatus() == PlanStatus.COMPLETED;
			}).toList();
		};
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
