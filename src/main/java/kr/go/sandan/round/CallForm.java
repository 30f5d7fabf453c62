package kr.go.sandan.round;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a ministry officer types for a call; the version travels with it. */
record CallForm(@NotNull @Min(2019) @Max(2100) Integer year, @NotNull @Min(1) @Max(99) Integer ordinal,
		@NotNull @Min(1) @Max(17) Integer plannedDesignations,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
		@NotBlank @Size(max = 10000) String notice, @Size(max = 4000) String requiredAttachments,
		@Valid List<IndicatorRow> indicators, @Size(max = 500) String contact, Long version) {

	/** Rows offered for indicators; empty rows are ignored. */
	static final int INDICATOR_ROWS = 8;

	/** One indicator row of the form. */
	record IndicatorRow(@Size(max = 100) String name, @DecimalMin(value = "0", inclusive = false) BigDecimal weight,
			@Size(max = 1000) String description) {

		boolean isBlank() {
			return (this.name == null || this.name.isBlank()) && this.weight == null
					&& (this.description == null || this.description.isBlank());
		}

	}

	/**
	 * A new call's form with the release's four indicators and usual documents, named in
	 * the reader's language (the officer may change them).
	 */
	static CallForm blank(int year, int ordinal, List<String> indicatorNames, String requiredAttachments) {
		List<IndicatorRow> rows = new ArrayList<>();
		List<EvaluationIndicator.Definition> defaults = Calls.CallDefinition.defaultIndicators();
		for (int i = 0; i < defaults.size(); i++) {
			rows.add(new IndicatorRow(indicatorNames.get(i), defaults.get(i).weight(), ""));
		}
		return new CallForm(year, ordinal, 5, null, null, "", requiredAttachments, padded(rows), "", null);
	}

	static CallForm of(ProposalCall call) {
		ProgramRound round = call.getRound();
		List<IndicatorRow> rows = new ArrayList<>(round.getIndicators()
			.stream()
			.map((indicator) -> new IndicatorRow(indicator.getName(), indicator.getWeight(),
					indicator.getDescription()))
			.toList());
		return new CallForm(round.getYear(), round.getOrdinal(), round.getPlannedDesignations(),
				LocalDateTime.ofInstant(call.getOpensAt(), Calls.SEOUL),
				LocalDateTime.ofInstant(call.getClosesAt(), Calls.SEOUL), call.getNotice(),
				String.join("\n", call.getRequiredAttachments()), padded(rows), call.getContact(), call.getVersion());
	}

	private static List<IndicatorRow> padded(List<IndicatorRow> rows) {
		List<IndicatorRow> padded = new ArrayList<>(rows);
		while (padded.size() < INDICATOR_ROWS) {
			padded.add(new IndicatorRow("", null, ""));
		}
		return padded;
	}

	List<IndicatorRow> filledIndicators() {
		return (this.indicators == null) ? List.of()
				: this.indicators.stream().filter((row) -> row != null && !row.isBlank()).toList();
	}

	List<String> attachmentList() {
		return (this.requiredAttachments == null) ? List.of()
				: Arrays.stream(this.requiredAttachments.split("\\R"))
					.map(String::trim)
					.filter((line) -> !line.isEmpty())
					.toList();
	}

	Calls.CallDefinition definition() {
		return new Calls.CallDefinition(this.year, this.ordinal, this.plannedDesignations, this.opensAt, this.closesAt,
				this.notice.trim(), attachmentList(),
				filledIndicators().stream()
					.map((row) -> new EvaluationIndicator.Definition(row.name().trim(), row.weight(),
							(row.description() == null) ? null : row.description().trim()))
					.toList(),
				(this.contact == null || this.contact.isBlank()) ? null : this.contact.strip());
	}

}
