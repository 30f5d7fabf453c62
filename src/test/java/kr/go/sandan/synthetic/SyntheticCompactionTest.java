package kr.go.sandan.synthetic;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables the synthetic generation rewrites row by row are rewritten once after it, as
 * the schema's owner: the portal's own role may not vacuum them, and PostgreSQL only
 * warns and skips them when asked by a role that may not.
 */
@PortalTest
class SyntheticCompactionTest {

	@Autowired
	private SyntheticCompaction compaction;

	@Autowired
	private JdbcTemplate jdbc;

	private Map<String, Long> files() {
		Map<String, Long> files = new HashMap<>();
		for (String table : SyntheticCompaction.TABLES) {
			files.put(table, this.jdbc.queryForObject("select relfilenode from pg_class where oid = ?::regclass",
					Long.class, table));
		}
		return files;
	}

	private Map<String, java.sql.Timestamp> analysed() {
		Map<String, java.sql.Timestamp> analysed = new HashMap<>();
		for (String table : SyntheticCompaction.TABLES) {
			// a fresh snapshot of the statistics each time
			this.jdbc.execute("select pg_stat_clear_snapshot()");
			analysed.put(table, this.jdbc.queryForObject(
					"select last_analyze from pg_stat_user_tables where relname = ?", java.sql.Timestamp.class, table));
		}
		return analysed;
	}

	@Test
	void theTablesTheGenerationRewritesAreRewrittenAndAnalysed() throws Exception {
		Map<String, Long> before = files();
		Map<String, java.sql.Timestamp> analysedBefore = analysed();
		assertThat(this.compaction.compact()).as("tables skipped").isEmpty();
		Map<String, Long> after = files();
		// a full vacuum writes each table to a new file: skipped, it would keep its own
		for (String table : SyntheticCompaction.TABLES) {
			assertThat(after.get(table)).as(table).isNotEqualTo(before.get(table));
		}
		// analysed now (the statistics reach other sessions within a second or so)
		long deadline = System.nanoTime() + 10_000_000_000L;
		Map<String, java.sql.Timestamp> analysedAfter = analysed();
		while (!movedOn(analysedBefore, analysedAfter) && System.nanoTime() < deadline) {
			Thread.sleep(200);
			analysedAfter = analysed();
		}
		assertThat(analysedAfter).as("analysed").satisfies((now) -> assertThat(movedOn(analysedBefore, now)).isTrue());
	}

	private static boolean movedOn(Map<String, java.sql.Timestamp> before, Map<String, java.sql.Timestamp> after) {
		return SyntheticCompaction.TABLES.stream()
			.allMatch((table) -> after.get(table) != null
					&& (before.get(table) == null || after.get(table).after(before.get(table))));
	}

}
