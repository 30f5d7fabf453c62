package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * The frozen copies of a plan's content as JSON, for submitted versions
 * ({@code plan_version}) and milestones ({@code plan_milestone}): written once, read back
 * as {@link PlanContent}. The one place that knows the format, with its own mapper so
 * that what is kept does not follow the application's JSON settings.
 * <p>
 * Format 2 (since issue 15) keeps the whole content: {@code {"format": 2, "round": 2031,
 * "regionName": "경기도", "content": {…}}}. Copies made before kept only what the comparison
 * of versions needed, section by section ({@code hubComplex}, {@code linkedSites},
 * {@code projects} …); they are read as well as they allow (no complex ids, no
 * strategies).
 */
public final class PlanSnapshots {

	static final int FORMAT = 2;

	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultVisibility(
				(visibility) -> visibility.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
					.withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
					.withVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY))
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// figures exactly, in one form whatever the column's scale: 39.2, not 39.2000
		.addModule(new SimpleModule().addSerializer(BigDecimal.class, new ValueSerializer<BigDecimal>() {
			@Override
			public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
				BigDecimal stripped = value.stripTrailingZeros();
				generator.writeNumber((stripped.scale() < 0) ? stripped.setScale(0) : stripped);
			}
		}))
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
		.build();

	private PlanSnapshots() {
	}

	/** The plan's content as it stands, as a version or milestone keeps it. */
	static String write(InnovationPlan plan) {
		return write(plan.getRound().getYear(), plan.getRegionName(), PlanContent.of(plan));
	}

	/**
	 * The content of a region's plan of a round, as a version or milestone keeps it (the
	 * synthetic data writes its versions with it).
	 */
	public static String write(int round, String regionName, PlanContent content) {
		ObjectNode node = JSON.createObjectNode();
		node.put("format", FORMAT);
		node.put("round", round);
		node.put("regionName", regionName);
		node.set("content", JSON.valueToTree(content));
		return JSON.writeValueAsString(node);
	}

	/**
	 * Copies already read, by milestone: a milestone is never changed (the database
	 * refuses it) and a {@link PlanContent} is immutable, so a plan's public page need
	 * not parse its copy again at every render (a 50-project plan's copy is about 60 kB
	 * of JSON).
	 */
	private static final Cache<Long, PlanContent> MILESTONES = Caffeine.newBuilder().maximumSize(512).build();

	/** {@link #read(String)} of a milestone's copy, parsed once per milestone. */
	static PlanContent readMilestone(Long id, Supplier<String> json) {
		if (id == null) {
			return read(json.get());
		}
		return MILESTONES.get(id, (key) -> read(json.get()));
	}

	/**
	 * Submitted versions' sections already read, by plan and version number: a submitted
	 * version is never changed (the database refuses it), so an evaluator's sheet need
	 * not read, parse and word the version's 60 kB again at every render (a fifth of the
	 * sheet's page; issue 18). 128 versions hold a call's plans several times over, in a
	 * few megabytes.
	 */
	private static final Cache<VersionKey, List<PlanReview.Section>> VERSION_SECTIONS = Caffeine.newBuilder()
		.maximumSize(128)
		.build();

	/** A submitted version: its plan and number. */
	private record VersionKey(long planId, int number) {
	}

	/** A submitted version's sections, read (by {@code read}) once per version. */
	static List<PlanReview.Section> versionSections(long planId, int number, Supplier<List<PlanReview.Section>> read) {
		return VERSION_SECTIONS.get(new VersionKey(planId, number), (key) -> List.copyOf(read.get()));
	}

	/**
	 * Forgets every parsed copy and version, as after a start: for tests that count a
	 * page's statements, which read the copies not kept in one more.
	 */
	public static void forgetKept() {
		MILESTONES.invalidateAll();
		VERSION_SECTIONS.invalidateAll();
	}

	/** Whether a milestone's copy is parsed and kept: its JSON need not be read. */
	static boolean kept(long id) {
		return MILESTONES.getIfPresent(id) != null;
	}

	/** A kept copy's content, whatever format it was kept in. */
	public static PlanContent read(String json) {
		JsonNode node = JSON.readTree(json);
		if (node.path("format").asInt(1) >= FORMAT) {
			return JSON.treeToValue(node.get("content"), PlanContent.class);
		}
		return legacy(node);
	}

	/**
	 * A content written in the copies' form (the {@code content} of {@link #write}), as
	 * {@link LivePlanContent} reads the record.
	 */
	static PlanContent readContent(String json) {
		return JSON.readValue(json, PlanContent.class);
	}

	/**
	 * A copy of the first format: the sections as the comparison of versions read them.
	 */
	private static PlanContent legacy(JsonNode node) {
		String hub = text(node, "hubComplex");
		List<PlanContent.Weight> weights = new ArrayList<>();
		node.path("hubWeights")
			.forEach((line) -> weights.add(new PlanContent.Weight(null, null, null, null, line.asString())));
		List<PlanContent.Site> sites = new ArrayList<>();
		node.path("linkedSites")
			.forEach((site) -> sites.add(new PlanContent.Site(text(site, "kind"), null, text(site, "name"), null,
					text(site, "linkageFunction"))));
		List<String> industries = new ArrayList<>();
		node.path("mainIndustries").forEach((industry) -> industries.add(industry.asString()));
		List<PlanContent.Target> targets = new ArrayList<>();
		node.path("targets")
			.forEach((target) -> targets.add(new PlanContent.Target(TargetSource.PLAN,
					(text(target, "metric") != null) ? TargetMetric.valueOf(text(target, "metric")) : null,
					decimal(text(target, "value")),
					(text(target, "unit") != null) ? MeasureUnit.ofSymbol(text(target, "unit")) : null,
					target.hasNonNull("targetYear") ? target.get("targetYear").asInt() : null,
					text(target, "asWritten"))));
		Map<String, List<PlanContent.Project>> byTask = new LinkedHashMap<>();
		node.path("projects").forEach((project) -> {
			List<YearBudget> budgets = new ArrayList<>();
			project.path("budgets")
				.forEach((budget) -> budgets
					.add(new YearBudget(budget.get("year").asInt(), amount(text(budget, "national")),
							amount(text(budget, "local")), amount(text(budget, "private")))));
			byTask.computeIfAbsent(text(project, "task"), (task) -> new ArrayList<>())
				.add(new PlanContent.Project(null, text(project, "name"), text(project, "description"),
						(text(project, "leadMinistry") != null) ? Ministry.valueOf(text(project, "leadMinistry"))
								: null,
						project.hasNonNull("newlyProposed") ? project.get("newlyProposed").asBoolean() : null, budgets,
						null));
		});
		List<PlanContent.Task> tasks = new ArrayList<>();
		byTask.forEach((task, projects) -> tasks.add(new PlanContent.Task(task, null, projects, List.of())));
		List<PlanContent.Point> diagnoses = new ArrayList<>();
		node.path("diagnoses").forEach((point) -> diagnoses.add(new PlanContent.Point(null, point.asString())));
		return new PlanContent((hub != null) ? new PlanContent.Hub(null, hub, null) : null, null, weights, sites,
				industries, text(node, "vision"), targets, tasks, text(node, "governance"), diagnoses, null, null,
				null);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

	private static BigDecimal amount(String text) {
		return (text != null) ? new BigDecimal(text) : BigDecimal.ZERO;
	}

}
