package kr.go.sandan.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), shared by every portal instance and kept
 * over restarts, read through {@link CachedSessionRepository}.
 *
 * <p>
 * Spring Boot's JDBC session auto-configuration steps back as soon as the application
 * declares a session repository, so the store is configured here, as Boot would: Spring
 * Session's JDBC configuration, with the session timeout of
 * {@code server.servlet.session.timeout}. Boot still configures the cookie
 * ({@code server.servlet.session.cookie.*}) and registers the filter. The schema is
 * Flyway's (V4, V17, V18).
 *
 * <p>
 * A session attribute is written with an upsert, so that two requests of one session that
 * both store an attribute for the first time (the CSRF token when a person opens two
 * pages at once) do not fail one of them on the primary key.
 */
@Configuration(proxyBeanMethods = false)
@Import(JdbcHttpSessionConfiguration.class)
class SessionStoreConfiguration {

	static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	/** At most this many sessions are kept in memory; more are read from the store. */
	static final int SESSIONS_IN_MEMORY = 10_000;

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionStoreSettings(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		return (repository) -> {
			repository.setDefaultMaxInactiveInterval(timeout);
			repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
		};
	}

	@Bean
	@Primary
	CachedSessionRepository<?> cachedSessionRepository(JdbcIndexedSessionRepository store, JdbcOperations jdbc) {
		return new CachedSessionRepository<>(store, jdbc, SESSIONS_IN_MEMORY);
	}

}
