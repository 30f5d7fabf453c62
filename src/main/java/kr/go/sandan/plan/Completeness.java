package kr.go.sandan.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for what a plan must contain before it can be submitted, used both by the
 * plan itself and by lists that only count its parts.
 */
public final class Completeness {

	/** The sections checked, in the order the plan presents them. */
	public static final List<String> SECTIONS = List.of("hubComplexId", "mainIndustries", "vision", "targets",
			"projects", "governance", "diagnosis");

	private Completeness() {
	}

	/** The sections still missing, as field names (also the message key suffixes). */
	static List<String> missing(boolean hasHub, int industries, String vision, int planTargets, String governance,
			int diagnoses, int projects) {
		List<String> missing = new ArrayList<>();
		if (!hasHub) {
			missing.add("hubComplexId");
		}
		if (industries == 0) {
			missing.add("mainIndustries");
		}
		if (vision == null || vision.isBlank()) {
			missing.add("vision");
		}
		if (planTargets == 0) {
			missing.add("targets");
		}
		if (projects == 0) {
			missing.add("projects");
		}
		if (governance == null || governance.isBlank()) {
			missing.add("governance");
		}
		if (diagnoses == 0) {
			missing.add("diagnosis");
		}
		return missing;
	}

}
