package kr.go.sandan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person at a real browser, without the browser: cookies, the sign-in form, pages and
 * form posts over HTTP to the portal on a real port (redirects are not followed, so each
 * answer can be checked). Safe to share between threads once signed in.
 */
public final class WebClient {

	private final String base;

	private final HttpClient http;

	private volatile String csrf;

	private String who = "anonymous";

	private WebClient(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Someone who has not signed in. */
	public static WebClient anonymous(int port) {
		return new WebClient("http://localhost:" + port);
	}

	/** Signs in through the login form with the demo password. */
	public static WebClient signedIn(int port, String username) throws IOException, InterruptedException {
		WebClient client = new WebClient("http://localhost:" + port);
		client.page("/login");
		HttpResponse<String> answer = client.post("/login",
				Map.of("username", username, "password", Accounts.DEMO_PASSWORD));
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + answer.statusCode());
		}
		client.page("/me");
		client.who = username;
		return client;
	}

	/** A page, read; its CSRF token is kept for the next post. */
	public Document page(String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = get(path);
		Document page = Jsoup.parse(answer.body());
		Element token = page.selectFirst("input[name=_csrf]");
		if (token != null) {
			this.csrf = token.val();
		}
		return page;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A file, downloaded. */
	public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A page asked for with a cookie of one's own making (and none of the kept ones). */
	public HttpResponse<String> getWithCookie(String path, String cookie) throws IOException, InterruptedException {
		HttpClient bare = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		return bare.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Cookie", cookie)
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public String toString() {
		return this.who;
	}

	/** Posts a form (with the CSRF token of the last page read). */
	public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		List<String> pairs = new ArrayList<>();
		fields.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
		if (this.csrf != null && !fields.containsKey("_csrf")) {
			pairs.add("_csrf=" + encode(this.csrf));
		}
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&"))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a multipart form, as a browser's file upload does: the fields, then one file
	 * (with the CSRF token of the last page read).
	 */
	public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
			String contentType, byte[] content) throws IOException, InterruptedException {
		String boundary = "----portal-test-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		if (this.csrf != null && !fields.containsKey("_csrf")) {
			all.put("_csrf", this.csrf);
		}
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a form whose fields may repeat or come in a given order (rows of a table).
	 */
	public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields)
			throws IOException, InterruptedException {
		List<String> pairs = new ArrayList<>();
		fields.forEach((field) -> pairs.add(encode(field.getKey()) + "=" + encode(field.getValue())));
		return postEncoded(path, String.join("&", pairs));
	}

	/**
	 * Posts a form body encoded by the caller ({@code %ED%A0%80}, a lone surrogate as
	 * bytes, is what no encoder writes), with the CSRF token of the last page read.
	 */
	public HttpResponse<String> postEncoded(String path, String body) throws IOException, InterruptedException {
		List<String> pairs = new ArrayList<>(List.of(body));
		if (this.csrf != null && !body.contains("_csrf=")) {
			pairs.add("_csrf=" + encode(this.csrf));
		}
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
