package kr.go.sandan.web;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: when the database cannot be reached, wherever that shows (the
 * session store, the sign-in, a page's query), the person gets a 503 page in Korean and
 * English with {@code Retry-After} within the pool's connection timeout (a few seconds,
 * {@code spring.datasource.hikari.connection-timeout}), not a 500 after 30 s. The page is
 * plain HTML read once at start-up: rendering the usual layout would itself need the
 * session, which lives in the database. The pool reconnects by itself when the database
 * is back.
 */
public class DatabaseOutage extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	/** How long a client is asked to wait before trying again, in seconds. */
	static final int RETRY_AFTER_SECONDS = 30;

	private final byte[] page;

	public DatabaseOutage() {
		try (InputStream in = new ClassPathResource("templates/error/503-database.html").getInputStream()) {
			this.page = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The database outage page is missing", ex);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!isOutage(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			PlainAnswer.write(response, HttpStatus.SERVICE_UNAVAILABLE, MediaType.TEXT_HTML, this.page);
		}
	}

	/**
	 * Whether the failure is the database being out of reach, anywhere in the cause
	 * chain.
	 */
	/** What HikariCP's proxy of a connection it has closed answers to every call. */
	private static final String HIKARI_CLOSED = "Connection is closed";

	static boolean isOutage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			// PostgreSQL's connection exception class (08xxx: refused, broken, lost) and
			// its
			// operator interventions (57P01 shut down while a pooled connection was open,
			// 57P02 crashed, 57P03 starting up)
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// the pool closed a broken connection while its transaction was open: the
			// rollback then fails on Hikari's closed proxy (no SQLState), and Spring
			// reports the rollback's failure instead of the first
			if (cause instanceof SQLException sql && HIKARI_CLOSED.equals(sql.getMessage())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
