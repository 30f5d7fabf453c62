package kr.go.sandan.annual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The ministry's decision on one district year: its rating, what it recommends (each with
 * a due date; blank rows are passed over) and the next year's budget adjustment as a
 * percentage or an amount (KRW million), with its reason. The district's version travels
 * with it.
 */
public class DecisionForm {

	/** How next year's budget moves. */
	public enum BudgetKind {

		/** 증감률 (%). */
		PERCENT,
		/** 증감액 (백만원). */
		AMOUNT

	}

	private Long version;

	@NotBlank
	@Size(max = 20)
	private String rating;

	private BudgetKind budgetKind;

	@DecimalMin("-100000000")
	@DecimalMax("100000000")
	@Digits(integer = 9, fraction = 2)
	private BigDecimal budgetValue;

	@Size(max = 1000)
	private String budgetReason;

	private List<@Valid RecommendationRow> recommendations = new ArrayList<>();

	/** One recommendation and when it is due (a blank row is none). */
	public static class RecommendationRow {

		@Size(max = 2000)
		private String text;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueOn;

		boolean isBlank() {
			return (this.text == null || this.text.isBlank()) && this.dueOn == null;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public LocalDate getDueOn() {
			return this.dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

	}

	static DecisionForm of(AnnualViews.Subject subject, String suggested,
			List<AnnualViews.Recommendation> recommendations) {
		DecisionForm form = new DecisionForm();
		form.version = subject.version();
		form.rating = (subject.rating() != null) ? subject.rating() : suggested;
		form.budgetKind = (subject.budgetKind() != null) ? BudgetKind.valueOf(subject.budgetKind()) : null;
		form.budgetValue = subject.budgetValue();
		form.budgetReason = subject.budgetReason();
		for (AnnualViews.Recommendation recommendation : recommendations) {
			RecommendationRow row = new RecommendationRow();
			row.text = recommendation.text();
			row.dueOn = recommendation.dueOn();
			form.recommendations.add(row);
		}
		form.pad();
		return form;
	}

	void pad() {
		while (this.recommendations.size() < 3) {
			this.recommendations.add(new RecommendationRow());
		}
	}

	List<RecommendationRow> filledRecommendations() {
		return this.recommendations.stream().filter((row) -> row != null && !row.isBlank()).toList();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getRating() {
		return this.rating;
	}

	public void setRating(String rating) {
		this.rating = rating;
	}

	public BudgetKind getBudgetKind() {
		return this.budgetKind;
	}

	public void setBudgetKind(BudgetKind budgetKind) {
		this.budgetKind = budgetKind;
	}

	public BigDecimal getBudgetValue() {
		return this.budgetValue;
	}

	public void setBudgetValue(BigDecimal budgetValue) {
		this.budgetValue = budgetValue;
	}

	public String getBudgetReason() {
		return this.budgetReason;
	}

	public void setBudgetReason(String budgetReason) {
		this.budgetReason = budgetReason;
	}

	public List<RecommendationRow> getRecommendations() {
		return this.recommendations;
	}

	public void setRecommendations(List<RecommendationRow> recommendations) {
		this.recommendations = recommendations;
	}

}
