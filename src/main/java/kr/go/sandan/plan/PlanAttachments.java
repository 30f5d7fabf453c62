package kr.go.sandan.plan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;

/**
 * Documents attached to plans: checked by content (not by name) and size, kept with a
 * SHA-256 checksum in the database, added and removed only while the plan is editable.
 */
@Service
@Transactional
public class PlanAttachments {

	/** The largest file a region may attach. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	PlanAttachments(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** An attachment as lists show it. */
	public record Attachment(long id, String document, String fileName, AttachmentType type, long sizeBytes,
			String sha256, Instant uploadedAt, String uploadedBy) {
	}

	/**
	 * Checks and stores a file; answers the message key of what is wrong, or {@code null}
	 * when it was attached. Nothing is stored when it is refused.
	 */
	String attach(InnovationPlan plan, String document, String fileName, byte[] content, String by) {
		if (!plan.isEditable()) {
			return "attachment.error.locked";
		}
		if (content.length == 0) {
			return "attachment.error.empty";
		}
		if (content.length > MAX_BYTES) {
			return "attachment.error.tooLarge";
		}
		Optional<AttachmentType> claimed = AttachmentType.byName(fileName);
		if (claimed.isEmpty()) {
			return "attachment.error.type";
		}
		Optional<AttachmentType> actual = AttachmentType.byContent(content);
		if (actual.isEmpty() || actual.get() != claimed.get()) {
			return "attachment.error.disguised";
		}
		String sha256 = sha256(content);
		Long id = this.jdbc.queryForObject(
				"""
						insert into plan_attachment (plan_id, document, file_name, file_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
				Long.class, plan.getId(), document, fileName, actual.get().name(), (long) content.length, sha256,
				content, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), by);
		this.audit.record(AuditEntry.of("PLAN_ATTACHMENT_ADDED", "plan", plan.getId(), null, Map.of("attachment", id,
				"document", String.valueOf(document), "fileName", fileName, "sha256", sha256, "size", content.length)));
		return null;
	}

	void remove(InnovationPlan plan, long attachmentId) {
		if (!plan.isEditable()) {
			throw new PlanLockedException(plan.getId(), plan.getStatus());
		}
		Attachment attachment = list(plan.getId()).stream()
			.filter((candidate) -> candidate.id() == attachmentId)
			.findFirst()
			.orElseThrow(() -> new kr.go.sandan.web.NotFoundException("attachment", attachmentId));
		this.jdbc.update("delete from plan_attachment where id = ? and plan_id = ?", attachmentId, plan.getId());
		this.audit.record(AuditEntry.of("PLAN_ATTACHMENT_REMOVED", "plan", plan.getId(),
				Map.of("attachment", attachmentId, "fileName", attachment.fileName(), "sha256", attachment.sha256()),
				null));
	}

	/** The plan's attachments, without their content (one query). */
	@Transactional(readOnly = true)
	public List<Attachment> list(long planId) {
		return this.jdbc.query("""
				select id, document, file_name, file_type, size_bytes, sha256, uploaded_at, uploaded_by
				from plan_attachment where plan_id = ? order by id""",
				(rs, i) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3),
						AttachmentType.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6),
						rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8)),
				planId);
	}

	/** An attachment's bytes with its description. */
	@Transactional(readOnly = true)
	public Optional<Map.Entry<Attachment, byte[]>> content(long planId, long attachmentId) {
		return list(planId).stream()
			.filter((attachment) -> attachment.id() == attachmentId)
			.findFirst()
			.map((found) -> {
				byte[] bytes = this.jdbc.queryForObject("select content from plan_attachment where id = ?",
						byte[].class, attachmentId);
				return Map.entry(found, bytes);
			});
	}

	/** The call's required documents that have no file yet. */
	List<String> missingDocuments(long planId, List<String> required) {
		return missingDocuments(list(planId), required);
	}

	static List<String> missingDocuments(List<Attachment> attached, List<String> required) {
		List<String> documents = attached.stream().map(Attachment::document).toList();
		return required.stream().filter((document) -> !documents.contains(document)).toList();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
