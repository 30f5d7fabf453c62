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
 * SHA-256 checksum in the database, added and removed only while the plan is editable. An
 * editable plan has a working copy of documents; each submission keeps the working copy's
 * documents with the version it makes ({@code plan_version_attachment}), so that what was
 * submitted and scored stays downloadable as it was: a document of a submitted version
 * leaves the working copy when the region removes or replaces it, never the database.
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
		if (document != null && !document.isBlank()) {
			// a required document is one file: the new one replaces the working copy's,
			// which stays with the submitted versions that held it
			List<Attachment> replaced = list(plan.getId()).stream()
				.filter((candidate) -> candidate.id() != id && document.equals(candidate.document()))
				.toList();
			for (Attachment old : replaced) {
				List<Integer> versions = takeOut(plan.getId(), old.id());
				this.audit.record(AuditEntry.of("PLAN_ATTACHMENT_REPLACED", "plan", plan.getId(),
						Map.of("attachment", old.id(), "fileName", old.fileName(), "sha256", old.sha256()),
						Map.of("attachment", id, "keptForVersions", versions)));
			}
		}
		return null;
	}

	/**
	 * Takes a document out of the working copy: deleted when no submitted version has it,
	 * kept for the versions that do (answered, in order).
	 */
	private List<Integer> takeOut(long planId, long attachmentId) {
		List<Integer> versions = this.jdbc.queryForList("""
				select v.number from plan_version_attachment va join plan_version v on v.id = va.version_id
				where va.attachment_id = ? order by v.number""", Integer.class, attachmentId);
		if (versions.isEmpty()) {
			this.jdbc.update("delete from plan_attachment where id = ? and plan_id = ?", attachmentId, planId);
		}
		else {
			this.jdbc.update("update plan_attachment set in_working_copy = false where id = ? and plan_id = ?",
					attachmentId, planId);
		}
		return versions;
	}

	/**
	 * Takes a document out of the plan's working copy: deleted when no submitted version
	 * has it, kept for the versions that do.
	 */
	void remove(InnovationPlan plan, long attachmentId) {
		if (!plan.isEditable()) {
			throw new PlanLockedException(plan.getId(), plan.getStatus());
		}
		Attachment attachment = list(plan.getId()).stream()
			.filter((candidate) -> candidate.id() == attachmentId)
			.findFirst()
			.orElseThrow(() -> new kr.go.sandan.web.NotFoundException("attachment", attachmentId));
		List<Integer> versions = takeOut(plan.getId(), attachmentId);
		this.audit.record(AuditEntry.of("PLAN_ATTACHMENT_REMOVED", "plan", plan.getId(),
				Map.of("attachment", attachmentId, "fileName", attachment.fileName(), "sha256", attachment.sha256()),
				versions.isEmpty() ? null : Map.of("keptForVersions", versions)));
	}

	/** The submission just made keeps the working copy's documents (one statement). */
	void keepWithVersion(long planId, int versionNumber) {
		this.jdbc.update("""
				insert into plan_version_attachment (version_id, attachment_id)
				select v.id, a.id from plan_attachment a join plan_version v on v.plan_id = a.plan_id and v.number = ?
				where a.plan_id = ? and a.in_working_copy""", versionNumber, planId);
	}

	private static final String COLUMNS = "a.id, a.document, a.file_name, a.file_type, a.size_bytes, a.sha256, "
			+ "a.uploaded_at, a.uploaded_by";

	private static Attachment row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), AttachmentType.valueOf(rs.getString(4)),
				rs.getLong(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8));
	}

	/** The documents of the plan's working copy, without their content (one query). */
	@Transactional(readOnly = true)
	public List<Attachment> list(long planId) {
		return this.jdbc.query(
				"select " + COLUMNS + " from plan_attachment a where a.plan_id = ? and a.in_working_copy order by a.id",
				(rs, i) -> row(rs), planId);
	}

	/** The documents a submitted version was submitted with (one query). */
	@Transactional(readOnly = true)
	public List<Attachment> ofVersion(long planId, int versionNumber) {
		return this.jdbc.query("select " + COLUMNS + """
				 from plan_attachment a join plan_version_attachment va on va.attachment_id = a.id
				join plan_version v on v.id = va.version_id
				where v.plan_id = ? and v.number = ? order by a.id""", (rs, i) -> row(rs), planId, versionNumber);
	}

	/**
	 * A document of the plan, in its working copy or a submitted version, with its bytes
	 * (for the ministry and the plan's region).
	 */
	@Transactional(readOnly = true)
	public Optional<Map.Entry<Attachment, byte[]>> content(long planId, long attachmentId) {
		return this.jdbc
			.query("select " + COLUMNS + ", a.content from plan_attachment a where a.plan_id = ? and a.id = ?",
					(rs, i) -> Map.entry(row(rs), rs.getBytes(9)), planId, attachmentId)
			.stream()
			.findFirst();
	}

	/**
	 * A document of a submitted version with its bytes, as it was submitted; empty when
	 * the version has no such document (an evaluator reads only the version they
	 * evaluate).
	 */
	@Transactional(readOnly = true)
	public Optional<Map.Entry<Attachment, byte[]>> contentOfVersion(long planId, int versionNumber, long attachmentId) {
		return this.jdbc
			.query("select " + COLUMNS + """
					, a.content from plan_attachment a join plan_version_attachment va on va.attachment_id = a.id
					join plan_version v on v.id = va.version_id
					where v.plan_id = ? and v.number = ? and a.id = ?""", (rs, i) -> Map.entry(row(rs), rs.getBytes(9)),
					planId, versionNumber, attachmentId)
			.stream()
			.findFirst();
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
