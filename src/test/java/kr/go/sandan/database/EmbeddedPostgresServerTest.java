package kr.go.sandan.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.FileSystems;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal's own PostgreSQL keeps its data across restarts, even after the previous
 * portal was killed with -9 and left its postmaster running on the data directory; a
 * training start (which Spring ends by halting the JVM) stops it first.
 */
class EmbeddedPostgresServerTest {

	@TempDir
	Path temporary;

	/** Inside the temporary folder, with the passwords file beside it. */
	Path dataDirectory;

	@BeforeEach
	void dataDirectory() {
		this.dataDirectory = this.temporary.resolve("postgres");
	}

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
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.owner().username(),
						server.owner().password());
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

	/**
	 * Issue 15, finding 9: a data directory made before (every local connection trusted,
	 * the database and its tables the superuser's) asks for passwords from its next
	 * start, its database and everything in it belong to the owner role, and its data is
	 * kept.
	 */
	@Test
	void aDataDirectoryMadeBeforeRolesIsSecuredAtItsNextStartAndKeepsItsData() throws Exception {
		try (EmbeddedPostgres before = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.start()) {
			try (Connection postgres = before.getPostgresDatabase().getConnection();
					Statement statement = postgres.createStatement()) {
				statement.execute("create database sandan");
			}
			try (Connection sandan = before.getDatabase("postgres", "sandan").getConnection();
					Statement statement = sandan.createStatement()) {
				statement.execute("create table kept (id bigint generated always as identity primary key, note text)");
				statement.execute("insert into kept (note) values ('written before roles')");
				statement.execute("create function kept_guard() returns trigger language plpgsql as $$ begin "
						+ "raise exception 'kept'; end $$");
			}
		}

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer
			.startPersistent(new EmbeddedDatabaseProperties(this.dataDirectory, 0, "sandan", false))) {
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", null).close())
				.isInstanceOf(SQLException.class);
			try (Connection owner = DriverManager.getConnection(server.jdbcUrl(), server.owner().username(),
					server.owner().password());
					Statement statement = owner.createStatement();
					ResultSet owners = statement.executeQuery("""
							select (select pg_get_userbyid(datdba) from pg_database where datname = 'sandan'),
							       (select pg_get_userbyid(relowner) from pg_class where relname = 'kept'),
							       (select pg_get_userbyid(proowner) from pg_proc where proname = 'kept_guard'),
							       (select note from kept)""")) {
				owners.next();
				assertThat(List.of(owners.getString(1), owners.getString(2), owners.getString(3)))
					.containsOnly("sandan_owner");
				assertThat(owners.getString(4)).isEqualTo("written before roles");
			}
		}
		assertThat(Files.readString(EmbeddedCredentials.fileOf(this.dataDirectory))).contains("sandan_app=");
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions
				.toString(Files.getPosixFilePermissions(EmbeddedCredentials.fileOf(this.dataDirectory))))
				.isEqualTo("rw-------");
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
