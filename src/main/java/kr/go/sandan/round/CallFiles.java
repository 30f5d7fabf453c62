package kr.go.sandan.round;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.web.DocumentFormat;
import kr.go.sandan.web.NotFoundException;

/**
 * The files a ministry officer attaches to a call for regions to download (공고문,
 * templates): checked by content like a plan's documents ({@link DocumentFormat}), kept
 * in the database with a SHA-256 checksum. Public with the call once it is announced;
 * removable only before.
 */
@Service
@Transactional
public class CallFiles {

	/** The largest file an officer may attach. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private final JdbcTemplate jdbc;

	private final CallRepository calls;

	private final EntityManager entityManager;

	private final AuditLog audit;

	private final Clock clock;

	CallFiles(JdbcTemplate jdbc, CallRepository calls, EntityManager entityManager, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.calls = calls;
		this.entityManager = entityManager;
		this.audit = audit;
		this.clock = clock;
	}

	/** A file of a call as lists show it (without its bytes). */
	public record CallFile(long id, long callId, CallFileKind kind, String title, String fileName,
			DocumentFormat format, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
	}

	/** The call's files, notice first, then templates, then others, each oldest first. */
	@Transactional(readOnly = true)
	public List<CallFile> list(long callId) {
		return this.jdbc.query("""
				select id, call_id, kind, title, file_name, file_type, size_bytes, sha256, uploaded_at, uploaded_by
				from proposal_call_file where call_id = ?
				order by case kind when 'NOTICE' then 0 when 'TEMPLATE' then 1 else 2 end, id""",
				(rs, i) -> new CallFile(rs.getLong(1), rs.getLong(2), CallFileKind.valueOf(rs.getString(3)),
						rs.getString(4), rs.getString(5), DocumentFormat.valueOf(rs.getString(6)), rs.getLong(7),
						rs.getString(8), rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10)),
				callId);
	}

	/** A file with its bytes, if it belongs to the call. */
	@Transactional(readOnly = true)
	public Optional<Map.Entry<CallFile, byte[]>> content(long callId, long fileId) {
		List<byte[]> bytes = this.jdbc.queryForList(
				"select content from proposal_call_file where id = ? and call_id = ?", byte[].class, fileId, callId);
		if (bytes.isEmpty()) {
			return Optional.empty();
		}
		return list(callId).stream()
			.filter((file) -> file.id() == fileId)
			.findFirst()
			.map((file) -> Map.entry(file, bytes.get(0)));
	}

	/**
	 * Checks and stores a file; answers the message key of what is wrong with it, or
	 * {@code null} when it was attached. Nothing is stored when it is refused.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public String attach(long callId, CallFileKind kind, String title, String fileName, byte[] content, String by) {
		ProposalCall call = this.calls.findDetailed(callId).orElseThrow(() -> new NotFoundException("call", callId));
		Optional<String> problem = DocumentFormat.problem(fileName, content, MAX_BYTES);
		if (problem.isPresent()) {
			return "call.file.error." + problem.get();
		}
		DocumentFormat format = DocumentFormat.byContent(content).orElseThrow();
		String sha256 = DocumentFormat.sha256(content);
		Long id = this.jdbc.queryForObject(
				"""
						insert into proposal_call_file (call_id, kind, title, file_name, file_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
				Long.class, callId, kind.name(), title, fileName, format.name(), (long) content.length, sha256, content,
				OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), by);
		// the call as a whole changed: a form read before it is out of date
		this.entityManager.lock(call, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.audit.record(AuditEntry.of("CALL_FILE_ADDED", "call", callId, null, Map.of("file", id, "kind", kind.name(),
				"title", title, "fileName", fileName, "sha256", sha256, "size", content.length)));
		return null;
	}

	/** Removes a file of a call that is not announced yet. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void remove(long callId, long fileId) {
		ProposalCall call = this.calls.findDetailed(callId).orElseThrow(() -> new NotFoundException("call", callId));
		call.requireNotOpened();
		CallFile file = list(callId).stream()
			.filter((found) -> found.id() == fileId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("call file", fileId));
		this.jdbc.update("delete from proposal_call_file where id = ?", fileId);
		this.entityManager.lock(call, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.audit.record(AuditEntry.of("CALL_FILE_REMOVED", "call", callId,
				Map.of("file", fileId, "title", file.title(), "fileName", file.fileName(), "sha256", file.sha256()),
				null));
	}

}
