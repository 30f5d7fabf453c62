package kr.go.sandan.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's three roles: its superuser (used by the
 * portal only to set the server up), the owner of the portal's database (Flyway migrates
 * as it) and the portal's own role (what the application connects as: it owns nothing).
 * Made at random once and kept beside the data directory, readable by its owner only
 * ({@code ./data/postgres.credentials} for {@code ./data/postgres}); a throwaway server
 * gets new ones each time.
 */
record EmbeddedCredentials(String superuser, String owner, String app) {

	/** The database owner: it runs the migrations. */
	static final String OWNER = "sandan_owner";

	/** The portal's own role: reads and writes data, owns nothing. */
	static final String APP = "sandan_app";

	static final String SUPERUSER = "postgres";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	static EmbeddedCredentials random() {
		return new EmbeddedCredentials(password(), password(), password());
	}

	/** Where the passwords of the server on this data directory are kept. */
	static Path fileOf(Path dataDirectory) {
		return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".credentials");
	}

	/** The passwords kept for the data directory, made and kept now if there are none. */
	static EmbeddedCredentials keptFor(Path dataDirectory) {
		Path file = fileOf(dataDirectory);
		try {
			if (Files.exists(file)) {
				Properties kept = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					kept.load(reader);
				}
				return new EmbeddedCredentials(kept.getProperty(SUPERUSER), kept.getProperty(OWNER),
						kept.getProperty(APP));
			}
			EmbeddedCredentials made = random();
			writeOwnerOnly(file, made);
			return made;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write the embedded database's passwords in " + file, ex);
		}
	}

	private static void writeOwnerOnly(Path file, EmbeddedCredentials credentials) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Properties properties = new Properties();
		properties.setProperty(SUPERUSER, credentials.superuser());
		properties.setProperty(OWNER, credentials.owner());
		properties.setProperty(APP, credentials.app());
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			properties.store(writer, "Passwords of the portal's embedded PostgreSQL roles (made once; keep private)");
		}
	}

	/** A file holding the superuser's password, for initdb; delete it once started. */
	Path superuserPasswordFile() throws IOException {
		Path file = Files.createTempFile("sandan-pg", ".pw");
		Files.writeString(file, this.superuser, StandardCharsets.UTF_8);
		return file;
	}

	private static String password() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 32; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
