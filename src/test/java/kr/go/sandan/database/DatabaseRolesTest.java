package kr.go.sandan.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.SandanPortalApplication;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, finding 9: the portal connects as a role that owns nothing and may only read
 * and write data, on the embedded server and on any other database where migrations run
 * as an owner role; that role cannot remove or disable the audit trail's guard; the
 * embedded server asks every connection for a password.
 */
@PortalTest
class DatabaseRolesTest {

	/** What the portal's role tries against the audit trail's guard. */
	static final List<String> ATTEMPTS = List.of("drop trigger tr_audit_event_append_only on audit_event",
			"alter table audit_event disable trigger all", "drop function audit_event_append_only() cascade",
			"set session_replication_role = replica", "truncate audit_event", "delete from audit_event",
			"update audit_event set actor = 'someone else'", "drop table audit_event",
			"create table i15_not_the_portals (id int)");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FlywayConnectionDetails migrations;

	@Autowired
	EmbeddedPostgresAutoConfiguration.EmbeddedPostgresHolder embedded;

	@Test
	void thePortalsRoleOwnsNothingAndCannotTouchTheAuditTrailsGuard() throws SQLException {
		assertThat(this.jdbc.queryForObject("select current_user", String.class)).isEqualTo("sandan_app");
		assertPortalRoleIsLeastPrivileged(this.jdbc);

		// the guard is still there: even the owner, who migrates, is stopped by it
		try (Connection owner = DriverManager.getConnection(this.migrations.getJdbcUrl(), this.migrations.getUsername(),
				this.migrations.getPassword())) {
			owner.setAutoCommit(false);
			try (Statement statement = owner.createStatement()) {
				assertThatThrownBy(() -> statement.execute("truncate audit_event")).hasMessageContaining("append-only");
			}
			finally {
				owner.rollback();
			}
		}
	}

	/**
	 * The role owns no table, sequence or function, is no superuser, and every attempt on
	 * the audit trail's guard fails.
	 */
	static void assertPortalRoleIsLeastPrivileged(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForObject(
				"select rolsuper or rolcreaterole or rolcreatedb from pg_roles " + "where rolname = current_user",
				Boolean.class))
			.isFalse();
		assertThat(jdbc.queryForObject("""
				select (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
				        where n.nspname = 'public' and c.relowner = current_user::regrole)
				     + (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				        where n.nspname = 'public' and p.proowner = current_user::regrole)""", Long.class)).isZero();
		for (String attempt : ATTEMPTS) {
			assertThatThrownBy(() -> jdbc.execute(attempt)).as(attempt)
				.rootCause()
				.hasMessageMatching("(?s).*(must be owner|permission denied).*");
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from pg_trigger where tgrelid = 'audit_event'::regclass and tgenabled = 'O'",
				Integer.class))
			.isEqualTo(2);
		// reading and adding to the trail is what it may do
		assertThat(jdbc.queryForObject("select count(*) >= 0 from audit_event", Boolean.class)).isTrue();
	}

	@Test
	void theEmbeddedServerAsksEveryConnectionForItsPassword() {
		EmbeddedPostgresServer server = this.embedded.server();
		for (String[] login : new String[][] { { "postgres", null }, { "postgres", "" }, { "sandan_app", null },
				{ "sandan_app", "wrong" }, { "sandan_owner", "wrong" } }) {
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), login[0], login[1]).close())
				.as(login[0] + " / " + login[1])
				.isInstanceOf(SQLException.class)
				.hasMessageMatching(
						"(?s).*(password authentication failed|no password was provided|requested SCRAM-based authentication).*");
		}
	}

	@Test
	void onAnotherDatabaseThePortalRunsAsItsRoleAndMigrationsAsTheOwner() throws SQLException {
		// an external database as docs/security.md tells how to set it up: an owner role
		// that owns the database, a role for the portal that owns nothing
		EmbeddedPostgresServer server = this.embedded.server();
		String url = server.jdbcUrl().replaceAll("/[^/]+$", "/i15_external");
		try (Connection superuser = DriverManager.getConnection(server.jdbcUrl(), server.superuser().username(),
				server.superuser().password()); Statement statement = superuser.createStatement()) {
			statement.execute("create role i15_owner login password 'i15-owner-secret'");
			statement.execute("create role i15_portal login password 'i15-portal-secret'");
			statement.execute("create database i15_external owner i15_owner");
		}
		try (ConfigurableApplicationContext external = new SpringApplicationBuilder(SandanPortalApplication.class)
			.profiles("test")
			.properties("server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=i15_portal",
					"spring.datasource.password=i15-portal-secret", "spring.flyway.user=i15_owner",
					"spring.flyway.password=i15-owner-secret")
			.run()) {
			JdbcTemplate portal = external.getBean(JdbcTemplate.class);
			assertThat(portal.queryForObject("select current_user", String.class)).isEqualTo("i15_portal");
			// migrated by the owner, who owns what they made
			assertThat(portal.queryForObject(
					"select pg_get_userbyid(relowner) from pg_class where relname = 'audit_event'", String.class))
				.isEqualTo("i15_owner");
			// the program data is there and the portal reads it
			assertThat(portal.queryForObject("select count(*) from region", Integer.class)).isEqualTo(17);
			assertPortalRoleIsLeastPrivileged(portal);
			// the migrations' bookkeeping is not the portal's
			assertThatThrownBy(() -> portal.queryForObject("select count(*) from flyway_schema_history", Long.class))
				.rootCause()
				.hasMessageContaining("permission denied");
		}
	}

}
