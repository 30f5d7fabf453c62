package kr.go.sandan.account;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocks a source address for a while after many failed sign-ins from it, whatever the
 * user names tried. Kept in PostgreSQL so that every portal instance applies it.
 */
@Service
public class LoginThrottle {

	static final int MAX_FAILURES_PER_SOURCE = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration BLOCK = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	LoginThrottle(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public boolean isBlocked(String source) {
		if (source == null) {
			return false;
		}
		Boolean blocked = this.jdbc.queryForObject(
				"select exists (select 1 from login_throttle where source = ? and blocked_until > now())",
				Boolean.class, source);
		return Boolean.TRUE.equals(blocked);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String source) {
		if (source == null) {
			return;
		}
		long windowSeconds = WINDOW.toSeconds();
		this.jdbc.update("""
				insert into login_throttle (source, failures, window_started) values (?, 1, now())
				on conflict (source) do update set
				  failures = case when login_throttle.window_started < now() - make_interval(secs => ?) then 1
				                  else login_throttle.failures + 1 end,
				  window_started = case when login_throttle.window_started < now() - make_interval(secs => ?) then now()
				                        else login_throttle.window_started end""", source, windowSeconds,
				windowSeconds);
		this.jdbc.update(
				"""
						update login_throttle set blocked_until = now() + make_interval(secs => ?), failures = 0, window_started = now()
						where source = ? and failures >= ?""",
				BLOCK.toSeconds(), source, MAX_FAILURES_PER_SOURCE);
	}

}
