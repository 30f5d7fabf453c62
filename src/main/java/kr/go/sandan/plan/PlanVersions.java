package kr.go.sandan.plan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The submitted versions of plans: the whole content as JSON, numbered, never changed
 * (the database refuses updates and deletes).
 */
@Repository
class PlanVersions {

	private final JdbcTemplate jdbc;

	PlanVersions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A version as lists show it. */
	record VersionInfo(int number, Instant submittedAt, String submittedBy) {
	}

	int add(long planId, Instant submittedAt, String submittedBy, String contentJson) {
		Integer number = this.jdbc.queryForObject("""
				insert into plan_version (plan_id, number, submitted_at, submitted_by, content)
				select ?, coalesce(max(number), 0) + 1, ?, ?, ?::jsonb from plan_version where plan_id = ?
				returning number""", Integer.class, planId,
				OffsetDateTime.ofInstant(submittedAt, java.time.ZoneOffset.UTC), submittedBy, contentJson, planId);
		return (number != null) ? number : 0;
	}

	/** How many versions each plan of a round has (one query). */
	java.util.Map<Long, Integer> countsOfRound(long roundId) {
		java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
		this.jdbc.query("""
				select v.plan_id, count(*) from plan_version v join innovation_plan p on p.id = v.plan_id
				where p.round_id = ? group by v.plan_id""", (rs) -> {
			counts.put(rs.getLong(1), rs.getInt(2));
		}, roundId);
		return counts;
	}

	List<VersionInfo> list(long planId) {
		return this.jdbc.query(
				"select number, submitted_at, submitted_by from plan_version where plan_id = ? order by number",
				(rs, i) -> new VersionInfo(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
						rs.getString(3)),
				planId);
	}

	Optional<String> content(long planId, int number) {
		return this.jdbc
			.queryForList("select content::text from plan_version where plan_id = ? and number = ?", String.class,
					planId, number)
			.stream()
			.findFirst();
	}

}
