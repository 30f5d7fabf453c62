package kr.go.sandan.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.support.DefaultLifecycleProcessor;
import org.springframework.core.SpringProperties;

/**
 * Starts a real PostgreSQL inside the portal when no database is configured, so that
 * {@code ./mvnw spring-boot:run} needs no set-up. A configured
 * {@code spring.datasource.url} (or a Testcontainers service connection) wins. The portal
 * connects as a role that owns nothing; Flyway migrates as the database's owner.
 */
@AutoConfiguration(before = { DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class })
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean
	EmbeddedPostgresHolder embeddedPostgres(EmbeddedDatabaseProperties properties) {
		if (properties.ephemeral()) {
			// shared by every context of the JVM and stopped at exit, never by one
			// context
			return new EmbeddedPostgresHolder(EmbeddedPostgresServer.ephemeral(properties), false);
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.startPersistent(properties);
		log.info("Embedded PostgreSQL 17 listening on 127.0.0.1:{}; the portal's data lives in {}", server.port(),
				server.dataDirectory().orElseThrow());
		return new EmbeddedPostgresHolder(server, true);
	}

	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedPostgresHolder holder) {
		return new EmbeddedDatabase(holder.ownedByContext(), holder.server().dataDirectory().orElse(null));
	}

	/** The portal connects as its own role, which owns nothing. */
	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresHolder holder) {
		String url = holder.server().jdbcUrl();
		EmbeddedPostgresServer.Login app = holder.server().app();
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return app.username();
			}

			@Override
			public String getPassword() {
				return app.password();
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	/** Migrations run as the database's owner. */
	@Bean
	FlywayConnectionDetails embeddedPostgresFlywayConnectionDetails(EmbeddedPostgresHolder holder) {
		String url = holder.server().jdbcUrl();
		EmbeddedPostgresServer.Login owner = holder.server().owner();
		return new FlywayConnectionDetails() {

			@Override
			public String getUsername() {
				return owner.username();
			}

			@Override
			public String getPassword() {
				return owner.password();
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	/**
	 * A training start ({@code -Dspring.context.exit=onRefresh}, which makes a class data
	 * sharing archive or an AOT cache) halts the JVM as soon as the context is refreshed,
	 * closing nothing: the server is stopped just before, so that it does not outlive the
	 * JVM (the next start would first have to stop it).
	 */
	@Bean
	SmartInitializingSingleton embeddedPostgresStopBeforeTrainingExit(EmbeddedPostgresHolder holder) {
		return new StopBeforeTrainingExit(holder, DefaultLifecycleProcessor.ON_REFRESH_VALUE
			.equalsIgnoreCase(SpringProperties.getProperty(DefaultLifecycleProcessor.EXIT_PROPERTY_NAME)));
	}

	/**
	 * Stops the context's own server once every bean exists, on a training start only.
	 */
	record StopBeforeTrainingExit(EmbeddedPostgresHolder holder,
			boolean training) implements SmartInitializingSingleton {

		@Override
		public void afterSingletonsInstantiated() {
			if (this.training) {
				log.info("Training start (spring.context.exit=onRefresh): stopping the embedded PostgreSQL before "
						+ "the JVM halts");
				try {
					this.holder.close();
				}
				catch (Exception ex) {
					throw new IllegalStateException("Could not stop the embedded PostgreSQL", ex);
				}
			}
		}

	}

	/** Stops the server with the context, after the pool that depends on it is closed. */
	record EmbeddedPostgresHolder(EmbeddedPostgresServer server, boolean ownedByContext) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			if (this.ownedByContext) {
				this.server.close();
			}
		}

	}

}
