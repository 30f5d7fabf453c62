package kr.go.sandan.round;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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

	@OneToMany(mappedBy = "round", fetch = FetchType.LAZY)
	@OrderBy("position")
	private List<EvaluationIndicator> indicators = new ArrayList<>();

	@Version
	private long version;

	protected ProgramRound() {
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
