package kr.go.sandan.district;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two submitted versions of a year's report side by side, section by section (actuals,
 * key tasks, requested projects, answers to recommendations, narrative, evidence), as the
 * plan's versions are compared: each section as lines of text, with the lines one version
 * has and the other has not. Versions submitted before evidence was kept have no evidence
 * lines.
 *
 * @param section the section ({@link ReviewForm.Section} name, or {@code PROJECTS})
 * @param before its lines in the older version
 * @param after its lines in the newer version
 * @param removed lines of the older version the newer one no longer has
 * @param added lines of the newer version the older one did not have
 */
public record ReportComparison(String section, List<String> before, List<String> after, List<String> removed,
		List<String> added) {

	/**
	 * The projects' progress, compared as a section of its own (older versions have
	 * none).
	 */
	static final String PROJECTS = "PROJECTS";

	static ReportComparison of(String section, List<String> old, List<String> now) {
		return new ReportComparison(section, old, now, old.stream().filter((line) -> !now.contains(line)).toList(),
				now.stream().filter((line) -> !old.contains(line)).toList());
	}

	public boolean changed() {
		return !this.before.equals(this.after);
	}

	/**
	 * The sections of two versions' content (as {@code annual_report_version.content}
	 * holds it); {@code label} reads a message key (a task's or a recommendation's
	 * status) as the reader reads it.
	 */
	static List<ReportComparison> compare(String from, String to, JsonMapper json, Function<String, String> label) {
		Map<String, List<String>> before = lines(from, json, label);
		Map<String, List<String>> after = lines(to, json, label);
		List<ReportComparison> changes = new ArrayList<>();
		for (ReviewForm.Section section : ReviewForm.Section.values()) {
			changes.add(of(section.name(), before.get(section.name()), after.get(section.name())));
			if (section == ReviewForm.Section.TASKS) {
				// the projects' progress: compared on its own, commented on with the
				// tasks
				changes.add(of(PROJECTS, before.get(PROJECTS), after.get(PROJECTS)));
			}
		}
		return changes;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> lines(String content, JsonMapper json, Function<String, String> label) {
		Function<String, String> taskStatus = (code) -> label.apply("district.taskStatus." + code);
		Map<String, Object> version = json.readValue(content, Map.class);
		List<String> actuals = rows(version, "actuals").stream()
			.map((row) -> row.get("target") + ": " + figure(row.get("value")) + " " + row.get("unit") + " ("
					+ row.get("source") + ")")
			.toList();
		List<String> tasks = progress(rows(version, "tasks"), "task", taskStatus);
		List<String> projects = progress(rows(version, "projects"), "project", taskStatus);
		// versions submitted before recommendations were answered have none
		List<String> recommendations = rows(version, "recommendations").stream()
			.map((row) -> row.get("recommendation") + ": "
					+ label.apply("district.recommendationStatus." + row.get("status"))
					+ ((row.get("explanation") == null) ? "" : " — " + row.get("explanation")))
			.toList();
		Object narrative = version.get("narrative");
		List<String> narrativeLines = (narrative == null) ? List.of()
				: String.valueOf(narrative).lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		List<String> evidence = rows(version, "evidence").stream().map((row) -> {
			String sha = String.valueOf(row.get("sha256"));
			String target = String.valueOf(row.getOrDefault("target", ""));
			return row.get("fileName") + " (SHA-256 " + sha.substring(0, Math.min(12, sha.length())) + "…)"
					+ (target.isBlank() ? "" : " — " + target);
		}).toList();
		return Map.of("ACTUALS", actuals, "TASKS", tasks, PROJECTS, projects, "RECOMMENDATIONS", recommendations,
				"NARRATIVE", narrativeLines, "EVIDENCE", evidence);
	}

	/**
	 * Rows of progress (a key task's or a project's) as lines: name, status, what was
	 * done.
	 */
	private static List<String> progress(List<Map<String, Object>> rows, String name,
			Function<String, String> taskStatus) {
		return rows.stream()
			.map((row) -> row.get(name) + ": " + taskStatus.apply(String.valueOf(row.get("status")))
					+ (String.valueOf(row.get("progress")).isBlank() ? "" : " — " + row.get("progress")))
			.toList();
	}

	/** A figure as officials write it (1,200), whatever the JVM's locale. */
	private static String figure(Object value) {
		try {
			return new java.text.DecimalFormat("#,##0.####",
					java.text.DecimalFormatSymbols.getInstance(java.util.Locale.KOREA))
				.format(new java.math.BigDecimal(String.valueOf(value)));
		}
		catch (NumberFormatException ex) {
			return String.valueOf(value);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(Map<String, Object> version, String key) {
		Object rows = version.get(key);
		return (rows instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

}
