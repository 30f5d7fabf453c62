package kr.go.sandan.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An audit row as the audit page shows it: the action and the object as recorded, and the
 * state before and after side by side, one line per field.
 */
public record AuditEventRow(long id, OffsetDateTime occurredAt, String actor, String source, String action,
		String objectType, String objectId, String before, String after, String detail, List<Change> changes) {

	/**
	 * One field of the object's state: its value before and after the action (empty where
	 * the state was not recorded), and whether it changed.
	 */
	public record Change(String field, String before, String after) {

		public boolean changed() {
			return !java.util.Objects.equals(this.before, this.after);
		}

	}

	/**
	 * Where the object can be read in the portal, for the types that have a page, or
	 * {@code null}.
	 */
	public String objectPath() {
		if (this.objectId == null || this.objectType == null || !this.objectId.matches("\\d+")) {
			return null;
		}
		return switch (this.objectType) {
			case "plan" -> "/plans/" + this.objectId;
			case "call" -> "/ministry/calls/" + this.objectId;
			case "account" -> "/admin/accounts/" + this.objectId;
			default -> null;
		};
	}

}
