package kr.go.sandan.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerTest}: starts the persistent server
 * on the given directory, writes a row, says "ready" and waits to be killed.
 */
public final class PersistentServerMain {

	private PersistentServerMain() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer
			.startPersistent(new EmbeddedDatabaseProperties(Path.of(args[0]), 0, "sandan", false));
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.owner().username(),
				server.owner().password()); Statement statement = connection.createStatement()) {
			statement.execute("create table kept (note text)");
			statement.execute("insert into kept values ('written before kill -9')");
		}
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(120_000);
	}

}
