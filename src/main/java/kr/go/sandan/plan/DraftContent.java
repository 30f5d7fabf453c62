package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.List;

import kr.go.sandan.complex.ComplexType;

/**
 * What a region writes in its plan, as the drafting service receives it from the form.
 *
 * @param vision the vision (비전)
 * @param mainIndustries main industries in order (주력업종)
 * @param hubComplexId the hub complex chosen among the region's complexes, or
 * {@code null}
 * @param governance governance (추진체계)
 * @param diagnoses the points of the regional diagnosis, one each
 * @param targets numeric targets
 * @param tasks key tasks with their requested projects
 * @param hubWeights the hub's weight figures
 * @param sites linked complexes and areas
 * @param newHub a hub complex to add when none was chosen, or {@code null}
 */
public record DraftContent(String vision, List<String> mainIndustries, Long hubComplexId, String governance,
		List<String> diagnoses, List<Target> targets, List<Task> tasks, List<Weight> hubWeights, List<Site> sites,
		NewComplex newHub) {

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

	/** A key task (중점과제) with its requested projects. */
	public record Task(String name, List<Project> projects) {
	}

	/** A requested project with its budget by year. */
	public record Project(String name, String description, Ministry leadMinistry, Boolean newlyProposed,
			List<YearBudget> budgets) {
	}

	/** A target as the plan states it. */
	public record Target(TargetMetric metric, BigDecimal value, MeasureUnit unit, Integer targetYear,
			String asWritten) {
	}

}
