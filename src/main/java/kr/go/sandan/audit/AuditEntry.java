package kr.go.sandan.audit;

import java.util.Map;

/**
 * One action for the audit trail.
 *
 * @param action what happened, e.g. {@code ACCOUNT_CREATED}
 * @param objectType the kind of object acted on, e.g. {@code account}
 * @param objectId its id
 * @param before its state before the action (may be {@code null})
 * @param after its state after the action (may be {@code null})
 * @param detail a short free text
 * @param actor who acted, when not the signed-in user (e.g. the name typed at a failed
 * sign-in); {@code null} to take the signed-in user
 * @param actorId the actor's account id, if known
 * @param source the client address, when not the current request's
 */
public record AuditEntry(String action, String objectType, String objectId, Map<String, ?> before, Map<String, ?> after,
		String detail, String actor, Long actorId, String source) {

	public static AuditEntry of(String action, String objectType, Object objectId, Map<String, ?> before,
			Map<String, ?> after) {
		return new AuditEntry(action, objectType, (objectId != null) ? objectId.toString() : null, before, after, null,
				null, null, null);
	}

	public AuditEntry withDetail(String text) {
		return new AuditEntry(this.action, this.objectType, this.objectId, this.before, this.after, text, this.actor,
				this.actorId, this.source);
	}

	public AuditEntry by(String name, Long id) {
		return new AuditEntry(this.action, this.objectType, this.objectId, this.before, this.after, this.detail, name,
				id, this.source);
	}

	public AuditEntry from(String address) {
		return new AuditEntry(this.action, this.objectType, this.objectId, this.before, this.after, this.detail,
				this.actor, this.actorId, address);
	}

}
