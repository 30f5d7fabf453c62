package kr.go.sandan.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the zonky binaries, configured to keep the
 * portal's data: the data directory survives restarts, fsync and synchronous commit are
 * on (zonky turns them off for throwaway test databases), and a postmaster left behind by
 * a killed JVM is stopped before the new one starts.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Duration STALE_SHUTDOWN_WAIT = Duration.ofSeconds(20);

	private static EmbeddedPostgresServer shared;

	private final EmbeddedPostgres postgres;

	private final String database;

	private final Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database, Path dataDirectory) {
		this.postgres = postgres;
		this.database = database;
		this.dataDirectory = dataDirectory;
	}

	/** Starts a server on a persistent data directory. Close it to stop PostgreSQL. */
	static EmbeddedPostgresServer startPersistent(EmbeddedDatabaseProperties properties) {
		Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDirectory);
			stopStalePostmaster(dataDirectory);
			EmbeddedPostgres postgres = configured(EmbeddedPostgres.builder(), properties.port())
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, properties.database(), dataDirectory);
			server.createDatabaseIfMissing();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/**
	 * The one throwaway server of this JVM (tests): every Spring context of a test run
	 * shares it, and it is deleted when the JVM exits.
	 */
	static synchronized EmbeddedPostgresServer ephemeral(EmbeddedDatabaseProperties properties) {
		if (shared == null) {
			try {
				EmbeddedPostgres postgres = configured(EmbeddedPostgres.builder(), 0).setCleanDataDirectory(true)
					.setRegisterShutdownHook(true)
					.start();
				shared = new EmbeddedPostgresServer(postgres, properties.database(), null);
				shared.createDatabaseIfMissing();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the throwaway embedded PostgreSQL", ex);
			}
		}
		return shared;
	}

	private static EmbeddedPostgres.Builder configured(EmbeddedPostgres.Builder builder, int port) {
		builder.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "Asia/Seoul")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C")
			.setPGStartupWait(Duration.ofSeconds(60));
		if (port > 0) {
			builder.setPort(port);
		}
		return builder;
	}

	/**
	 * A JVM killed with -9 leaves its postmaster running on the data directory, and a
	 * second one cannot start there. Stop it, but only if the pid really is a PostgreSQL
	 * process.
	 */
	static void stopStalePostmaster(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty() || !isPostgres(process.get())) {
			return;
		}
		log.warn("A PostgreSQL server (pid {}) from an earlier run is still using {}; stopping it first", pid,
				dataDirectory);
		ProcessHandle postmaster = process.get();
		postmaster.destroy();
		Instant deadline = Instant.now().plus(STALE_SHUTDOWN_WAIT);
		while (postmaster.isAlive() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while stopping the earlier PostgreSQL server", ex);
			}
		}
		if (postmaster.isAlive()) {
			postmaster.destroyForcibly();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map((command) -> command.contains("postgres")).orElse(true);
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, this.database);
			try (ResultSet rs = exists.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database \"" + this.database.replace("\"", "") + "\"");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + this.database, ex);
		}
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", this.database);
	}

	int port() {
		return this.postgres.getPort();
	}

	Optional<Path> dataDirectory() {
		return Optional.ofNullable(this.dataDirectory);
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
