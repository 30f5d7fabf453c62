package kr.go.sandan.round;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import kr.go.sandan.web.FieldLabel;

/**
 * What a ministry officer types for a call; the version travels with it. A JavaBean bound
 * through its setters, so that a field that cannot be read is an error beside it and the
 * rest of what was typed stays.
 */
class CallForm {

	@FieldLabel("call.year")
	@NotNull
	@Min(2019)
	@Max(2100)
	private Integer year;

	@FieldLabel("call.ordinal")
	@NotNull
	@Min(1)
	@Max(99)
	private Integer ordinal;

	@FieldLabel("call.planned")
	@NotNull
	@Min(1)
	@Max(17)
	private Integer plannedDesignations;

	@FieldLabel("call.opensAt")
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime opensAt;

	@FieldLabel("call.closesAt")
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime closesAt;

	@FieldLabel("call.notice")
	@NotBlank
	@Size(max = 10000)
	private String notice = "";

	@FieldLabel("call.attachments")
	@Size(max = 4000)
	private String requiredAttachments = "";

	@FieldLabel("call.indicators")
	@Valid
	private List<IndicatorRow> indicators = new ArrayList<>();

	@FieldLabel("call.contact")
	@Size(max = 500)
	private String contact = "";

	private Long version;

	CallForm() {
	}

	private CallForm(Integer year, Integer ordinal, Integer plannedDesignations, LocalDateTime opensAt,
			LocalDateTime closesAt, String notice, String requiredAttachments, List<IndicatorRow> indicators,
			String contact, Long version) {
		this.year = year;
		this.ordinal = ordinal;
		this.plannedDesignations = plannedDesignations;
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.notice = notice;
		this.requiredAttachments = requiredAttachments;
		this.indicators = indicators;
		this.contact = contact;
		this.version = version;
	}

	/** Rows offered for indicators; empty rows are ignored. */
	static final int INDICATOR_ROWS = 8;

	/** One indicator row of the form. */
	public static class IndicatorRow {

		@FieldLabel("call.indicator.name")
		@Size(max = 100)
		private String name = "";

		@FieldLabel("call.indicator.weight")
		@DecimalMin(value = "0", inclusive = false)
		@DecimalMax("100")
		@Digits(integer = 3, fraction = 2)
		private BigDecimal weight;

		@FieldLabel("call.indicator.description")
		@Size(max = 1000)
		private String description = "";

		public IndicatorRow() {
		}

		IndicatorRow(String name, BigDecimal weight, String description) {
			this.name = name;
			this.weight = weight;
			this.description = description;
		}

		boolean isBlank() {
			return (this.name == null || this.name.isBlank()) && this.weight == null
					&& (this.description == null || this.description.isBlank());
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

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
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

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Integer getOrdinal() {
		return this.ordinal;
	}

	public void setOrdinal(Integer ordinal) {
		this.ordinal = ordinal;
	}

	public Integer getPlannedDesignations() {
		return this.plannedDesignations;
	}

	public void setPlannedDesignations(Integer plannedDesignations) {
		this.plannedDesignations = plannedDesignations;
	}

	public LocalDateTime getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(LocalDateTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalDateTime getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(LocalDateTime closesAt) {
		this.closesAt = closesAt;
	}

	public String getNotice() {
		return this.notice;
	}

	public void setNotice(String notice) {
		this.notice = notice;
	}

	public String getRequiredAttachments() {
		return this.requiredAttachments;
	}

	public void setRequiredAttachments(String requiredAttachments) {
		this.requiredAttachments = requiredAttachments;
	}

	public List<IndicatorRow> getIndicators() {
		return this.indicators;
	}

	public void setIndicators(List<IndicatorRow> indicators) {
		this.indicators = indicators;
	}

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
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
					.map((row) -> new EvaluationIndicator.Definition(row.getName().trim(), row.getWeight(),
							(row.getDescription() == null) ? null : row.getDescription().trim()))
					.toList(),
				(this.contact == null || this.contact.isBlank()) ? null : this.contact.strip());
	}

}
