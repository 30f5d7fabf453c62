package kr.go.sandan.audit;

import java.time.OffsetDateTime;

/** An audit row as the audit page shows it. */
public record AuditEventRow(long id, OffsetDateTime occurredAt, String actor, String source, String action,
		String objectType, String objectId, String before, String after, String detail) {
}
