package kr.go.sandan.database;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When migrations run as another role than the portal (an owner role: the embedded
 * database's {@code sandan_owner}, or {@code spring.flyway.user} on any other database),
 * the portal's role gets what it may do after every migration, and nothing more:
 * {@code db/migration/afterMigrate.sql} with the placeholder {@code appRole} set to the
 * role the portal connects as. With one role for both, the placeholder is empty and the
 * callback does nothing.
 */
@Configuration(proxyBeanMethods = false)
class LeastPrivilegeMigrations {

	@Bean
	FlywayConfigurationCustomizer portalRoleGrants(ObjectProvider<JdbcConnectionDetails> portal,
			ObjectProvider<FlywayConnectionDetails> migrations) {
		return (configuration) -> {
			JdbcConnectionDetails app = portal.getIfAvailable();
			FlywayConnectionDetails owner = migrations.getIfAvailable();
			String appRole = (app != null && app.getUsername() != null && owner != null && owner.getUsername() != null
					&& !Objects.equals(owner.getUsername(), app.getUsername())) ? app.getUsername() : "";
			Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
			placeholders.put("appRole", appRole);
			configuration.placeholders(placeholders);
		};
	}

}
