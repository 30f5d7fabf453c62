package kr.go.sandan.plan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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

	PlanMilestones(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Freezes the plan as it stands now; a milestone already taken stays as it was.
	 * @return the milestone's id
	 */
	long take(InnovationPlan plan, PlanStatus kind, Instant now) {
		return take(plan, kind, now, PlanContent.of(plan));
	}

	/**
	 * Freezes the given content of the plan (its record with what the committee decided
	 * of it); a milestone already taken stays as it was.
	 * @return the milestone's id
	 */
	long take(InnovationPlan plan, PlanStatus kind, Instant now, PlanContent content) {
		this.jdbc.update("""
				insert into plan_milestone (plan_id, kind, taken_at, content) values (?, ?, ?, ?::jsonb)
				on conflict on constraint uq_plan_milestone do nothing""", plan.getId(), kind.name(),
				OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
				PlanSnapshots.write(plan.getRound().getYear(), plan.getRegionName(), content));
		return this.jdbc.queryForObject("select id from plan_milestone where plan_id = ? and kind = ?", Long.class,
				plan.getId(), kind.name());
	}

	/**
	 * The milestone whose copy the public reads once a plan in this status is published:
	 * as confirmed from the final confirmation on, as preliminarily selected before.
	 */
	static PlanStatus publicKind(PlanStatus status) {
		return switch (status) {
			case CONFIRMED, DESIGNATED, COMPLETED -> PlanStatus.CONFIRMED;
			default -> PlanStatus.PRELIMINARILY_SELECTED;
		};
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

	/**
	 * A milestone's content; empty when not taken. A milestone never changes: its copy is
	 * parsed once and kept ({@link PlanSnapshots#readMilestone}), so its page works out
	 * and renders its view once too (issue 18: the milestone page had parsed 60 kB of
	 * JSON and rendered its sections afresh at every request). One statement when kept,
	 * two otherwise.
	 */
	Optional<PlanContent> content(long planId, PlanStatus kind) {
		return this.jdbc
			.queryForList("select id from plan_milestone where plan_id = ? and kind = ?", Long.class, planId,
					kind.name())
			.stream()
			.findFirst()
			.map((id) -> PlanSnapshots.readMilestone(id, () -> this.jdbc
				.queryForObject("select content::text from plan_milestone where id = ?", String.class, id)));
	}

}
