package kr.go.sandan.database;

import java.nio.file.Path;

/**
 * Present when the portal runs on its own embedded PostgreSQL; the database module's
 * public API. Features that only make sense for a local trial (demo accounts) look for
 * it.
 *
 * @param persistent whether the data is kept (the portal's default) or thrown away
 * (tests)
 * @param dataDirectory where the data lives, when persistent
 */
public record EmbeddedDatabase(boolean persistent, Path dataDirectory) {
}
