package kr.go.sandan.annual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.go.sandan.evaluation.Aggregation;
import kr.go.sandan.evaluation.Scoring;

/**
 * The committee's own rules, indicators with weights and rating scale, as the ministry
 * sets them before the evaluation starts; blank rows are passed over. The committee's
 * version travels with it.
 */
public class CommitteeForm {

	private Long version;

	@NotNull
	private Aggregation aggregation;

	@NotNull
	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal divergenceThreshold;

	@NotNull
	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal outlierThreshold;

	@NotNull
	@Min(1)
	@Max(50)
	private Integer minimumEvaluators;

	private List<@Valid IndicatorRow> indicators = new ArrayList<>();

	private List<@Valid BandRow> bands = new ArrayList<>();

	/** One indicator: its name and weight (a blank row is none). */
	public static class IndicatorRow {

		@Size(max = 200)
		private String name;

		@DecimalMin(value = "0", inclusive = false)
		@DecimalMax("100")
		@Digits(integer = 3, fraction = 2)
		private BigDecimal weight;

		boolean isBlank() {
			return (this.name == null || this.name.isBlank()) && this.weight == null;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public BigDecimal getWeight() {
			return this.weight;
		}

		public void setWeight(BigDecimal weight) {
			this.weight = weight;
		}

	}

	/** One rating and the lowest score that earns it (a blank row is none). */
	public static class BandRow {

		@Size(max = 20)
		private String label;

		@DecimalMin("0")
		@DecimalMax("100")
		@Digits(integer = 3, fraction = 2)
		private BigDecimal minScore;

		boolean isBlank() {
			return (this.label == null || this.label.isBlank()) && this.minScore == null;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public BigDecimal getMinScore() {
			return this.minScore;
		}

		public void setMinScore(BigDecimal minScore) {
			this.minScore = minScore;
		}

	}

	/** The form as the committee stands, with blank rows to add to. */
	static CommitteeForm of(AnnualViews.Evaluation evaluation, List<Scoring.Indicator> indicators, RatingScale scale) {
		CommitteeForm form = new CommitteeForm();
		form.version = evaluation.version();
		form.aggregation = evaluation.aggregation();
		form.divergenceThreshold = evaluation.divergenceThreshold();
		form.outlierThreshold = evaluation.outlierThreshold();
		form.minimumEvaluators = evaluation.minimumEvaluators();
		for (Scoring.Indicator indicator : indicators) {
			IndicatorRow row = new IndicatorRow();
			row.name = indicator.name();
			row.weight = indicator.weight();
			form.indicators.add(row);
		}
		for (RatingScale.Band band : scale.bands()) {
			BandRow row = new BandRow();
			row.label = band.label();
			row.minScore = band.minScore();
			form.bands.add(row);
		}
		form.pad();
		return form;
	}

	/** Blank rows up to a few more than filled, to add indicators and ratings. */
	void pad() {
		while (this.indicators.size() < 6) {
			this.indicators.add(new IndicatorRow());
		}
		while (this.bands.size() < 4) {
			this.bands.add(new BandRow());
		}
	}

	List<IndicatorRow> filledIndicators() {
		return this.indicators.stream().filter((row) -> row != null && !row.isBlank()).toList();
	}

	List<BandRow> filledBands() {
		return this.bands.stream().filter((row) -> row != null && !row.isBlank()).toList();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Aggregation getAggregation() {
		return this.aggregation;
	}

	public void setAggregation(Aggregation aggregation) {
		this.aggregation = aggregation;
	}

	public BigDecimal getDivergenceThreshold() {
		return this.divergenceThreshold;
	}

	public void setDivergenceThreshold(BigDecimal divergenceThreshold) {
		this.divergenceThreshold = divergenceThreshold;
	}

	public BigDecimal getOutlierThreshold() {
		return this.outlierThreshold;
	}

	public void setOutlierThreshold(BigDecimal outlierThreshold) {
		this.outlierThreshold = outlierThreshold;
	}

	public Integer getMinimumEvaluators() {
		return this.minimumEvaluators;
	}

	public void setMinimumEvaluators(Integer minimumEvaluators) {
		this.minimumEvaluators = minimumEvaluators;
	}

	public List<IndicatorRow> getIndicators() {
		return this.indicators;
	}

	public void setIndicators(List<IndicatorRow> indicators) {
		this.indicators = indicators;
	}

	public List<BandRow> getBands() {
		return this.bands;
	}

	public void setBands(List<BandRow> bands) {
		this.bands = bands;
	}

}
