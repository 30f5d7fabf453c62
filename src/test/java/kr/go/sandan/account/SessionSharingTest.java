package kr.go.sandan.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import kr.go.sandan.SandanPortalApplication;
import kr.go.sandan.support.Accounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on one database, as behind a load balancer: a sign-in made through
 * one is valid on the other, because sessions live in PostgreSQL. The session cookie is
 * HttpOnly, SameSite and, behind HTTPS, Secure.
 */
class SessionSharingTest {

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SandanPortalApplication.class).profiles("test")
			.properties("server.port=0")
			.run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Signs in through the real login form, optionally as behind a TLS-terminating proxy.
	 */
	private static HttpResponse<String> signIn(HttpClient client, String baseUrl, boolean behindHttps)
			throws Exception {
		String loginPage = client
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=ministry&password=" + Accounts.DEMO_PASSWORD + "&_csrf=" + csrf.group(1);
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
		if (behindHttps) {
			post.header("X-Forwarded-Proto", "https");
		}
		return client.send(post.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aSessionCreatedOnOneInstanceIsValidOnTheOther() throws Exception {
		try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
			String firstUrl = "http://localhost:" + port(first);
			String secondUrl = "http://localhost:" + port(second);
			HttpClient client = client();

			HttpResponse<String> signedIn = signIn(client, firstUrl, false);
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/me"));
			assertThat(signedIn.headers().allValues("Set-Cookie"))
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
					.contains("; HttpOnly", "; SameSite=Lax")
					.doesNotContain("Secure"));

			// the cookie jar is per host, and both instances are on localhost
			HttpResponse<String> onSecond = client.send(HttpRequest.newBuilder(URI.create(secondUrl + "/me")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(onSecond.body()).contains("국토교통부 담당자 (데모)님의 업무");

			// signing out on one instance signs out on the other: at once here, and there
			// as
			// soon as its copy of the session is checked again (CachedSessionRepository's
			// VERIFIED_FOR, a second)
			String sessionId = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
				.getCookies()
				.stream()
				.filter((c) -> c.getName().equals("SESSION"))
				.findFirst()
				.orElseThrow()
				.getValue();
			HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create(firstUrl + "/me")).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher logoutToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(me.body());
			assertThat(logoutToken.find()).isTrue();
			HttpResponse<String> signedOut = client.send(HttpRequest.newBuilder(URI.create(firstUrl + "/logout"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + logoutToken.group(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signedOut.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?logout"));
			Thread.sleep(1100);
			for (String url : new String[] { firstUrl, secondUrl }) {
				assertThat(client()
					.send(HttpRequest.newBuilder(URI.create(url + "/me"))
						.header("Cookie", "SESSION=" + sessionId)
						.build(), HttpResponse.BodyHandlers.ofString())
					.statusCode()).isEqualTo(302);
			}

			HttpResponse<String> anonymous = client().send(
					HttpRequest.newBuilder(URI.create(secondUrl + "/me")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(anonymous.statusCode()).isEqualTo(302);

			HttpResponse<String> behindHttps = signIn(client(), secondUrl, true);
			assertThat(behindHttps.headers().allValues("Set-Cookie"))
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
					.contains("; Secure", "; HttpOnly", "; SameSite=Lax"));
		}
	}

}
