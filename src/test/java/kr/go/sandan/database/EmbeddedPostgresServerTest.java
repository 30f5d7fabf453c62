package kr.go.sandan.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's own PostgreSQL keeps its data across restarts, even after the previous
 * portal was killed with -9 and left its postmaster running on the data directory; a
 * training start (which Spring ends by halting the JVM) stops it first.
 */
class EmbeddedPostgresServerTest {

	@TempDir
	Path dataDirectory;

	@Test
	void aKilledRunDoesNotBlockTheNextStartAndItsDataIsKept() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				PersistentServerMain.class.getName(), this.dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean ready = false;
			while (!ready && (line = out.readLine()) != null) {
				ready = line.equals("ready");
			}
			assertThat(ready).as("child portal started its PostgreSQL").isTrue();
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(Files.exists(this.dataDirectory.resolve("postmaster.pid")))
			.as("the killed JVM left its postmaster behind")
			.isTrue();

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer
			.startPersistent(new EmbeddedDatabaseProperties(this.dataDirectory, 0, "sandan", false));
				Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet kept = statement.executeQuery("select note from kept")) {
			assertThat(kept.next()).isTrue();
			assertThat(kept.getString(1)).isEqualTo("written before kill -9");
			try (Statement settings = connection.createStatement();
					ResultSet fsync = settings.executeQuery("show fsync")) {
				fsync.next();
				assertThat(fsync.getString(1)).as("the portal's data is written durably").isEqualTo("on");
			}
		}
	}

	@Test
	void aTrainingStartStopsItsServerBeforeTheJvmHalts() throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer
			.startPersistent(new EmbeddedDatabaseProperties(this.dataDirectory, 0, "sandan", false));
		var holder = new EmbeddedPostgresAutoConfiguration.EmbeddedPostgresHolder(server, true);
		try {
			new EmbeddedPostgresAutoConfiguration.StopBeforeTrainingExit(holder, false).afterSingletonsInstantiated();
			assertThat(Files.exists(this.dataDirectory.resolve("postmaster.pid")))
				.as("an ordinary start leaves the server to the context")
				.isTrue();
			new EmbeddedPostgresAutoConfiguration.StopBeforeTrainingExit(holder, true).afterSingletonsInstantiated();
			assertThat(Files.exists(this.dataDirectory.resolve("postmaster.pid")))
				.as("a training start stops it before Spring halts the JVM")
				.isFalse();
		}
		finally {
			server.close();
		}
	}

}
