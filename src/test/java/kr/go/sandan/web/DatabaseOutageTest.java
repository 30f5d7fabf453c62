package kr.go.sandan.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import kr.go.sandan.SandanPortalApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while the portal runs: every request that needs it answers
 * within a few seconds with a 503 page in Korean and English and {@code Retry-After},
 * instead of hanging 30 s and ending in a 500; when the database is back, the portal
 * serves pages again by itself.
 */
class DatabaseOutageTest {

	private static EmbeddedPostgres start(Path directory, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setRegisterShutdownHook(false)
			.start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void withTheDatabaseDownRequestsAnswer503QuicklyAndThePortalRecoversByItself() throws Exception {
		Path directory = Files.createTempDirectory("outage-pg");
		int port = freePort();
		EmbeddedPostgres postgres = start(directory, port);
		String url = "jdbc:postgresql://localhost:" + port + "/postgres";
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(SandanPortalApplication.class)
			.profiles("test")
			.properties("server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=postgres",
					"spring.datasource.password=postgres", "portal.page-cache.enabled=false")
			.run()) {
			String base = "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
			// a page that reads the database
			String page = base + "/complexes?region=BUSAN";
			assertThat(get(http, page).statusCode()).isEqualTo(200);

			postgres.close();
			// the sign-in page too: its session (and the form's token) live in the
			// database,
			// and a form that cannot be sent is worse than a page saying so
			for (String path : new String[] { "/complexes?region=BUSAN", "/plans/1", "/login" }) {
				long started = System.nanoTime();
				HttpResponse<String> answer = get(http, base + path);
				long seconds = (System.nanoTime() - started) / 1_000_000_000;
				assertThat(answer.statusCode()).as(path).isEqualTo(503);
				// the pool waits 3 s for a connection, and a request may ask twice (its
				// page, then
				// its session): a few seconds, not Hikari's default 30 s per attempt
				assertThat(seconds).as(path).isLessThan(10);
				assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
				assertThat(answer.body()).contains("잠시 서비스를 이용할 수 없습니다", "Service temporarily unavailable");
			}

			postgres = start(directory, port);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			int status = 0;
			while (System.nanoTime() < deadline && status != 200) {
				status = get(http, page).statusCode();
				Thread.sleep(200);
			}
			assertThat(status).as("the portal serves pages again without a restart").isEqualTo(200);
		}
		finally {
			postgres.close();
		}
	}

	@Test
	void aPooledConnectionCutByTheServerShuttingDownIsAnOutageToo() {
		// what the first request after the database stops meets: a connection of the pool
		// that the server closed, wrapped by Hibernate and Spring
		SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
		assertThat(DatabaseOutage.isOutage(new JpaSystemException(new RuntimeException(shutdown)))).isTrue();
		// and rolling its transaction back, on the connection the pool has closed
		// meanwhile
		assertThat(DatabaseOutage
			.isOutage(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new SQLException("Connection is closed")))))
			.isTrue();
		assertThat(
				DatabaseOutage.isOutage(new JpaSystemException(new RuntimeException(new SQLException("x", "23505")))))
			.as("a unique violation is not an outage")
			.isFalse();
	}

}
