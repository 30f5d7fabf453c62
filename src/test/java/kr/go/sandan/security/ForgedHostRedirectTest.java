package kr.go.sandan.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, finding 8: no redirect echoes a Host or X-Forwarded-Host header the client
 * forged, over HTTP/1.1 and HTTP/1.0, through the real Tomcat (the browser tests' server:
 * one context for both).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class ForgedHostRedirectTest {

	private static final String EVIL = "evil.example";

	@LocalServerPort
	int port;

	/** What came back: the status line, the headers and the body, as sent. */
	record Answer(String status, List<String> headers, String body) {

		String header(String name) {
			return this.headers.stream()
				.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map((line) -> line.substring(name.length() + 1).strip())
				.findFirst()
				.orElse(null);
		}

		List<String> cookies() {
			return this.headers.stream()
				.filter((line) -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
				.map((line) -> line.substring(11).strip().split(";")[0])
				.toList();
		}

	}

	/** Sends a request as written (a client may put anything in its headers). */
	private Answer send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			List<String> lines = new ArrayList<>(List.of(text.substring(0, end).split("\r\n")));
			return new Answer(lines.remove(0), lines, text.substring(end + 4));
		}
	}

	private Answer get(String version, String path, String... headers) throws IOException {
		StringBuilder request = new StringBuilder("GET " + path + " " + version + "\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		return send(request.append("Connection: close\r\n\r\n").toString());
	}

	private static void assertStaysHere(Answer answer) {
		assertThat(answer.status()).contains(" 302");
		assertThat(answer.header("Location")).isNotNull().startsWith("/").doesNotContain(EVIL);
	}

	@Test
	void aSignedInPageSendsToTheSignInPageOfThisPortalWhateverTheHostHeaderSays() throws IOException {
		assertStaysHere(get("HTTP/1.1", "/me", "Host: " + EVIL));
		assertStaysHere(get("HTTP/1.0", "/me", "Host: " + EVIL));
		assertStaysHere(get("HTTP/1.1", "/me", "Host: localhost:" + this.port, "X-Forwarded-Host: " + EVIL));
		assertStaysHere(get("HTTP/1.0", "/me", "X-Forwarded-Host: " + EVIL));
	}

	@Test
	void signingInAndOutStaysOnThisPortal() throws IOException {
		String host = "Host: " + EVIL;
		Answer asked = get("HTTP/1.1", "/ministry/calls", host, "X-Forwarded-Host: " + EVIL);
		assertStaysHere(asked);
		String session = asked.cookies().stream().filter((c) -> c.startsWith("SESSION=")).findFirst().orElseThrow();
		Answer login = get("HTTP/1.0", "/login", host, "Cookie: " + session);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=ministry&password=" + URLEncoder.encode(Accounts.DEMO_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + csrf.group(1);
		Answer signedIn = send("POST /login HTTP/1.0\r\n" + host + "\r\nX-Forwarded-Host: " + EVIL + "\r\nCookie: "
				+ session + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
				+ form.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + form);
		// back to the page asked for, on this portal
		assertStaysHere(signedIn);
		assertThat(signedIn.header("Location")).startsWith("/ministry/calls");

		String signedInSession = signedIn.cookies()
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.findFirst()
			.orElse(session);
		Answer me = get("HTTP/1.0", "/me", host, "Cookie: " + signedInSession);
		Matcher logoutToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(me.body());
		assertThat(logoutToken.find()).isTrue();
		String logout = "_csrf=" + logoutToken.group(1);
		Answer signedOut = send("POST /logout HTTP/1.0\r\n" + host + "\r\nCookie: " + signedInSession
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + logout.length()
				+ "\r\n\r\n" + logout);
		assertStaysHere(signedOut);
	}

}
