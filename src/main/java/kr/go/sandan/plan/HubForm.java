package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import kr.go.sandan.complex.ComplexType;

import kr.go.sandan.web.FieldLabel;

/** The hub complex (거점산단) and its weight in the region (기여도). */
class HubForm extends SectionForm {

	@FieldLabel("plan.section.hubComplexId")
	private Long hubComplexId;

	@FieldLabel("plan.edit.newHubName")
	@Size(max = 100)
	private String newHubName;

	@FieldLabel("plan.edit.newHubType")
	private ComplexType newHubType;

	/** The region confirms it changes the hub of a plan the committee selected. */
	@FieldLabel("plan.hub.confirmLabel")
	private boolean confirmHubChange;

	@Valid
	private List<WeightRow> weights = new ArrayList<>();

	HubForm() {
		for (HubWeight.Measure measure : HubWeight.Measure.values()) {
			this.weights.add(new WeightRow(measure));
		}
	}

	static HubForm of(InnovationPlan plan) {
		HubForm form = new HubForm();
		form.hubComplexId = (plan.getHubComplex() != null) ? plan.getHubComplex().getId() : null;
		for (HubWeight weight : plan.getHubWeights()) {
			for (WeightRow row : form.weights) {
				if (row.measure == weight.getMeasure()) {
					row.amount = weight.getAmount();
					row.unit = (weight.getUnit() != null) ? weight.getUnit().symbol() : "";
					row.share = weight.getSharePercent();
				}
			}
		}
		form.setVersion(plan.getVersion());
		return form;
	}

	/** Every measure once, in order, whatever the browser sent. */
	List<WeightRow> rows() {
		List<WeightRow> rows = new ArrayList<>();
		for (HubWeight.Measure measure : HubWeight.Measure.values()) {
			rows.add(this.weights.stream()
				.filter((row) -> row != null && row.measure == measure)
				.findFirst()
				.orElse(new WeightRow(measure)));
		}
		return rows;
	}

	void check(BindingResult result) {
		for (int i = 0; i < this.weights.size(); i++) {
			WeightRow row = this.weights.get(i);
			if (row == null || row.amount == null || result.hasFieldErrors("weights[" + i + "].amount")) {
				continue;
			}
			if (row.unit == null || row.unit.isBlank()) {
				result.rejectValue("weights[" + i + "].unit", "plan.error.unitRequired");
			}
			else if (unit(row.unit) == null) {
				result.rejectValue("weights[" + i + "].unit", "plan.error.unknownUnit");
			}
		}
	}

	/** The weights to keep, each with the sentence the plan shows (labels in Korean). */
	List<DraftContent.Weight> content(java.util.function.Function<String, String> label) {
		return rows().stream().filter((row) -> !row.isBlank()).map((row) -> {
			MeasureUnit unit = (row.amount == null) ? null : unit(row.unit);
			String sentence = label.apply("plan.weight." + row.measure)
					+ ((row.amount != null) ? " " + row.amount.stripTrailingZeros().toPlainString()
							+ ((unit != null) ? unit.symbol() : "") : "")
					+ ((row.share != null) ? "(" + row.share.stripTrailingZeros().toPlainString() + "%)" : "");
			return new DraftContent.Weight(row.measure, row.amount, unit, row.share, sentence);
		}).toList();
	}

	DraftContent.NewComplex newHub() {
		return (this.hubComplexId == null && trimmed(this.newHubName) != null)
				? new DraftContent.NewComplex(this.newHubName.trim(), this.newHubType) : null;
	}

	public Long getHubComplexId() {
		return this.hubComplexId;
	}

	public void setHubComplexId(Long hubComplexId) {
		this.hubComplexId = hubComplexId;
	}

	public String getNewHubName() {
		return this.newHubName;
	}

	public void setNewHubName(String newHubName) {
		this.newHubName = newHubName;
	}

	public ComplexType getNewHubType() {
		return this.newHubType;
	}

	public void setNewHubType(ComplexType newHubType) {
		this.newHubType = newHubType;
	}

	public boolean isConfirmHubChange() {
		return this.confirmHubChange;
	}

	public void setConfirmHubChange(boolean confirmHubChange) {
		this.confirmHubChange = confirmHubChange;
	}

	public List<WeightRow> getWeights() {
		return this.weights;
	}

	public void setWeights(List<WeightRow> weights) {
		this.weights = weights;
	}

	/** The hub's weight on one measure: an amount with its unit and/or a share in %. */
	public static class WeightRow {

		@FieldLabel("plan.edit.weight.measure")
		private HubWeight.Measure measure;

		@FieldLabel("plan.edit.weight.amount")
		@PositiveOrZero
		@Digits(integer = 16, fraction = 4)
		private BigDecimal amount;

		@FieldLabel("plan.edit.unit")
		private String unit = "";

		@FieldLabel("plan.edit.weight.share")
		@PositiveOrZero
		@DecimalMax("100")
		@Digits(integer = 3, fraction = 2)
		private BigDecimal share;

		public WeightRow() {
		}

		WeightRow(HubWeight.Measure measure) {
			this.measure = measure;
		}

		boolean isBlank() {
			return this.amount == null && this.share == null;
		}

		public HubWeight.Measure getMeasure() {
			return this.measure;
		}

		public void setMeasure(HubWeight.Measure measure) {
			this.measure = measure;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public BigDecimal getShare() {
			return this.share;
		}

		public void setShare(BigDecimal share) {
			this.share = share;
		}

	}

}
