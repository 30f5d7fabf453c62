package kr.go.sandan.synthetic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Leaves the synthetic program's tables as a database in use would hold them. The
 * generation writes ten years in one transaction, and the database's triggers move a
 * district's execution sums and a verified actual at every entry, report and actual: the
 * kept tables end up mostly dead rows (the execution sums 497 pages for 1,296 rows),
 * which autovacuum never gives back. A portal in use writes them one entry at a time, and
 * autovacuum keeps them small; every read of the synthetic data scanned the dead pages (a
 * fifth of the ministry's dashboard in PostgreSQL; issue 18). Rewritten and analysed
 * once, as the schema's owner: the portal's own role may not vacuum them. A failure or a
 * table skipped is logged, not fatal: the data is there and usable, only slower to read
 * (and not compacted at a later start, which finds the data there).
 */
@Component
class SyntheticCompaction {

	/** The tables the generation rewrites row by row, through triggers or updates. */
	static final List<String> TABLES = List.of("budget_ledger_execution", "budget_ledger_execution_total",
			"budget_ledger_figure", "verified_actual", "annual_report_version", "innovation_plan");

	private final DataSource dataSource;

	private final ObjectProvider<FlywayConnectionDetails> owner;

	private final ObjectProvider<JdbcConnectionDetails> portal;

	SyntheticCompaction(DataSource dataSource, ObjectProvider<FlywayConnectionDetails> owner,
			ObjectProvider<JdbcConnectionDetails> portal) {
		this.dataSource = dataSource;
		this.owner = owner;
		this.portal = portal;
	}

	/**
	 * Rewrites and analyses the {@link #TABLES} (outside any transaction); answers the
	 * tables PostgreSQL skipped, with its warning (a role that does not own them).
	 */
	List<String> compact() throws SQLException {
		List<String> skipped = new ArrayList<>();
		try (Connection connection = ownerConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			// the portal already answers: never hold its readers for long
			statement.execute("set lock_timeout = '10s'");
			for (String table : TABLES) {
				statement.execute("vacuum (full, analyze) " + table);
				for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning
					.getNextWarning()) {
					skipped.add(table + ": " + warning.getMessage());
				}
				statement.clearWarnings();
			}
		}
		return skipped;
	}

	/**
	 * As the migrations' role when it is another (at the migrations' address, else the
	 * portal's, as Spring Boot's Flyway connects), else as the portal's.
	 */
	private Connection ownerConnection() throws SQLException {
		FlywayConnectionDetails details = this.owner.getIfAvailable();
		if (details != null && details.getUsername() != null) {
			JdbcConnectionDetails app = this.portal.getIfAvailable();
			String url = (details.getJdbcUrl() != null) ? details.getJdbcUrl()
					: (app != null) ? app.getJdbcUrl() : null;
			if (url != null) {
				return DriverManager.getConnection(url, details.getUsername(), details.getPassword());
			}
		}
		return this.dataSource.getConnection();
	}

}
