package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.List;

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
 */
public record DraftContent(String vision, List<String> mainIndustries, Long hubComplexId, String governance,
		List<String> diagnoses, List<Target> targets, List<Task> tasks) {

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
