package kr.go.sandan.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import kr.go.sandan.web.FieldLabel;

/**
 * The path of a district's targets: per target a baseline (value and year) and a target
 * for each district year; the plan's version of the path travels with it.
 */
public class TargetPathForm {

	private Long version;

	@Valid
	private List<Row> rows = new ArrayList<>();

	static TargetPathForm of(List<DistrictViews.Target> targets, long version) {
		TargetPathForm form = new TargetPathForm();
		form.version = version;
		for (DistrictViews.Target target : targets) {
			Row row = new Row();
			row.targetId = target.id();
			row.baselineValue = target.baselineValue();
			row.baselineYear = target.baselineYear();
			row.year1 = target.year1();
			row.year2 = target.year2();
			// the plan's (the release's) figure is the final year's target until changed
			row.year3 = (target.year3() != null) ? target.year3() : target.planValue();
			form.rows.add(row);
		}
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One target's path. */
	public static class Row {

		@FieldLabel("district.target")
		private Long targetId;

		@FieldLabel("district.baselineValue")
		@Digits(integer = 16, fraction = 4)
		private BigDecimal baselineValue;

		@FieldLabel("district.baselineYear")
		@Min(2000)
		@Max(2100)
		private Integer baselineYear;

		@FieldLabel("district.year1")
		@Digits(integer = 16, fraction = 4)
		private BigDecimal year1;

		@FieldLabel("district.year2")
		@Digits(integer = 16, fraction = 4)
		private BigDecimal year2;

		@FieldLabel("district.year3")
		@Digits(integer = 16, fraction = 4)
		private BigDecimal year3;

		public Long getTargetId() {
			return this.targetId;
		}

		public void setTargetId(Long targetId) {
			this.targetId = targetId;
		}

		public BigDecimal getBaselineValue() {
			return this.baselineValue;
		}

		public void setBaselineValue(BigDecimal baselineValue) {
			this.baselineValue = baselineValue;
		}

		public Integer getBaselineYear() {
			return this.baselineYear;
		}

		public void setBaselineYear(Integer baselineYear) {
			this.baselineYear = baselineYear;
		}

		public BigDecimal getYear1() {
			return this.year1;
		}

		public void setYear1(BigDecimal year1) {
			this.year1 = year1;
		}

		public BigDecimal getYear2() {
			return this.year2;
		}

		public void setYear2(BigDecimal year2) {
			this.year2 = year2;
		}

		public BigDecimal getYear3() {
			return this.year3;
		}

		public void setYear3(BigDecimal year3) {
			this.year3 = year3;
		}

	}

}
