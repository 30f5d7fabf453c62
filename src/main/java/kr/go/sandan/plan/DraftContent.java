package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.List;

import kr.go.sandan.complex.ComplexType;

/**
 * What a region writes in the sections of its plan, as the drafting service receives it
 * from the section forms.
 */
public final class DraftContent {

	private DraftContent() {
	}

	/** The hub's weight in the region on one measure (기여도). */
	public record Weight(HubWeight.Measure measure, BigDecimal amount, MeasureUnit unit, BigDecimal sharePercent,
			String asWritten) {
	}

	/**
	 * A linked complex (kind {@code COMPLEX}) or area (a
	 * {@link kr.go.sandan.complex.LinkedAreaKind} name): an existing complex by id, or a
	 * name the portal adds when it does not know it.
	 */
	public record Site(String kind, Long complexId, String name, ComplexType complexType, String linkageFunction) {

		public boolean isComplex() {
			return "COMPLEX".equals(this.kind);
		}

	}

	/** A hub complex the portal does not know yet. */
	public record NewComplex(String name, ComplexType type) {
	}

	/** A requested project with its budget by year. */
	public record Project(String name, String description, Ministry leadMinistry, Boolean newlyProposed,
			List<YearBudget> budgets) {
	}

	/**
	 * A target as the plan states it; {@code id} names the target it restates, or is
	 * {@code null} for a new one.
	 */
	public record Target(Long id, TargetMetric metric, BigDecimal value, MeasureUnit unit, Integer targetYear,
			String asWritten) {
	}

}
