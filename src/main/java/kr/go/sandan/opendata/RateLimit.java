package kr.go.sandan.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the open data from being used to load the server: each client address may make
 * {@code requestsPerMinute} API calls and CSV downloads a minute (a token bucket that
 * refills evenly, the whole minute's allowance usable at once); one more is answered 429
 * with {@code Retry-After} before anything reads the database. The address is Tomcat's,
 * which honours {@code X-Forwarded-For} only from internal proxies (docs/security.md), so
 * a client cannot choose it. Pages stay outside the limit: the public page cache serves
 * them.
 */
class RateLimit extends OncePerRequestFilter {

	/** What is counted: the JSON API, its description and the CSV files. */
	static final Pattern LIMITED = Pattern.compile("/api/.*|/v3/api-docs.*|/open-data/[a-z-]+\\.csv");

	private static final byte[] REFUSAL = ("{\"status\":429,\"title\":\"Too Many Requests\","
			+ "\"detail\":\"요청이 너무 많습니다. 잠시 뒤에 다시 시도해 주세요. Too many requests from your address: "
			+ "please try again in a moment.\"}")
		.getBytes(StandardCharsets.UTF_8);

	private final double perMinute;

	private final Cache<String, Bucket> clients = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	private final java.util.function.LongSupplier nanoTime;

	RateLimit(int perMinute) {
		this(perMinute, System::nanoTime);
	}

	RateLimit(int perMinute, java.util.function.LongSupplier nanoTime) {
		this.perMinute = perMinute;
		this.nanoTime = nanoTime;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !LIMITED.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long waitSeconds = take(request.getRemoteAddr());
		if (waitSeconds > 0) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setContentLength(REFUSAL.length);
			response.getOutputStream().write(REFUSAL);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Takes one request from the client's allowance.
	 * @return 0 when allowed, otherwise the seconds until the next one is
	 */
	long take(String client) {
		Bucket bucket = this.clients.get(client, (key) -> new Bucket(this.perMinute, this.nanoTime.getAsLong()));
		return bucket.take(this.perMinute, this.nanoTime.getAsLong());
	}

	/** Tokens left and when they were last counted. */
	private static final class Bucket {

		private double tokens;

		private long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

		synchronized long take(double perMinute, long now) {
			double perNano = perMinute / 60e9;
			this.tokens = Math.min(perMinute, this.tokens + (now - this.at) * perNano);
			this.at = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - this.tokens) / perNano / 1e9));
		}

	}

}
