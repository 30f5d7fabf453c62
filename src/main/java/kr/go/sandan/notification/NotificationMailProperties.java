package kr.go.sandan.notification;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What notification mail needs besides the SMTP server ({@code spring.mail.*}), checked
 * at start-up.
 *
 * @param baseUrl where people reach the portal ({@code portal.base-url}); links in mail
 * are built on it
 * @param mail the sender of notification mail ({@code portal.mail.from})
 */
@ConfigurationProperties("portal")
@Validated
record NotificationMailProperties(@NotNull @DefaultValue("http://localhost:8080") URI baseUrl,
		@Valid @DefaultValue Mail mail) {

	NotificationMailProperties {
		if (baseUrl != null && !baseUrl.isAbsolute()) {
			throw new IllegalArgumentException("portal.base-url must be absolute, like https://sandan.go.kr");
		}
	}

	/**
	 * @param from the sender of notification mail: an address, or a name and an address
	 * ({@code 산업단지 대개조 포털 <no-reply@sandan.go.kr>})
	 */
	record Mail(@NotBlank @DefaultValue("no-reply@sandan.go.kr") String from) {

		Mail {
			if (from != null && !from.isBlank()) {
				try {
					new InternetAddress(from, true).validate();
				}
				catch (AddressException ex) {
					throw new IllegalArgumentException("portal.mail.from is not a mail address: " + from, ex);
				}
			}
		}

	}

	/** The absolute address of one of the portal's paths. */
	String link(String path) {
		String base = this.baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + (path.startsWith("/") ? path : "/" + path);
	}

}
