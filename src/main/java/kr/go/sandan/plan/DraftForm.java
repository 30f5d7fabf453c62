package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** What regional staff type on the plan's edit page; never bound to the entity. */
record DraftForm(@Size(max = 500) String vision, @Size(max = 500) String mainIndustries, Long hubComplexId,
		@Size(max = 1000) String governance, @Size(max = 10000) String diagnosis, @Valid List<TargetRow> targets,
		Long version) {

	/** Blank target rows offered beyond the plan's own. */
	static final int SPARE_TARGET_ROWS = 3;

	/** One target row; empty rows are ignored. */
	record TargetRow(TargetMetric metric, BigDecimal value, String unit, @Min(2000) @Max(2100) Integer targetYear,
			@Size(max = 200) String asWritten) {

		boolean isBlank() {
			return this.metric == null && this.value == null && this.targetYear == null
					&& (this.asWritten == null || this.asWritten.isBlank());
		}

	}

	static DraftForm of(InnovationPlan plan) {
		List<TargetRow> rows = new ArrayList<>(plan.getPlanTargets()
			.stream()
			.map((target) -> new TargetRow(target.getMetric(),
					(target.getValue() != null) ? target.getValue().stripTrailingZeros() : null,
					(target.getUnit() != null) ? target.getUnit().symbol() : "", target.getTargetYear(),
					target.getAsWritten()))
			.toList());
		for (int i = 0; i < SPARE_TARGET_ROWS; i++) {
			rows.add(new TargetRow(null, null, "", null, ""));
		}
		return new DraftForm(plan.getVision(), String.join(", ", plan.getMainIndustries()),
				(plan.getHubComplex() != null) ? plan.getHubComplex().getId() : null, plan.getGovernance(),
				String.join("\n", plan.getDiagnoses().stream().map(Diagnosis::getDescription).toList()), rows,
				plan.getVersion());
	}

	List<TargetRow> filledTargets() {
		return (this.targets == null) ? List.of()
				: this.targets.stream().filter((row) -> row != null && !row.isBlank()).toList();
	}

	List<String> diagnosisPoints() {
		return lines(this.diagnosis, "\\R");
	}

	List<String> industries() {
		return lines(this.mainIndustries, "[,\\n]");
	}

	private static List<String> lines(String text, String separator) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split(separator)).map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * The content to save. A target written without its own sentence gets one made from
	 * its metric, value and unit (labels are the Korean ones).
	 */
	DraftContent content(java.util.function.Function<TargetMetric, String> metricLabel) {
		List<DraftContent.Target> rows = filledTargets().stream().map((row) -> {
			MeasureUnit unit = (row.unit() == null || row.unit().isBlank()) ? null : MeasureUnit.ofSymbol(row.unit());
			String sentence = trimmed(row.asWritten());
			if (sentence == null) {
				sentence = metricLabel.apply(row.metric()) + ((row.value() != null)
						? " " + row.value().stripTrailingZeros().toPlainString() + ((unit != null) ? unit.symbol() : "")
						: "");
			}
			return new DraftContent.Target(row.metric(), row.value(), unit, row.targetYear(), sentence);
		}).toList();
		return new DraftContent(trimmed(this.vision), industries(), this.hubComplexId, trimmed(this.governance),
				diagnosisPoints(), rows);
	}

}
