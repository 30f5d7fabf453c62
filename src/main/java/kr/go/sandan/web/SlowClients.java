package kr.go.sandan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.ServletException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Keeps one client from taking every worker. Tomcat reads a request's body on a worker
 * thread, as slowly as the client sends it; a client that announces a large body and
 * sends a byte every few seconds holds its worker all that time, and a few hundred such
 * requests hold them all (then even {@code /ping} waits). This valve, before anything
 * reads a body, lets one client address have at most {@code limit} requests with a body
 * in progress at once; one more is refused at once with 429 and {@code Connection:
 * close}, and Tomcat is told not to drain its body (it would otherwise read up to
 * {@code max-swallow-size} of it, at the client's pace, on a worker). Ordinary people
 * never come near the limit (a form is sent in milliseconds); requests without a body
 * (every page view) are not counted.
 * <p>
 * A Tomcat valve rather than a servlet filter, because only Tomcat's own request can stop
 * the draining. Many slow clients from many addresses are a job for the reverse proxy in
 * front of the portal, which should receive each request body whole before passing it on,
 * with body and header timeouts and a connection limit per address (docs/reliability.md).
 */
public class SlowClients extends ValveBase {

	private static final Logger log = LoggerFactory.getLogger(SlowClients.class);

	private static final byte[] REFUSAL = ("요청이 너무 많습니다. 잠시 뒤에 다시 시도해 주세요.\n"
			+ "Too many requests at once from your address. Please try again in a moment.\n")
		.getBytes(StandardCharsets.UTF_8);

	private final int limit;

	private final Cache<String, Semaphore> clients = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	public SlowClients(int limit) {
		super(true);
		this.limit = limit;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!hasBody(request)) {
			getNext().invoke(request, response);
			return;
		}
		String client = request.getRemoteAddr();
		Semaphore permits = this.clients.get(client, (key) -> new Semaphore(this.limit));
		if (!permits.tryAcquire()) {
			log.warn("Refused a request body from {}: {} already in progress", client, this.limit);
			// not a byte of the body is read, now or after the answer
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			response.setHeader(HttpHeaders.CONNECTION, "close");
			PlainAnswer.write(response, HttpStatus.TOO_MANY_REQUESTS, MediaType.TEXT_PLAIN, REFUSAL);
			return;
		}
		try {
			getNext().invoke(request, response);
		}
		finally {
			permits.release();
		}
	}

	private static boolean hasBody(Request request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

}
