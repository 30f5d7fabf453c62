package kr.go.sandan.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says on start-up which database the portal is using, so nobody has to guess. */
@Component
class DatabaseStartupLogger {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStartupLogger.class);

	private final DataSource dataSource;

	DatabaseStartupLogger(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void logDatabase() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			log.info("Using database {} ({} {}) as user {}", meta.getURL(), meta.getDatabaseProductName(),
					meta.getDatabaseProductVersion(), meta.getUserName());
		}
		catch (SQLException ex) {
			log.warn("Could not read the database's metadata: {}", ex.getMessage());
		}
	}

}
