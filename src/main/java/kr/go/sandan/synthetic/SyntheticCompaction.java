package kr.go.sandan.synthetic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Leaves the synthetic program's tables as a database in use would hold them. The
 * generation writes ten years in one transaction, and the database's triggers move a
 * district's execution sums and a verified actual at every entry, report and actual: the
 * kept tables end up mostly dead rows (the execution sums 497 pages for 1,296 rows),
 * which autovacuum never gives back. A portal in use writes them one entry at a time, and
 * autovacuum keeps them small; every read of the synthetic data scanned the dead pages (a
 * fifth of the ministry's dashboard in PostgreSQL; issue 18). Rewritten and analysed
 * once, as the schema's owner: the portal's own role may not vacuum them.
 */
@Component
class SyntheticCompaction {

	/** The tables the generation rewrites row by row, through triggers or updates. */
	static final List<String> TABLES = List.of("budget_ledger_execution", "budget_ledger_figure", "verified_actual",
			"annual_report_version", "innovation_plan");

	private final DataSource dataSource;

	private final ObjectProvider<FlywayConnectionDetails> owner;

	SyntheticCompaction(DataSource dataSource, ObjectProvider<FlywayConnectionDetails> owner) {
		this.dataSource = dataSource;
		this.owner = owner;
	}

	/** Rewrites and analyses the {@link #TABLES} (outside any transaction). */
	void compact() {
		try (Connection connection = ownerConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			for (String table : TABLES) {
				statement.execute("vacuum (full, analyze) " + table);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not compact the synthetic tables", ex);
		}
	}

	/** As the migrations' role when it is another, else as the portal's. */
	private Connection ownerConnection() throws SQLException {
		FlywayConnectionDetails details = this.owner.getIfAvailable();
		if (details != null && details.getJdbcUrl() != null && details.getUsername() != null) {
			return DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword());
		}
		return this.dataSource.getConnection();
	}

}
