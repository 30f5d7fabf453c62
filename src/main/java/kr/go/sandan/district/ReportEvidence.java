package kr.go.sandan.district;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.web.DocumentFormat;

/**
 * The evidence files of a year's report, kept as a plan's documents are: checked by
 * content (the portal's one upload rule, {@link DocumentFormat}) and size, stored with a
 * SHA-256 checksum, added and removed only while the region may edit the report. Each
 * submission keeps the files it was submitted with
 * ({@code annual_report_version_evidence}): a file a submitted version holds leaves the
 * working copy when removed, never the database. Read by the ministry and the district's
 * region only (the caller checks).
 */
@Service
@Transactional
public class ReportEvidence {

	/** The largest evidence file. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private final JdbcTemplate jdbc;

	private final DistrictViews views;

	private final TransactionLocks locks;

	private final AuditLog audit;

	private final Clock clock;

	ReportEvidence(JdbcTemplate jdbc, DistrictViews views, TransactionLocks locks, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.views = views;
		this.locks = locks;
		this.audit = audit;
		this.clock = clock;
	}

	/** An evidence file as lists show it. */
	public record Evidence(long id, long reportId, @Nullable Long targetId, String fileName, DocumentFormat type,
			long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {

		public long kilobytes() {
			return (this.sizeBytes + 1023) / 1024;
		}

	}

	/**
	 * Checks and stores a file for the report (and one of its targets, if given); answers
	 * the message key of what is wrong, or {@code null} when it was attached. Nothing is
	 * stored when it is refused.
	 */
	public @Nullable String attach(DistrictViews.District district, DistrictYear year, @Nullable Long targetId,
			String fileName, byte[] content, PortalUser user) {
		this.locks.serialize("district", district.planId());
		DistrictViews.Report report = this.views.report(district.planId(), year.number()).orElse(null);
		if (report == null) {
			return "district.evidence.error.saveFirst";
		}
		if (!report.status().isEditable()) {
			return "district.error.reportLocked";
		}
		if (targetId != null && this.views.targets(district.planId()).stream().noneMatch((t) -> t.id() == targetId)) {
			return "district.evidence.error.target";
		}
		Optional<String> problem = DocumentFormat.problem(fileName, content, MAX_BYTES);
		if (problem.isPresent()) {
			return "attachment.error." + problem.get();
		}
		DocumentFormat type = DocumentFormat.byContent(content).orElseThrow();
		String sha256 = DocumentFormat.sha256(content);
		boolean again = list(report.id()).stream()
			.anyMatch((e) -> e.sha256().equals(sha256) && e.fileName().equals(fileName)
					&& java.util.Objects.equals(e.targetId(), targetId));
		if (again) {
			return null; // the same file sent twice (a double click): kept once
		}
		Long id = this.jdbc.queryForObject("""
				insert into annual_report_evidence (report_id, target_id, file_name, file_type, size_bytes, sha256,
				    content, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
				report.id(), targetId, fileName, type.name(), (long) content.length, sha256, content,
				OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), user.getUsername());
		this.audit.record(AuditEntry.of("ANNUAL_REPORT_EVIDENCE_ADDED", "annual_report", report.id(), null,
				Map.of("evidence", id, "fileName", fileName, "sha256", sha256, "size", content.length, "target",
						String.valueOf(targetId))));
		return null;
	}

	/**
	 * Takes a file out of the report's working copy: deleted when no submitted version
	 * holds it, kept for the versions that do.
	 */
	public void remove(DistrictViews.District district, DistrictYear year, long evidenceId, PortalUser user) {
		this.locks.serialize("district", district.planId());
		DistrictViews.Report report = this.views.report(district.planId(), year.number())
			.orElseThrow(() -> new ReportRefusedException("district.error.noReport"));
		if (!report.status().isEditable()) {
			throw new ReportRefusedException("district.error.reportLocked");
		}
		Evidence evidence = list(report.id()).stream()
			.filter((e) -> e.id() == evidenceId)
			.findFirst()
			.orElseThrow(() -> new kr.go.sandan.web.NotFoundException("evidence", evidenceId));
		List<Integer> versions = this.jdbc.queryForList(
				"""
						select v.number from annual_report_version_evidence ve join annual_report_version v on v.id = ve.version_id
						where ve.evidence_id = ? order by v.number""",
				Integer.class, evidenceId);
		if (versions.isEmpty()) {
			this.jdbc.update("delete from annual_report_evidence where id = ?", evidenceId);
		}
		else {
			this.jdbc.update("update annual_report_evidence set in_working_copy = false where id = ?", evidenceId);
		}
		this.audit.record(AuditEntry.of("ANNUAL_REPORT_EVIDENCE_REMOVED", "annual_report", report.id(),
				Map.of("evidence", evidenceId, "fileName", evidence.fileName(), "sha256", evidence.sha256()),
				versions.isEmpty() ? null : Map.of("keptForVersions", versions)));
	}

	/** The submission just made keeps the working copy's files (one statement). */
	void keepWithVersion(long reportId, int versionNumber) {
		this.jdbc.update("""
				insert into annual_report_version_evidence (version_id, evidence_id)
				select v.id, e.id from annual_report_evidence e
				join annual_report_version v on v.report_id = e.report_id and v.number = ?
				where e.report_id = ? and e.in_working_copy""", versionNumber, reportId);
	}

	private static final String COLUMNS = "e.id, e.report_id, e.target_id, e.file_name, e.file_type, e.size_bytes, "
			+ "e.sha256, e.uploaded_at, e.uploaded_by";

	private static Evidence row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Evidence(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
				DocumentFormat.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7),
				rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getString(9));
	}

	/** The files of the report's working copy, without their content (one query). */
	@Transactional(readOnly = true)
	public List<Evidence> list(long reportId) {
		return this.jdbc.query(
				"select " + COLUMNS
						+ " from annual_report_evidence e where e.report_id = ? and e.in_working_copy order by e.id",
				(rs, i) -> row(rs), reportId);
	}

	/**
	 * The files of every submitted version of the report, by version number (one query).
	 */
	@Transactional(readOnly = true)
	public Map<Integer, List<Evidence>> byVersion(long reportId) {
		Map<Integer, List<Evidence>> byVersion = new TreeMap<>();
		this.jdbc.query("select " + COLUMNS + """
				, v.number from annual_report_evidence e join annual_report_version_evidence ve on ve.evidence_id = e.id
				join annual_report_version v on v.id = ve.version_id
				where v.report_id = ? order by v.number, e.id""", (rs) -> {
			byVersion.computeIfAbsent(rs.getInt(10), (number) -> new ArrayList<>()).add(row(rs));
		}, reportId);
		return byVersion;
	}

	/**
	 * A file of the district's report of {@code year}, in its working copy or a submitted
	 * version, with its bytes.
	 */
	@Transactional(readOnly = true)
	public Optional<Map.Entry<Evidence, byte[]>> content(long planId, int year, long evidenceId) {
		return this.jdbc
			.query("select " + COLUMNS + """
					, e.content from annual_report_evidence e join annual_report r on r.id = e.report_id
					where r.plan_id = ? and r.district_year = ? and e.id = ?""",
					(rs, i) -> Map.entry(row(rs), rs.getBytes(10)), planId, year, evidenceId)
			.stream()
			.findFirst();
	}

}
