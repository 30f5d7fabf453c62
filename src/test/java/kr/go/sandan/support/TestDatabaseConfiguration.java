package kr.go.sandan.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Where tests get their PostgreSQL: a Testcontainers PostgreSQL when a Docker engine is
 * present; otherwise the portal's own embedded PostgreSQL (a throwaway one, see
 * application-test.properties); or the server named by SPRING_DATASOURCE_URL.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	static class DockerAvailable implements Condition {

		private static Boolean available;

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))) {
				return false;
			}
			synchronized (DockerAvailable.class) {
				if (available == null) {
					available = DockerClientFactory.instance().isDockerAvailable();
				}
				return available;
			}
		}

	}

}
