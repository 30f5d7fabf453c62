package kr.go.sandan.audit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which state of the data the portal is at, for what is kept of pages: counters
 * ({@code data_generation}, V50) moved in the same transaction as every change a page may
 * show, just before it commits. A counter therefore becomes visible together with the
 * change and in commit order: whatever was computed from the data after reading a
 * generation is at least as new as that generation, and is no longer served once the
 * counter has moved. (The audit trail's newest id could not say this: ids are taken in
 * insert order and become visible in commit order.)
 * <p>
 * Scopes: {@link #current()} moves at every change; {@link #ofRound(long)} only at
 * changes of that round (its call, plans, evaluation) and at changes that are not one
 * round's (complexes, areas, accounts). Sign-ins, sign-outs, failed sign-ins and password
 * changes move nothing ({@link AuditLog}): no page shows them.
 * <p>
 * Asked at every kept page, so not read from the database every time: this instance's own
 * changes count at once (the audit log says so after each commit, before the change is
 * acknowledged), and the database is asked again when the last answer is older than
 * {@code portal.data-generation.recheck} (default 500 ms), the longest a change made by
 * another portal instance on the same database may take to show here.
 */
@Component
public class DataGeneration {

	static final String ALL = "all";

	static final String GLOBAL = "global";

	private final JdbcTemplate jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	private final long recheckNanos;

	/** Changes committed here: an answer read while one happened is not kept. */
	private final AtomicLong localChanges = new AtomicLong();

	private volatile Answer answer;

	/** The round of a plan and of a call: never changes once they exist. */
	private final Cache<String, Long> rounds = Caffeine.newBuilder().maximumSize(20_000).build();

	private record Answer(Map<String, Long> generations, long readAt, long localChanges) {
	}

	DataGeneration(JdbcTemplate jdbc, @Value("${portal.data-generation.recheck:500ms}") Duration recheck) {
		this.jdbc = jdbc;
		this.recheckNanos = recheck.toNanos();
	}

	/** The generation of everything: moves at every change a page may show. */
	public long current() {
		return generations().getOrDefault(ALL, 0L);
	}

	/**
	 * The generation of what one round's pages show: its call, plans and evaluation, and
	 * what belongs to no round. Both counters only grow, so their sum moves whenever
	 * either does.
	 */
	public long ofRound(long roundId) {
		Map<String, Long> generations = generations();
		return generations.getOrDefault(GLOBAL, 0L) + generations.getOrDefault(round(roundId), 0L);
	}

	/**
	 * {@link #ofRound(long)} of the plan's round; {@link #current()} for no such plan.
	 */
	public long ofPlan(long planId) {
		Long round = roundOf("plan", planId, "select round_id from innovation_plan where id = ?");
		return (round != null) ? ofRound(round) : current();
	}

	/**
	 * {@link #ofRound(long)} of the call's round; {@link #current()} for no such call.
	 */
	public long ofCall(long callId) {
		Long round = roundOf("call", callId, "select round_id from proposal_call where id = ?");
		return (round != null) ? ofRound(round) : current();
	}

	private Long roundOf(String kind, long id, String sql) {
		String key = kind + ":" + id;
		Long known = this.rounds.getIfPresent(key);
		if (known != null) {
			return known;
		}
		Long round = this.jdbc.query(sql, (rs) -> rs.next() ? rs.getLong(1) : null, id);
		if (round != null) {
			this.rounds.put(key, round);
		}
		return round;
	}

	static String round(long roundId) {
		return "round:" + roundId;
	}

	private Map<String, Long> generations() {
		Answer known = this.answer;
		long now = System.nanoTime();
		long changes = this.localChanges.get();
		if (known != null && known.localChanges() == changes && now - known.readAt() < this.recheckNanos) {
			return known.generations();
		}
		Map<String, Long> generations = new HashMap<>();
		this.jdbc.query("select scope, generation from data_generation",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> generations.put(rs.getString(1),
						rs.getLong(2)));
		if (this.localChanges.get() == changes) {
			this.answer = new Answer(Map.copyOf(generations), now, changes);
		}
		return generations;
	}

	/**
	 * The scopes a change of this object moves: its round's and everything's; what
	 * belongs to no round (or whose round is not found) moves the global one, which every
	 * round's generation includes.
	 */
	Set<String> scopesOf(String objectType, String objectId) {
		Long round = null;
		try {
			long id = Long.parseLong(objectId);
			round = switch (objectType) {
				case "plan" -> roundOf("plan", id, "select round_id from innovation_plan where id = ?");
				case "call" -> roundOf("call", id, "select round_id from proposal_call where id = ?");
				case "evaluation_sheet" -> this.jdbc.query("""
						select p.round_id from evaluation_sheet s join innovation_plan p on p.id = s.plan_id
						where s.id = ?""", (rs) -> rs.next() ? rs.getLong(1) : null, id);
				default -> null;
			};
		}
		catch (NumberFormatException | NullPointerException ex) {
			// no id: not one round's
		}
		return Set.of(ALL, (round != null) ? round(round) : GLOBAL);
	}

	/**
	 * Moves the scopes' counters, in the caller's transaction (just before it commits):
	 * in one order, so that two transactions moving the same ones wait for each other
	 * rather than deadlock.
	 */
	void move(Set<String> scopes) {
		// the change's own rows first (as the commit would): the counters are then the
		// last
		// locks the transaction takes, and it holds them for the commit alone
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			this.entityManager.flush();
		}
		scopes.stream().sorted().forEach((scope) -> this.jdbc.update("""
				insert into data_generation (scope, generation) values (?, 1)
				on conflict (scope) do update set generation = data_generation.generation + 1""", scope));
	}

	/**
	 * Something was recorded here and committed: the next question reads the database.
	 */
	void changed() {
		this.localChanges.incrementAndGet();
	}

}
