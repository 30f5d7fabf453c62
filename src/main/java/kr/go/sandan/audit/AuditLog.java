package kr.go.sandan.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit trail; the audit module's public API. Every state change of the
 * portal is written here with who, when, from where, what object and before/after. The
 * database refuses updates and deletes of audit rows.
 */
@Service
public class AuditLog {

	/**
	 * What no page shows: signing in and out, a failed sign-in, a changed password. They
	 * are recorded but leave the kept pages alone.
	 */
	static final Set<String> UNSEEN = Set.of("LOGIN_SUCCEEDED", "LOGIN_FAILED", "LOGOUT", "ACCOUNT_PASSWORD_CHANGED");

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final DataGeneration generation;

	AuditLog(JdbcTemplate jdbc, JsonMapper json, DataGeneration generation) {
		this.jdbc = jdbc;
		this.json = json;
		this.generation = generation;
	}

	/**
	 * Records an action of the signed-in user (or of nobody, e.g. a failed sign-in) in
	 * the caller's transaction, so that the change and its audit row stand or fall
	 * together.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEntry entry) {
		insert(entry);
	}

	/**
	 * Records an event that is not part of a business transaction (sign-in, sign-out).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAlone(AuditEntry entry) {
		insert(entry);
	}

	private void insert(AuditEntry entry) {
		if (!UNSEEN.contains(entry.action())) {
			moveGeneration(entry);
		}
		String actor = entry.actor();
		Long actorId = entry.actorId();
		if (actor == null) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.isAuthenticated()
					&& authentication.getPrincipal() instanceof Actor signedIn) {
				actor = signedIn.getUsername();
				actorId = signedIn.accountId();
			}
		}
		String source = (entry.source() != null) ? entry.source() : currentSource();
		this.jdbc.update(
				"""
						insert into audit_event (actor, actor_id, source, action, object_type, object_id, before_state, after_state, detail)
						values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""",
				actor, actorId, source, entry.action(), entry.objectType(), entry.objectId(), toJson(entry.before()),
				toJson(entry.after()), truncate(entry.detail(), 500));
	}

	private String toJson(Map<String, ?> state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	/** The client address of the current request, if there is one. */
	public static String currentSource() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	/**
	 * A signed-in person as the audit trail names them; implemented by the portal's
	 * principal.
	 */
	public interface Actor {

		String getUsername();

		Long accountId();

	}

	/**
	 * The data generation's counters of what this change touches move in its transaction,
	 * just before it commits (so they are locked for the commit only, and become visible
	 * with the change); once committed, this instance's kept pages learn it before the
	 * change is acknowledged.
	 */
	private void moveGeneration(AuditEntry entry) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.generation.move(this.generation.scopesOf(entry.objectType(), entry.objectId()));
			this.generation.changed();
			return;
		}
		// this transaction's own (a suspended outer transaction's are not listed)
		GenerationMove move = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(GenerationMove.class::isInstance)
			.map(GenerationMove.class::cast)
			.findFirst()
			.orElseGet(() -> {
				GenerationMove created = new GenerationMove(this.generation);
				TransactionSynchronizationManager.registerSynchronization(created);
				return created;
			});
		move.changes.add(entry);
	}

	/** What one transaction changed, for the data generation. */
	private static final class GenerationMove implements TransactionSynchronization {

		private final DataGeneration generation;

		private final List<AuditEntry> changes = new ArrayList<>();

		GenerationMove(DataGeneration generation) {
			this.generation = generation;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			Set<String> scopes = new TreeSet<>();
			this.changes
				.forEach((change) -> scopes.addAll(this.generation.scopesOf(change.objectType(), change.objectId())));
			this.generation.move(scopes);
		}

		@Override
		public void afterCommit() {
			this.generation.changed();
		}

	}

}
