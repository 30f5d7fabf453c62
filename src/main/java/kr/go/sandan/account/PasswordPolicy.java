package kr.go.sandan.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long enough, not the user name, not a common password. Length
 * and a list of known passwords, as NIST SP 800-63B advises, rather than composition
 * rules.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/**
	 * The most a password may be, in UTF-8 bytes: bcrypt reads no more (72 Latin letters,
	 * 24 Korean syllables).
	 */
	public static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			this.common = reader.lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The message key of the first rule the password breaks, or empty when it is
	 * acceptable.
	 */
	public Optional<String> check(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsUsername");
		}
		if (this.common.contains(lower) || password.chars().distinct().count() <= 3) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

}
