package kr.go.sandan.district;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import kr.go.sandan.web.FieldLabel;

/**
 * What the ministry sets for a round's districts: days after a district year ends until
 * its report is due, and the percent from which a year is green and amber; the rules'
 * version travels with it.
 */
public class RoundRulesForm {

	private Long version;

	@FieldLabel("district.rules.dueDays")
	@NotNull
	@Min(1)
	@Max(365)
	private Integer dueDays;

	@FieldLabel("district.rules.green")
	@NotNull
	@DecimalMin("1")
	@DecimalMax("1000")
	@Digits(integer = 4, fraction = 1)
	private BigDecimal green;

	@FieldLabel("district.rules.amber")
	@NotNull
	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax("1000")
	@Digits(integer = 4, fraction = 1)
	private BigDecimal amber;

	static RoundRulesForm of(RoundRules rules, long version) {
		RoundRulesForm form = new RoundRulesForm();
		form.version = version;
		form.dueDays = rules.dueDays();
		form.green = rules.green();
		form.amber = rules.amber();
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getDueDays() {
		return this.dueDays;
	}

	public void setDueDays(Integer dueDays) {
		this.dueDays = dueDays;
	}

	public BigDecimal getGreen() {
		return this.green;
	}

	public void setGreen(BigDecimal green) {
		this.green = green;
	}

	public BigDecimal getAmber() {
		return this.amber;
	}

	public void setAmber(BigDecimal amber) {
		this.amber = amber;
	}

}
