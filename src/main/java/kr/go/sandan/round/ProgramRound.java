package kr.go.sandan.round;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A yearly round (차수) of region selection: about five regions are designated each year.
 * Figures the ministries reported but whose details are not public (8 pre-submissions, 9
 * evaluators in 2021) are kept as reported counts.
 */
@Entity
public class ProgramRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int year;

	private int ordinal;

	private int plannedDesignations;

	private LocalDate callOpenedOn;

	private Integer reportedPreSubmissions;

	private Integer reportedEvaluatorCount;

	private String finalConfirmationPlanned;

	@OneToMany(mappedBy = "round", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<EvaluationIndicator> indicators = new ArrayList<>();

	@Version
	private long version;

	protected ProgramRound() {
	}

	ProgramRound(int year, int ordinal, int plannedDesignations) {
		this.year = year;
		replan(ordinal, plannedDesignations);
	}

	void replan(int ordinal, int plannedDesignations) {
		if (ordinal < 1 || plannedDesignations < 1) {
			throw new IllegalArgumentException("ordinal and planned designations must be positive");
		}
		this.ordinal = ordinal;
		this.plannedDesignations = plannedDesignations;
	}

	/** Sets the indicators plans of this round are scored on (before its call opens). */
	void defineIndicators(List<EvaluationIndicator.Definition> definitions) {
		// rows are changed in place by position: deleting and re-inserting in one flush
		// would trip the unique (round, position) constraint
		for (int i = 0; i < definitions.size(); i++) {
			if (i < this.indicators.size()) {
				this.indicators.get(i).redefine(definitions.get(i));
			}
			else {
				this.indicators.add(new EvaluationIndicator(this, i + 1, definitions.get(i)));
			}
		}
		while (this.indicators.size() > definitions.size()) {
			this.indicators.remove(this.indicators.size() - 1);
		}
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public int getYear() {
		return this.year;
	}

	/** 차수: the 2020 round is the 1st. */
	public int getOrdinal() {
		return this.ordinal;
	}

	public int getPlannedDesignations() {
		return this.plannedDesignations;
	}

	public LocalDate getCallOpenedOn() {
		return this.callOpenedOn;
	}

	public Integer getReportedPreSubmissions() {
		return this.reportedPreSubmissions;
	}

	public Integer getReportedEvaluatorCount() {
		return this.reportedEvaluatorCount;
	}

	/** The month in which final confirmation was announced as planned, if it was. */
	public YearMonth getFinalConfirmationPlanned() {
		return (this.finalConfirmationPlanned != null) ? YearMonth.parse(this.finalConfirmationPlanned) : null;
	}

	public List<EvaluationIndicator> getIndicators() {
		return this.indicators;
	}

}
