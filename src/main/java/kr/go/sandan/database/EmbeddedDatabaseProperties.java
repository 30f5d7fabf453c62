package kr.go.sandan.database;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the PostgreSQL server the portal starts itself when no
 * {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where PostgreSQL keeps its files; kept across restarts
 * @param port the port to listen on; 0 picks a free one at each start
 * @param database the database the portal uses inside that server
 * @param ephemeral throwaway server shared by the whole JVM (tests): fresh data
 * directory, deleted at exit
 */
@Validated
@ConfigurationProperties("portal.embedded-db")
public record EmbeddedDatabaseProperties(@NotNull @DefaultValue("./data/postgres") Path dataDirectory,
		@Min(0) @Max(65535) @DefaultValue("0") int port, @NotBlank @DefaultValue("sandan") String database,
		@DefaultValue("false") boolean ephemeral) {

}
