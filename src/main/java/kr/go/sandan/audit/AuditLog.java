package kr.go.sandan.audit;

import java.util.Map;

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
		afterCommit(this.generation::changed);
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

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
