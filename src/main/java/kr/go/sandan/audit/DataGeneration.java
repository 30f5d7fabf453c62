package kr.go.sandan.audit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which state of the data the portal is at: the newest audit event's id. Every change is
 * audited, so whatever was computed from the data under one generation is still true
 * while it stays the same. Asked at every cached page, so it is not read from the
 * database every time: this instance's own changes count at once (the audit log says so
 * after each commit), and the database is asked again when the last answer is older than
 * {@code portal.data-generation.recheck} (default 500 ms), the time a change made by
 * another portal instance on the same database may take to show.
 */
@Component
public class DataGeneration {

	private final JdbcTemplate jdbc;

	private final long recheckNanos;

	/** Changes committed here: an answer read while one happened is not kept. */
	private final AtomicLong localChanges = new AtomicLong();

	private volatile Answer answer;

	private record Answer(long generation, long readAt, long localChanges) {
	}

	DataGeneration(JdbcTemplate jdbc, @Value("${portal.data-generation.recheck:500ms}") Duration recheck) {
		this.jdbc = jdbc;
		this.recheckNanos = recheck.toNanos();
	}

	/** The current generation. */
	public long current() {
		Answer known = this.answer;
		long now = System.nanoTime();
		long changes = this.localChanges.get();
		if (known != null && known.localChanges() == changes && now - known.readAt() < this.recheckNanos) {
			return known.generation();
		}
		Long id = this.jdbc.queryForObject("select max(id) from audit_event", Long.class);
		long generation = (id != null) ? id : 0;
		if (this.localChanges.get() == changes) {
			this.answer = new Answer(generation, now, changes);
		}
		return generation;
	}

	/**
	 * Something was recorded here and committed: the next question reads the database.
	 */
	void changed() {
		this.localChanges.incrementAndGet();
	}

}
