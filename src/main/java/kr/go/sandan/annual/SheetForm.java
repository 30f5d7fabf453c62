package kr.go.sandan.annual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * What an evaluator enters for one district: a score (0–100, one decimal) and a comment
 * per indicator, an opinion; the sheet's version travels with it.
 */
public class SheetForm {

	private Long version;

	@Size(max = 4000)
	private String opinion;

	private List<@Valid ScoreRow> scores = new ArrayList<>();

	/** One indicator's score and comment. */
	public static class ScoreRow {

		private Long indicatorId;

		@DecimalMin("0")
		@DecimalMax("100")
		@Digits(integer = 3, fraction = 1)
		private BigDecimal score;

		@Size(max = 2000)
		private String comment;

		public Long getIndicatorId() {
			return this.indicatorId;
		}

		public void setIndicatorId(Long indicatorId) {
			this.indicatorId = indicatorId;
		}

		public BigDecimal getScore() {
			return this.score;
		}

		public void setScore(BigDecimal score) {
			this.score = score;
		}

		public String getComment() {
			return this.comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

	static SheetForm of(AnnualViews.Sheet sheet, List<kr.go.sandan.evaluation.Scoring.Indicator> indicators) {
		SheetForm form = new SheetForm();
		form.version = sheet.version();
		form.opinion = sheet.opinion();
		for (var indicator : indicators) {
			ScoreRow row = new ScoreRow();
			row.indicatorId = indicator.id();
			row.score = sheet.scores().get(indicator.id());
			row.comment = sheet.comments().get(indicator.id());
			form.scores.add(row);
		}
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getOpinion() {
		return this.opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

	public List<ScoreRow> getScores() {
		return this.scores;
	}

	public void setScores(List<ScoreRow> scores) {
		this.scores = scores;
	}

}
