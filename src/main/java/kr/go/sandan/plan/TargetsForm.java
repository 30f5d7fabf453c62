package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import kr.go.sandan.web.FieldLabel;

/** The plan's numeric targets (목표), a row each; blank rows are ignored. */
class TargetsForm extends RowsForm<TargetsForm.Row> {

	/** The most targets a plan sets. */
	static final int MAX_ROWS = 50;

	static TargetsForm of(InnovationPlan plan) {
		TargetsForm form = new TargetsForm();
		for (PlanTarget target : plan.getPlanTargets()) {
			Row row = new Row();
			row.id = target.getId();
			row.metric = target.getMetric();
			row.value = target.getValue();
			row.unit = (target.getUnit() != null) ? target.getUnit().symbol() : "";
			row.targetYear = target.getTargetYear();
			row.asWritten = target.getAsWritten();
			form.getRows().add(row);
		}
		form.setVersion(plan.getVersion());
		form.addBlankRows(SPARE_ROWS);
		return form;
	}

	@Override
	public int maxRows() {
		return MAX_ROWS;
	}

	@Override
	Row blankRow() {
		return new Row();
	}

	@Override
	boolean isBlank(Row row) {
		return row.isBlank();
	}

	void check(BindingResult result) {
		checkRowCount(result);
		for (int i = 0; i < getRows().size(); i++) {
			Row row = getRows().get(i);
			if (row == null || isBlank(row)) {
				continue;
			}
			if (row.metric == null && !result.hasFieldErrors("rows[" + i + "].metric")) {
				result.rejectValue("rows[" + i + "].metric", "plan.error.metricRequired");
			}
			if (row.unit != null && !row.unit.isBlank() && unit(row.unit) == null) {
				result.rejectValue("rows[" + i + "].unit", "plan.error.unknownUnit");
			}
		}
	}

	/**
	 * The targets to save. A target written without its own sentence gets one made from
	 * its metric, value and unit (labels are the Korean ones).
	 */
	List<DraftContent.Target> content(java.util.function.Function<String, String> label) {
		return filled().stream().map((row) -> {
			MeasureUnit unit = unit(row.unit);
			String sentence = trimmed(row.asWritten);
			if (sentence == null) {
				sentence = label.apply("plan.metric." + row.metric) + ((row.value != null)
						? " " + row.value.stripTrailingZeros().toPlainString() + ((unit != null) ? unit.symbol() : "")
						: "");
			}
			return new DraftContent.Target(row.id, row.metric, row.value, unit, row.targetYear, sentence);
		}).toList();
	}

	/** One target row. */
	public static class Row {

		private Long id;

		@FieldLabel("plan.target.metric")
		private TargetMetric metric;

		@FieldLabel("plan.target.value")
		@Digits(integer = 16, fraction = 4)
		private BigDecimal value;

		@FieldLabel("plan.edit.unit")
		private String unit = "";

		@FieldLabel("plan.edit.targetYear")
		@Min(2000)
		@Max(2100)
		private Integer targetYear;

		@FieldLabel("plan.target.asWritten")
		@Size(max = 200)
		private String asWritten;

		boolean isBlank() {
			return this.metric == null && this.value == null && this.targetYear == null
					&& (this.asWritten == null || this.asWritten.isBlank());
		}

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public TargetMetric getMetric() {
			return this.metric;
		}

		public void setMetric(TargetMetric metric) {
			this.metric = metric;
		}

		public BigDecimal getValue() {
			return this.value;
		}

		public void setValue(BigDecimal value) {
			this.value = value;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public Integer getTargetYear() {
			return this.targetYear;
		}

		public void setTargetYear(Integer targetYear) {
			this.targetYear = targetYear;
		}

		public String getAsWritten() {
			return this.asWritten;
		}

		public void setAsWritten(String asWritten) {
			this.asWritten = asWritten;
		}

	}

}
