package kr.go.sandan.plan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Frozen copies of a plan at the milestones of the program: as it went to the evaluation,
 * as preliminarily selected, as confirmed. Taken once each; the database refuses changes.
 */
@Repository
class PlanMilestones {

	/** The milestones, in the program's order. */
	static final List<PlanStatus> KINDS = List.of(PlanStatus.SUBMITTED, PlanStatus.PRELIMINARILY_SELECTED,
			PlanStatus.CONFIRMED);

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	PlanMilestones(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Freezes the plan as it stands now; a milestone already taken stays as it was. */
	void take(InnovationPlan plan, PlanStatus kind, Instant now) {
		this.jdbc.update("""
				insert into plan_milestone (plan_id, kind, taken_at, content) values (?, ?, ?, ?::jsonb)
				on conflict on constraint uq_plan_milestone do nothing""", plan.getId(), kind.name(),
				OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
				this.json.writeValueAsString(PlanDrafting.snapshot(plan)));
	}

	/** A milestone as lists show it. */
	record Milestone(PlanStatus kind, Instant takenAt) {
	}

	List<Milestone> list(long planId) {
		return this.jdbc.query("select kind, taken_at from plan_milestone where plan_id = ? order by taken_at, id",
				(rs, i) -> new Milestone(PlanStatus.valueOf(rs.getString(1)),
						rs.getObject(2, OffsetDateTime.class).toInstant()),
				planId);
	}

	@SuppressWarnings("unchecked")
	Optional<Map<String, Object>> content(long planId, PlanStatus kind) {
		return this.jdbc
			.queryForList("select content::text from plan_milestone where plan_id = ? and kind = ?", String.class,
					planId, kind.name())
			.stream()
			.findFirst()
			.map((text) -> (Map<String, Object>) this.json.readValue(text, Map.class));
	}

}
