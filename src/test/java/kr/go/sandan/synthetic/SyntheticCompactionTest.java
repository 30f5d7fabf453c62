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

	@Test
	void theTablesTheGenerationRewritesAreRewrittenAndAnalysed() {
		Map<String, Long> before = files();
		this.compaction.compact();
		Map<String, Long> after = files();
		// a full vacuum writes each table to a new file: skipped, it would keep its own
		for (String table : SyntheticCompaction.TABLES) {
			assertThat(after.get(table)).as(table).isNotEqualTo(before.get(table));
			assertThat(this.jdbc.queryForObject(
					"select last_analyze is not null from pg_stat_user_tables where relname = ?", Boolean.class, table))
				.as(table + " analysed")
				.isTrue();
		}
	}

}
