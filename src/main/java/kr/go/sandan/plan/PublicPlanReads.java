package kr.go.sandan.plan;

import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;

/**
 * A published plan as the public reads it, from one statement and no entity: its facts
 * (round, region, status, district period), the steps the public knows with their
 * meetings, the milestones it may open and which copy it reads; the copy's content from
 * the kept copies ({@link PlanSnapshots}, one more statement when not kept). Hibernate's
 * reading of the plan's record and events had been a third of a fresh public plan page
 * (issue 18). What the public knows is decided as for the record
 * ({@link InnovationPlan#publicKnows}); {@code PlanReaderPageTest} compares the page with
 * the one written from the record.
 */
@Component
class PublicPlanReads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Regions regions;

	PublicPlanReads(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	/** The published plan as the public reads it; empty when none is published. */
	Optional<PublicPlan> published(long id) {
		return this.jdbc
			.sql("""
					select p.id, p.round_id, r.year, r.ordinal, p.region_id, p.region_name,
					       (select n.name_en from region_name n where n.region_id = p.region_id and n.name = p.region_name
					        order by n.id limit 1) as name_en,
					       p.status, p.public_status, p.district_start, p.district_end, p.submitted_at is not null as submitted,
					       p.public_milestone_id, c.kind as public_kind,
					       (select json_agg(json_build_object('s', e.status, 'o', e.occurred_on, 'n', e.note,
					                                          'm', m.title, 'p', m.published_at is not null,
					                                          'd', e.meeting_id is not null) order by e.id)
					        from plan_status_event e left join committee_meeting m on m.id = e.meeting_id
					        where e.plan_id = p.id) as events,
					       (select json_agg(json_build_object('k', s.kind, 't', (extract(epoch from s.taken_at) * 1000000)::bigint)
					                        order by s.taken_at, s.id)
					        from plan_milestone s where s.plan_id = p.id) as milestones
					from innovation_plan p
					join program_round r on r.id = p.round_id
					join plan_milestone c on c.id = p.public_milestone_id
					where p.id = ? and p.published_on is not null""")
			.param(id)
			.query((rs, row) -> {
				List<PlanFacts.Step> history = new ArrayList<>();
				for (JsonNode event : json(rs.getString("events"))) {
					PlanStatus status = PlanStatus.valueOf(event.get("s").asString());
					if (InnovationPlan.publicKnows(status, event.get("d").asBoolean(), event.get("p").asBoolean())) {
						history.add(new PlanFacts.Step(status, date(event.get("o")), text(event.get("n")),
								text(event.get("m"))));
					}
				}
				PlanStatus publicKind = PlanStatus.valueOf(rs.getString("public_kind"));
				// the milestones the public may open: those of the steps it knows, and
				// its copy
				List<PlanMilestones.Milestone> milestones = new ArrayList<>();
				for (JsonNode milestone : json(rs.getString("milestones"))) {
					PlanStatus kind = PlanStatus.valueOf(milestone.get("k").asString());
					if (kind == publicKind || history.stream().anyMatch((step) -> step.status() == kind)) {
						milestones.add(new PlanMilestones.Milestone(kind,
								Instant.EPOCH.plus(milestone.get("t").asLong(), ChronoUnit.MICROS)));
					}
				}
				PlanStatus status = PlanStatus.valueOf(rs.getString("status"));
				PlanStatus publicStatus = PlanStatus.ofNullable(rs.getString("public_status"));
				Region region = region(rs.getLong("region_id"));
				PlanFacts facts = new PlanFacts(rs.getLong("id"), rs.getLong("round_id"), rs.getInt("year"),
						rs.getInt("ordinal"), region.getCode(), rs.getString("region_name"), rs.getString("name_en"),
						region.currentName().getName(), (publicStatus != null) ? publicStatus : status, publicStatus,
						true, rs.getObject("district_start", LocalDate.class),
						rs.getObject("district_end", LocalDate.class), rs.getBoolean("submitted"), publicKind,
						List.copyOf(history));
				return new PublicPlan(facts, rs.getLong("public_milestone_id"), List.copyOf(milestones));
			})
			.optional();
	}

	/** The content of the copy the public reads: kept, or read once (one statement). */
	PlanContent content(PublicPlan plan) {
		return PlanSnapshots.readMilestone(plan.copyId(),
				() -> this.jdbc.sql("select content::text from plan_milestone where id = ?")
					.param(plan.copyId())
					.query(String.class)
					.single());
	}

	private Region region(long id) {
		return this.regions.reference()
			.stream()
			.filter((region) -> region.getId() == id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No region " + id));
	}

	private static Iterable<JsonNode> json(@Nullable String array) {
		return (array != null) ? JSON.readTree(array) : List.of();
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	private static @Nullable LocalDate date(@Nullable JsonNode node) {
		return (node == null || node.isNull()) ? null : LocalDate.parse(node.asString());
	}

	/**
	 * A published plan as the public reads it.
	 *
	 * @param copyId the milestone whose frozen copy the public reads
	 * @param milestones the milestones the public may open, in the order taken
	 */
	record PublicPlan(PlanFacts facts, long copyId, List<PlanMilestones.Milestone> milestones) {
	}

}
