package kr.go.sandan.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One evaluator's assignment to one plan and the scores they give it. Scores may be saved
 * and changed until the sheet is submitted; then they are final unless the ministry
 * reopens the sheet with a reason.
 */
@Entity
@Table(name = "evaluation_sheet")
class EvaluationSheet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "panel_id")
	private EvaluationPanel panel;

	private long accountId;

	private long planId;

	private Integer planVersion;

	@Enumerated(EnumType.STRING)
	private SheetStatus status;

	private String opinion;

	private Instant savedAt;

	private Instant submittedAt;

	private String reopenedReason;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "sheet_id"))
	private List<Score> scores = new ArrayList<>();

	@Version
	private long version;

	protected EvaluationSheet() {
	}

	EvaluationSheet(EvaluationPanel panel, long accountId, long planId) {
		this.panel = panel;
		this.accountId = accountId;
		this.planId = planId;
		this.status = SheetStatus.ASSIGNED;
	}

	/** The evaluation starts: the evaluator reads this submitted version of the plan. */
	void fixPlanVersion(int number) {
		this.planVersion = number;
	}

	/** Keeps what the evaluator entered so far; refused once the sheet is submitted. */
	void save(List<Score> entered, String opinion, Instant now) {
		requireNotSubmitted();
		this.scores.clear();
		this.scores.addAll(entered);
		this.opinion = (opinion == null || opinion.isBlank()) ? null : opinion.strip();
		this.savedAt = now;
		this.status = SheetStatus.DRAFT;
	}

	/** Makes the scores final; every indicator must have a score. */
	void submit(Collection<Long> indicatorIds, Instant now) {
		requireNotSubmitted();
		if (!missing(indicatorIds).isEmpty()) {
			throw new EvaluationRuleException("evaluation.error.incomplete");
		}
		this.status = SheetStatus.SUBMITTED;
		this.submittedAt = now;
	}

	/** The ministry sends a submitted sheet back to its evaluator, saying why. */
	void reopen(String reason) {
		if (this.status != SheetStatus.SUBMITTED) {
			throw new EvaluationRuleException("evaluation.error.notSubmitted");
		}
		if (reason == null || reason.isBlank()) {
			throw new EvaluationRuleException("evaluation.error.reasonRequired");
		}
		this.status = SheetStatus.DRAFT;
		this.submittedAt = null;
		this.reopenedReason = reason.strip();
	}

	List<Long> missing(Collection<Long> indicatorIds) {
		return indicatorIds.stream().filter((id) -> score(id).isEmpty()).toList();
	}

	Optional<Score> score(long indicatorId) {
		return this.scores.stream().filter((score) -> score.indicatorId() == indicatorId).findFirst();
	}

	Map<Long, java.math.BigDecimal> scoreValues() {
		Map<Long, java.math.BigDecimal> values = new java.util.HashMap<>();
		this.scores.forEach((score) -> values.put(score.indicatorId(), score.score()));
		return values;
	}

	private void requireNotSubmitted() {
		if (this.status == SheetStatus.SUBMITTED) {
			throw new EvaluationRuleException("evaluation.error.sheetSubmitted");
		}
	}

	boolean isSubmitted() {
		return this.status == SheetStatus.SUBMITTED;
	}

	Long getId() {
		return this.id;
	}

	EvaluationPanel getPanel() {
		return this.panel;
	}

	long getAccountId() {
		return this.accountId;
	}

	long getPlanId() {
		return this.planId;
	}

	Integer getPlanVersion() {
		return this.planVersion;
	}

	SheetStatus getStatus() {
		return this.status;
	}

	String getOpinion() {
		return this.opinion;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	String getReopenedReason() {
		return this.reopenedReason;
	}

	List<Score> getScores() {
		return this.scores;
	}

	long getVersion() {
		return this.version;
	}

}
