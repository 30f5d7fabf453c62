package kr.go.sandan.plan;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every published plan as the public reads it, read as rows, not as records (issue 18:
 * hydrating 170 plans with their rounds, regions and names was a third of a fresh
 * dashboard): one statement, and one more for the copies not parsed and kept yet. What
 * the dashboard, the map, the plan search and the open data count from; never a plan's
 * record, only the copy of its last published decision. Nothing here is a record, so
 * nothing here begins a transaction: the statements join the caller's when there is one
 * (PostgreSQL's read committed takes a snapshot per statement either way; issue 18).
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class PublishedPlans {

	private final JdbcClient jdbc;

	PublishedPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(long id, long roundId, int roundYear, int roundOrdinal, long regionId, String regionCode,
			int regionPosition, String regionName, PlanStatus status, LocalDate publishedOn, LocalDate districtStart,
			LocalDate districtEnd, long copyId) {
	}

	/** Every published plan, oldest round first, regions in their order. */
	public List<PublishedPlan> all() {
		return read("", Map.of());
	}

	/**
	 * One published plan; empty when there is none of that id, or it is not published.
	 */
	public Optional<PublishedPlan> one(long id) {
		return read("and p.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/**
	 * The day the newest published decision was published, if any (one statement): what
	 * the open datasets are dated by.
	 */
	public @Nullable LocalDate lastPublishedOn() {
		return this.jdbc.sql("select max(published_on) from innovation_plan where published_on is not null")
			.query((ResultSet rs) -> rs.next() ? rs.getObject(1, LocalDate.class) : null);
	}

	/** The published plans of a round, regions in their order. */
	public List<PublishedPlan> inRound(long roundId) {
		return read("and p.round_id = :round", Map.of("round", roundId));
	}

	/** The published plans of a region, oldest round first. */
	public List<PublishedPlan> ofRegion(long regionId) {
		return read("and p.region_id = :region", Map.of("region", regionId));
	}

	private List<PublishedPlan> read(String condition, Map<String, Object> params) {
		List<Row> rows = this.jdbc.sql("""
				select p.id, p.round_id, d.year, d.ordinal, p.region_id, r.code, r.position, p.region_name,
				       p.public_status, p.published_on, p.district_start, p.district_end, p.public_milestone_id
				from innovation_plan p
				join program_round d on d.id = p.round_id
				join region r on r.id = p.region_id
				where p.published_on is not null %s
				order by d.year, r.position, p.id""".formatted(condition)).params(params).query((rs, n) -> {
			long copy = rs.getLong("public_milestone_id");
			if (rs.wasNull()) {
				throw new IllegalStateException("Published plan " + rs.getLong("id") + " has no public copy");
			}
			String status = rs.getString("public_status");
			return new Row(rs.getLong("id"), rs.getLong("round_id"), rs.getInt("year"), rs.getInt("ordinal"),
					rs.getLong("region_id"), rs.getString("code"), rs.getInt("position"), rs.getString("region_name"),
					(status != null) ? PlanStatus.valueOf(status) : null, rs.getObject("published_on", LocalDate.class),
					rs.getObject("district_start", LocalDate.class), rs.getObject("district_end", LocalDate.class),
					copy);
		}).list();
		Map<Long, String> json = json(rows.stream().map(Row::copyId).filter((id) -> !PlanSnapshots.kept(id)).toList());
		return rows.stream()
			.map((row) -> new PublishedPlan(row.id(), row.roundId(), row.roundYear(), row.roundOrdinal(),
					row.regionId(), row.regionCode(), row.regionPosition(), row.regionName(), row.status(),
					row.publishedOn(), row.districtStart(), row.districtEnd(),
					PlanSnapshots.readMilestone(row.copyId(), () -> json.computeIfAbsent(row.copyId(), this::json))))
			.toList();
	}

	/** One copy's JSON: one forgotten since it was found kept. */
	private String json(long copyId) {
		return this.jdbc.sql("select content::text from plan_milestone where id = ?")
			.param(copyId)
			.query(String.class)
			.single();
	}

	/** The JSON of the copies not kept yet (one statement when any). */
	private Map<Long, String> json(List<Long> missing) {
		Map<Long, String> json = new HashMap<>();
		if (!missing.isEmpty()) {
			this.jdbc.sql("select id, content::text as content from plan_milestone where id in (:ids)")
				.param("ids", missing)
				.query((rs) -> {
					json.put(rs.getLong("id"), rs.getString("content"));
				});
		}
		return json;
	}

}
