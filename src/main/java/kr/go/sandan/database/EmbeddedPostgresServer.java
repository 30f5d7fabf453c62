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
 * <p>
 * Every connection needs a password (zonky's default trusts any local connection), and
 * the portal's database belongs to an owner role that migrations run as, while the portal
 * connects as a role that owns nothing ({@link EmbeddedCredentials}): it cannot drop or
 * disable the audit trail's guard. A data directory made before this is brought to the
 * same state at its next start.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Duration STALE_SHUTDOWN_WAIT = Duration.ofSeconds(20);

	private static EmbeddedPostgresServer shared;

	private final EmbeddedPostgres postgres;

	private final String database;

	private final Path dataDirectory;

	private final EmbeddedCredentials credentials;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database, Path dataDirectory,
			EmbeddedCredentials credentials) {
		this.postgres = postgres;
		this.database = database;
		this.dataDirectory = dataDirectory;
		this.credentials = credentials;
	}

	/** Starts a server on a persistent data directory. Close it to stop PostgreSQL. */
	static EmbeddedPostgresServer startPersistent(EmbeddedDatabaseProperties properties) {
		Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDirectory);
			stopStalePostmaster(dataDirectory);
			boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
			EmbeddedCredentials credentials = EmbeddedCredentials.keptFor(dataDirectory);
			EmbeddedPostgresServer server = start(
					configured(EmbeddedPostgres.builder(), properties.port()).setDataDirectory(dataDirectory)
						.setCleanDataDirectory(false)
						.setRegisterShutdownHook(false),
					fresh, credentials, properties.database(), dataDirectory);
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
				shared = start(
						configured(EmbeddedPostgres.builder(), 0).setCleanDataDirectory(true)
							.setRegisterShutdownHook(true),
						true, EmbeddedCredentials.random(), properties.database(), null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the throwaway embedded PostgreSQL", ex);
			}
		}
		return shared;
	}

	/**
	 * Starts the server: a new cluster asks for passwords from its first moment (initdb
	 * with scram-sha-256 and the superuser's password); then the roles, the database and
	 * the authentication rules are brought to what the portal expects.
	 */
	private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder, boolean fresh,
			EmbeddedCredentials credentials, String database, Path dataDirectory) throws IOException {
		builder.setConnectConfig("password", credentials.superuser());
		Path passwordFile = null;
		if (fresh) {
			passwordFile = credentials.superuserPasswordFile();
			builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
		}
		try {
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start(), database, dataDirectory,
					credentials);
			server.requirePasswords();
			server.createRolesAndDatabase();
			return server;
		}
		finally {
			if (passwordFile != null) {
				Files.deleteIfExists(passwordFile);
			}
		}
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

	/**
	 * Every connection, local or over TCP, needs a password: the superuser gets its
	 * password (a data directory made before trusted local connections) and the
	 * authentication rules say scram-sha-256 for everything.
	 */
	private void requirePasswords() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("alter role " + EmbeddedCredentials.SUPERUSER + " password "
					+ literal(this.credentials.superuser()));
			Path hba = Path.of(query(statement, "show hba_file"));
			if (!HBA.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
				Files.writeString(hba, HBA, StandardCharsets.UTF_8);
				statement.execute("select pg_reload_conf()");
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not make the embedded PostgreSQL ask for passwords", ex);
		}
	}

	private static final String HBA = """
			# Written by the portal (database.EmbeddedPostgresServer): every connection needs a password.
			local   all   all                  scram-sha-256
			host    all   all   127.0.0.1/32   scram-sha-256
			host    all   all   ::1/128        scram-sha-256
			""";

	/**
	 * The owner role and the portal's role, and the database owned by the first. A
	 * database made before, owned by the superuser, is handed to the owner with
	 * everything in it (the migrations then grant the portal's role what it may do).
	 */
	private void createRolesAndDatabase() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String role : List.of(EmbeddedCredentials.OWNER, EmbeddedCredentials.APP)) {
				statement.execute("""
						do $$ begin
						  if not exists (select from pg_roles where rolname = '%s') then
						    create role %s login nosuperuser nocreatedb nocreaterole;
						  end if;
						end $$""".formatted(role, role));
			}
			statement
				.execute("alter role " + EmbeddedCredentials.OWNER + " password " + literal(this.credentials.owner()));
			statement.execute("alter role " + EmbeddedCredentials.APP + " password " + literal(this.credentials.app()));
			String name = "\"" + this.database.replace("\"", "") + "\"";
			String owner = query(statement,
					"select pg_get_userbyid(datdba) from pg_database where datname = " + literal(this.database));
			if (owner == null) {
				statement.execute("create database " + name + " owner " + EmbeddedCredentials.OWNER);
			}
			else if (!owner.equals(EmbeddedCredentials.OWNER)) {
				statement.execute("alter database " + name + " owner to " + EmbeddedCredentials.OWNER);
				handOverObjects();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the roles and database " + this.database, ex);
		}
	}

	/**
	 * Gives the owner role what the superuser made in the database before roles existed.
	 */
	private void handOverObjects() throws SQLException {
		try (Connection connection = this.postgres.getDatabase(EmbeddedCredentials.SUPERUSER, this.database)
			.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("""
					do $$
					declare object record;
					begin
					  for object in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
					                where n.nspname = 'public' and c.relkind in ('r', 'p')
					                  and c.relowner <> '%1$s'::regrole loop
					    execute format('alter table public.%%I owner to %1$s', object.relname);
					  end loop;
					  for object in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
					                where n.nspname = 'public' and c.relkind = 'S' and c.relowner <> '%1$s'::regrole
					                  and not exists (select 1 from pg_depend d where d.objid = c.oid
					                                  and d.deptype in ('a', 'i')) loop
					    execute format('alter sequence public.%%I owner to %1$s', object.relname);
					  end loop;
					  for object in select p.oid::regprocedure as signature from pg_proc p
					                join pg_namespace n on n.oid = p.pronamespace
					                where n.nspname = 'public' and p.proowner <> '%1$s'::regrole loop
					    execute format('alter function %%s owner to %1$s', object.signature);
					  end loop;
					  alter schema public owner to %1$s;
					end $$""".formatted(EmbeddedCredentials.OWNER));
		}
	}

	private static String query(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	/**
	 * Where the portal's database is, without a user: the roles connect with their own.
	 */
	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + this.database;
	}

	/** The role migrations run as: it owns the database. */
	Login owner() {
		return new Login(EmbeddedCredentials.OWNER, this.credentials.owner());
	}

	/** The role the portal connects as: it may read and write data, nothing more. */
	Login app() {
		return new Login(EmbeddedCredentials.APP, this.credentials.app());
	}

	/** The server's superuser: the portal uses it only to set the server up. */
	Login superuser() {
		return new Login(EmbeddedCredentials.SUPERUSER, this.credentials.superuser());
	}

	/** A role's name and password. */
	record Login(String username, String password) {
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
