package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The evaluation committee of one call (평가위원회): its members, their conflicts of interest,
 * and the rules by which their scores make a ranking. The rules are fixed when the
 * evaluation starts; from then on members and assignments stay as they are.
 */
@Entity
@Table(name = "evaluation_panel")
class EvaluationPanel {

	static final BigDecimal DEFAULT_DIVERGENCE = new BigDecimal("10.00");

	static final BigDecimal DEFAULT_OUTLIER = new BigDecimal("10.00");

	/** Three counted evaluators, as the trimmed mean needs. */
	static final int DEFAULT_MINIMUM_EVALUATORS = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long callId;

	@Enumerated(EnumType.STRING)
	private Aggregation aggregation;

	private BigDecimal divergenceThreshold;

	private BigDecimal outlierThreshold;

	private int minimumEvaluators;

	private Instant formedAt;

	private String formedBy;

	private Instant startedAt;

	private String startedBy;

	private Instant completedAt;

	private String completedBy;

	private Instant resultsPublishedAt;

	@OneToMany(mappedBy = "panel", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("addedAt, id")
	private List<PanelMember> members = new ArrayList<>();

	@OneToMany(mappedBy = "panel", fetch = FetchType.LAZY, cascade = CascadeType.ALL)
	@OrderBy("recordedAt, id")
	private List<Conflict> conflicts = new ArrayList<>();

	@Version
	private long version;

	protected EvaluationPanel() {
	}

	EvaluationPanel(long callId, Instant now, String by) {
		this.callId = callId;
		this.aggregation = Aggregation.TRIMMED_MEAN;
		this.divergenceThreshold = DEFAULT_DIVERGENCE;
		this.outlierThreshold = DEFAULT_OUTLIER;
		this.minimumEvaluators = DEFAULT_MINIMUM_EVALUATORS;
		this.formedAt = now;
		this.formedBy = by;
	}

	PanelStage getStage() {
		if (this.resultsPublishedAt != null) {
			return PanelStage.PUBLISHED;
		}
		if (this.completedAt != null) {
			return PanelStage.COMPLETED;
		}
		return (this.startedAt != null) ? PanelStage.IN_PROGRESS : PanelStage.FORMING;
	}

	/**
	 * Sets how scores are aggregated and flagged, and how many counted evaluators each
	 * plan needs at least; only before the evaluation starts.
	 */
	void configure(Aggregation aggregation, BigDecimal divergenceThreshold, BigDecimal outlierThreshold,
			int minimumEvaluators) {
		requireForming();
		if (aggregation == null || divergenceThreshold.signum() <= 0 || outlierThreshold.signum() <= 0
				|| minimumEvaluators < 1) {
			throw new IllegalArgumentException("aggregation, positive thresholds and a minimum are required");
		}
		this.aggregation = aggregation;
		this.divergenceThreshold = divergenceThreshold;
		this.outlierThreshold = outlierThreshold;
		this.minimumEvaluators = minimumEvaluators;
	}

	/**
	 * Adds an evaluator, also during the evaluation (to replace one who withdrew); adding
	 * one twice changes nothing.
	 */
	void addMember(long accountId, Instant now) {
		requireOpenForEvaluators();
		if (member(accountId).isEmpty()) {
			this.members.add(new PanelMember(this, accountId, now));
		}
	}

	void removeMember(long accountId) {
		requireForming();
		this.members.removeIf((member) -> member.getAccountId() == accountId);
	}

	void signPledge(long accountId, Instant now) {
		requireOpenForEvaluators();
		member(accountId).orElseThrow(() -> new EvaluationRuleException("evaluation.error.notMember")).signPledge(now);
	}

	/**
	 * Records that the evaluator may not evaluate the plan. Recording the same reason
	 * twice changes nothing; answers whether it was new.
	 */
	boolean recordConflict(long accountId, long planId, ConflictReason reason, String detail, Instant now) {
		requireOpenForEvaluators();
		boolean known = this.conflicts.stream()
			.anyMatch((conflict) -> conflict.getAccountId() == accountId && conflict.getPlanId() == planId
					&& conflict.getReason() == reason);
		if (!known) {
			this.conflicts.add(new Conflict(this, accountId, planId, reason, detail, now));
		}
		return !known;
	}

	boolean isExcluded(long accountId, long planId) {
		return this.conflicts.stream()
			.anyMatch((conflict) -> conflict.getAccountId() == accountId && conflict.getPlanId() == planId);
	}

	void start(Instant now, String by) {
		requireForming();
		if (this.members.isEmpty()) {
			throw new EvaluationRuleException("evaluation.error.noMembers");
		}
		this.startedAt = now;
		this.startedBy = by;
	}

	void complete(Instant now, String by) {
		if (getStage() != PanelStage.IN_PROGRESS) {
			throw new EvaluationRuleException("evaluation.error.notInProgress");
		}
		this.completedAt = now;
		this.completedBy = by;
	}

	/** The committee's decisions are published: regions may see their own results. */
	void publishResults(Instant now) {
		if (getStage() != PanelStage.COMPLETED) {
			throw new EvaluationRuleException("evaluation.error.notCompleted");
		}
		this.resultsPublishedAt = now;
	}

	void requireForming() {
		if (getStage() != PanelStage.FORMING) {
			throw new EvaluationRuleException("evaluation.error.started");
		}
	}

	/** Pledges and declarations are taken until the evaluation is complete. */
	private void requireOpenForEvaluators() {
		if (getStage() == PanelStage.COMPLETED || getStage() == PanelStage.PUBLISHED) {
			throw new EvaluationRuleException("evaluation.error.completed");
		}
	}

	Optional<PanelMember> member(long accountId) {
		return this.members.stream().filter((member) -> member.getAccountId() == accountId).findFirst();
	}

	Long getId() {
		return this.id;
	}

	long getCallId() {
		return this.callId;
	}

	/** The committee's rules as the scoring engine applies them. */
	Scoring.Rules rules() {
		return new Scoring.Rules(this.aggregation, this.divergenceThreshold, this.outlierThreshold,
				this.minimumEvaluators);
	}

	Aggregation getAggregation() {
		return this.aggregation;
	}

	BigDecimal getDivergenceThreshold() {
		return this.divergenceThreshold;
	}

	BigDecimal getOutlierThreshold() {
		return this.outlierThreshold;
	}

	/** How many counted evaluators each plan needs at least; the board warns below it. */
	int getMinimumEvaluators() {
		return this.minimumEvaluators;
	}

	Instant getFormedAt() {
		return this.formedAt;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getCompletedAt() {
		return this.completedAt;
	}

	Instant getResultsPublishedAt() {
		return this.resultsPublishedAt;
	}

	List<PanelMember> getMembers() {
		return this.members;
	}

	List<Conflict> getConflicts() {
		return this.conflicts;
	}

	long getVersion() {
		return this.version;
	}

}
