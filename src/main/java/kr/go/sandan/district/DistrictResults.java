package kr.go.sandan.district;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.notification.Notifications;
import kr.go.sandan.web.ConflictException;

/**
 * Every change of a district's results: the region's target path and the ministry's
 * confirmation of it; the region's report (saved, submitted as a version that never
 * changes), the ministry's revision request, verification and acceptance. Each change
 * holds the district's lock, checks the version the person read (409 when someone changed
 * it since), follows {@link ReportStatus}, and is audited in the same transaction.
 */
@Service
@Transactional
public class DistrictResults {

	private final JdbcClient jdbc;

	private final DistrictViews views;

	private final TransactionLocks locks;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	private final Notifications notifications;

	private final ReportEvidence evidence;

	DistrictResults(JdbcClient jdbc, DistrictViews views, TransactionLocks locks, AuditLog audit, JsonMapper json,
			Clock clock, Notifications notifications, ReportEvidence evidence) {
		this.notifications = notifications;
		this.evidence = evidence;
		this.jdbc = jdbc;
		this.views = views;
		this.locks = locks;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	// --- the target path -------------------------------------------------------------

	/** The region saves the path of its district's targets; refused once confirmed. */
	public void saveTargets(DistrictViews.District district, TargetPathForm form, PortalUser user) {
		this.locks.serialize("district", district.planId());
		DistrictViews.TargetSet set = this.views.targetSet(district.planId());
		if (set.confirmed()) {
			throw new ReportRefusedException("district.error.targetsConfirmed");
		}
		if (form.getVersion() == null || form.getVersion() != set.version()) {
			throw new ConflictException("district.error.conflict");
		}
		Set<Long> targets = this.views.targets(district.planId())
			.stream()
			.map(DistrictViews.Target::id)
			.collect(Collectors.toSet());
		this.jdbc.sql("""
				insert into district_target_set (plan_id, version) values (?, 1)
				on conflict (plan_id) do update set version = district_target_set.version + 1, updated_at = now()""")
			.param(district.planId())
			.update();
		Map<Long, Object> after = new LinkedHashMap<>();
		for (TargetPathForm.Row row : form.getRows()) {
			if (row == null || row.getTargetId() == null || !targets.contains(row.getTargetId())) {
				continue; // a target of another plan, or none: passed over
			}
			this.jdbc.sql("""
					insert into district_target_path (target_id, plan_id, baseline_value, baseline_year, year1_value,
					    year2_value, year3_value) values (?, ?, ?, ?, ?, ?, ?)
					on conflict (target_id) do update set baseline_value = excluded.baseline_value,
					    baseline_year = excluded.baseline_year, year1_value = excluded.year1_value,
					    year2_value = excluded.year2_value, year3_value = excluded.year3_value""")
				.params(row.getTargetId(), district.planId(), row.getBaselineValue(), row.getBaselineYear(),
						row.getYear1(), row.getYear2(), row.getYear3())
				.update();
			after.put(row.getTargetId(),
					List.of(String.valueOf(row.getBaselineValue()), String.valueOf(row.getBaselineYear()),
							String.valueOf(row.getYear1()), String.valueOf(row.getYear2()),
							String.valueOf(row.getYear3())));
		}
		this.audit.record(AuditEntry.of("DISTRICT_TARGETS_SAVED", "plan", district.planId(), null,
				Map.of("paths", after.toString())));
	}

	/**
	 * The ministry confirms the path as the region set it: every target then has a
	 * baseline and a target for each district year. Fixed from then on.
	 */
	public void confirmTargets(DistrictViews.District district, long version, PortalUser user) {
		this.locks.serialize("district", district.planId());
		DistrictViews.TargetSet set = this.views.targetSet(district.planId());
		if (set.confirmed()) {
			throw new ReportRefusedException("district.error.targetsConfirmed");
		}
		if (version != set.version()) {
			throw new ConflictException("district.error.conflict");
		}
		List<DistrictViews.Target> targets = this.views.targets(district.planId());
		boolean complete = !targets.isEmpty() && targets.stream()
			.allMatch((t) -> t.baselineValue() != null && t.baselineYear() != null && t.year1() != null
					&& t.year2() != null && t.year3() != null);
		if (!complete) {
			throw new ReportRefusedException("district.error.pathIncomplete");
		}
		this.jdbc.sql("""
				update district_target_set set confirmed_at = ?, confirmed_by = ?, version = version + 1,
				    updated_at = now() where plan_id = ?""")
			.params(java.sql.Timestamp.from(this.clock.instant()), user.getUsername(), district.planId())
			.update();
		this.audit.record(AuditEntry.of("DISTRICT_TARGETS_CONFIRMED", "plan", district.planId(), null,
				Map.of("version", set.version() + 1)));
	}

	// --- the annual report -----------------------------------------------------------

	/**
	 * The report, locked, created as a draft (due by default) when the region first saves
	 * it.
	 */
	private DistrictViews.Report lockedReport(DistrictViews.District district, DistrictYear year, boolean create) {
		this.locks.serialize("district", district.planId());
		var report = this.views.report(district.planId(), year.number());
		if (report.isPresent() || !create) {
			return report.orElseThrow(() -> new ReportRefusedException("district.error.noReport"));
		}
		this.jdbc.sql("""
				insert into annual_report (plan_id, district_year, due_on, status) values (?, ?, ?, 'DRAFT')""")
			.params(district.planId(), year.number(), district.dueOf(year))
			.update();
		return this.views.report(district.planId(), year.number()).orElseThrow();
	}

	private static void checkVersion(DistrictViews.Report report, Long version) {
		if (version == null || version != report.version()) {
			throw new ConflictException("district.error.conflict");
		}
	}

	/** The region saves its draft (or its revision) of the year's report. */
	public void saveReport(DistrictViews.District district, DistrictYear year, ReportForm form, PortalUser user) {
		boolean fresh = this.views.report(district.planId(), year.number()).isEmpty();
		DistrictViews.Report report = lockedReport(district, year, true);
		if (!fresh) {
			checkVersion(report, form.getVersion());
		}
		else if (form.getVersion() == null || form.getVersion() != 0) {
			throw new ConflictException("district.error.conflict");
		}
		if (!report.status().isEditable()) {
			throw new ReportRefusedException("district.error.reportLocked");
		}
		List<ActualsWorkbook.Line> lines = new java.util.ArrayList<>();
		for (ReportForm.ActualRow row : form.getActuals()) {
			if (row != null && row.getTargetId() != null) {
				lines.add(new ActualsWorkbook.Line(0, row.getTargetId(), row.getValue(), blankToNull(row.getSource())));
			}
		}
		writeActuals(district, report, lines);
		Set<Long> tasks = this.views.tasks(district.planId(), null)
			.stream()
			.map(DistrictViews.Task::id)
			.collect(Collectors.toSet());
		for (ReportForm.TaskRow row : form.getTasks()) {
			if (row == null || row.getTaskId() == null || !tasks.contains(row.getTaskId())) {
				continue;
			}
			this.jdbc.sql("""
					insert into annual_report_task (report_id, key_task_id, status, progress) values (?, ?, ?, ?)
					on conflict (report_id, key_task_id) do update set status = excluded.status,
					    progress = excluded.progress""")
				.params(report.id(), row.getTaskId(), (row.getStatus() != null) ? row.getStatus().name() : null,
						blankToNull(row.getProgress()))
				.update();
		}
		Set<Long> projects = this.views.projects(district.planId(), null)
			.stream()
			.map(DistrictViews.Project::id)
			.collect(Collectors.toSet());
		for (ReportForm.ProjectRow row : form.getProjects()) {
			if (row == null || row.getProjectId() == null || !projects.contains(row.getProjectId())) {
				continue;
			}
			this.jdbc.sql("""
					insert into annual_report_project (report_id, project_id, status, progress) values (?, ?, ?, ?)
					on conflict (report_id, project_id) do update set status = excluded.status,
					    progress = excluded.progress""")
				.params(report.id(), row.getProjectId(), (row.getStatus() != null) ? row.getStatus().name() : null,
						blankToNull(row.getProgress()))
				.update();
		}
		saveAnswers(district, year, report, form);
		this.jdbc.sql("update annual_report set narrative = ?, version = version + 1, updated_at = now() where id = ?")
			.params(blankToNull(form.getNarrative()), report.id())
			.update();
		this.audit.record(AuditEntry.of("ANNUAL_REPORT_SAVED", "annual_report", report.id(), null,
				Map.of("plan", district.planId(), "year", year.number())));
	}

	/**
	 * Writes the district's answers to the recommendations its report answers; rows for
	 * any other recommendation are passed over.
	 */
	private void saveAnswers(DistrictViews.District district, DistrictYear year, DistrictViews.Report report,
			ReportForm form) {
		Set<Long> asked = this.views.answers(district.planId(), year, report.id())
			.stream()
			.map(DistrictViews.Answer::recommendationId)
			.collect(Collectors.toSet());
		for (ReportForm.RecommendationRow row : form.getRecommendations()) {
			if (row == null || row.getRecommendationId() == null || !asked.contains(row.getRecommendationId())) {
				continue;
			}
			this.jdbc.sql("""
					insert into annual_report_recommendation (report_id, recommendation_id, status, explanation)
					values (?, ?, ?, ?)
					on conflict (report_id, recommendation_id) do update set status = excluded.status,
					    explanation = excluded.explanation""")
				.params(report.id(), row.getRecommendationId(),
						(row.getStatus() != null) ? row.getStatus().name() : null, blankToNull(row.getExplanation()))
				.update();
		}
	}

	/**
	 * Writes the actuals of a report the region may edit; an actual that changes must be
	 * verified again. Lines for targets of another plan are passed over.
	 */
	private void writeActuals(DistrictViews.District district, DistrictViews.Report report,
			List<ActualsWorkbook.Line> lines) {
		Set<Long> targets = this.views.targets(district.planId())
			.stream()
			.map(DistrictViews.Target::id)
			.collect(Collectors.toSet());
		Map<Long, DistrictViews.Actual> stored = this.views.actuals(List.of(district.planId()))
			.stream()
			.filter((a) -> a.reportId() == report.id())
			.collect(Collectors.toMap(DistrictViews.Actual::targetId, Function.identity()));
		for (ActualsWorkbook.Line line : lines) {
			if (!targets.contains(line.targetId())) {
				continue;
			}
			DistrictViews.Actual before = stored.get(line.targetId());
			boolean changed = before == null || !same(before.value(), line.value())
					|| !Objects.equals(before.source(), line.source());
			if (!changed) {
				continue;
			}
			this.jdbc.sql("""
					insert into annual_report_actual (report_id, target_id, value, source) values (?, ?, ?, ?)
					on conflict (report_id, target_id) do update set value = excluded.value, source = excluded.source,
					    verification = null, question_reason = null""")
				.params(report.id(), line.targetId(), line.value(), line.source())
				.update();
		}
	}

	/**
	 * The region saves the actuals of a workbook it uploaded and confirmed, checked
	 * against the report's version it was checked with; returns how many changed.
	 */
	public int importActuals(DistrictViews.District district, DistrictYear year, long version,
			List<ActualsWorkbook.Line> lines, PortalUser user) {
		boolean fresh = this.views.report(district.planId(), year.number()).isEmpty();
		DistrictViews.Report report = lockedReport(district, year, true);
		if (fresh ? version != 0 : version != report.version()) {
			throw new ConflictException("district.error.conflict");
		}
		if (!report.status().isEditable()) {
			throw new ReportRefusedException("district.error.reportLocked");
		}
		Map<Long, DistrictViews.Actual> now = this.views.actuals(List.of(district.planId()))
			.stream()
			.filter((a) -> a.reportId() == report.id())
			.collect(Collectors.toMap(DistrictViews.Actual::targetId, Function.identity()));
		List<ActualsWorkbook.Change> changes = ActualsWorkbook.changes(lines, this.views.targets(district.planId()),
				now);
		if (changes.isEmpty()) {
			return 0;
		}
		writeActuals(district, report, lines);
		this.jdbc.sql("update annual_report set version = version + 1, updated_at = now() where id = ?")
			.param(report.id())
			.update();
		this.audit.record(AuditEntry.of("ANNUAL_REPORT_ACTUALS_IMPORTED", "annual_report", report.id(),
				Map.of("actuals",
						changes.stream()
							.map((c) -> c.target().id() + "=" + c.valueBefore() + "/" + c.sourceBefore())
							.toList()
							.toString()),
				Map.of("actuals",
						changes.stream()
							.map((c) -> c.target().id() + "=" + c.valueAfter() + "/" + c.sourceAfter())
							.toList()
							.toString())));
		return changes.size();
	}

	/**
	 * The region submits the year's report as it is saved: every target needs its actual
	 * with a source, every key task and confirmed project its status, every
	 * recommendation it answers a status and an explanation, and a narrative. A version
	 * is kept.
	 */
	public void submit(DistrictViews.District district, DistrictYear year, long version, PortalUser user) {
		DistrictViews.Report report = lockedReport(district, year, false);
		checkVersion(report, version);
		move(report, ReportStatus.SUBMITTED);
		List<DistrictViews.Target> targets = this.views.targets(district.planId());
		Map<Long, DistrictViews.Actual> actuals = this.views.actuals(List.of(district.planId()))
			.stream()
			.filter((a) -> a.reportId() == report.id())
			.collect(Collectors.toMap(DistrictViews.Actual::targetId, Function.identity()));
		List<DistrictViews.Task> tasks = this.views.tasks(district.planId(), report.id());
		boolean actualsComplete = targets.stream().allMatch((t) -> {
			DistrictViews.Actual actual = actuals.get(t.id());
			return actual != null && actual.value() != null && actual.source() != null;
		});
		if (!actualsComplete) {
			throw new ReportRefusedException("district.error.actualsMissing");
		}
		if (tasks.stream().anyMatch((t) -> t.status() == null)) {
			throw new ReportRefusedException("district.error.tasksMissing");
		}
		List<DistrictViews.Project> projects = this.views.projects(district.planId(), report.id());
		if (projects.stream().anyMatch((p) -> p.status() == null)) {
			throw new ReportRefusedException("district.error.projectsMissing");
		}
		List<DistrictViews.Answer> answers = this.views.answers(district.planId(), year, report.id());
		if (answers.stream().anyMatch((a) -> a.status() == null || a.explanation() == null)) {
			throw new ReportRefusedException("district.error.recommendationsMissing");
		}
		if (report.narrative() == null) {
			throw new ReportRefusedException("district.error.narrativeMissing");
		}
		int number = this.jdbc.sql("select coalesce(max(number), 0) + 1 from annual_report_version where report_id = ?")
			.param(report.id())
			.query(Integer.class)
			.single();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("narrative", report.narrative());
		content.put("actuals", targets.stream().map((t) -> {
			DistrictViews.Actual actual = actuals.get(t.id());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("target", t.asWritten());
			row.put("value", actual.value().stripTrailingZeros().toPlainString());
			row.put("unit", Objects.toString(t.unit(), ""));
			row.put("source", actual.source());
			return row;
		}).toList());
		content.put("tasks", tasks.stream().map((t) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("task", t.name());
			row.put("status", t.status());
			row.put("progress", Objects.toString(t.progress(), ""));
			return row;
		}).toList());
		content.put("projects", projects.stream().map((p) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("project", p.name());
			row.put("status", p.status());
			row.put("progress", Objects.toString(p.progress(), ""));
			return row;
		}).toList());
		// the answers as the region gave them, with the recommendation as it read it
		content.put("recommendations", answers.stream().map((a) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", a.recommendationId());
			row.put("evaluationYear", a.evaluationYear());
			row.put("recommendation", a.text());
			row.put("dueOn", a.dueOn().toString());
			row.put("status", a.status());
			row.put("explanation", a.explanation());
			return row;
		}).toList());
		Map<Long, String> targetNames = targets.stream()
			.collect(Collectors.toMap(DistrictViews.Target::id, DistrictViews.Target::asWritten));
		content.put("evidence", this.evidence.list(report.id()).stream().map((e) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", e.id());
			row.put("fileName", e.fileName());
			row.put("sha256", e.sha256());
			row.put("target", (e.targetId() != null) ? targetNames.getOrDefault(e.targetId(), "") : "");
			return row;
		}).toList());
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into annual_report_version (report_id, number, content, submitted_at, submitted_by)
				values (?, ?, cast(? as jsonb), ?, ?)""")
			.params(report.id(), number, this.json.writeValueAsString(content), java.sql.Timestamp.from(now),
					user.getUsername())
			.update();
		this.evidence.keepWithVersion(report.id(), number);
		this.jdbc.sql("""
				update annual_report set status = 'SUBMITTED', submitted_at = ?, version = version + 1,
				    updated_at = now() where id = ?""").params(java.sql.Timestamp.from(now), report.id()).update();
		this.audit.record(AuditEntry.of("ANNUAL_REPORT_SUBMITTED", "annual_report", report.id(),
				Map.of("status", report.status().name()), Map.of("status", "SUBMITTED", "version", number)));
		this.notifications.notifyMinistry("annual-report:" + report.id() + ":submitted:" + number,
				"notification.district.reportSubmitted", subject(district, year), link(district, year));
	}

	/**
	 * The ministry sends a submitted report back with a comment the region reads: on the
	 * whole report, on its sections ({@link ReviewForm.Section}), or both; at least one.
	 */
	public void requestRevision(DistrictViews.District district, DistrictYear year, ReviewForm form, PortalUser user) {
		DistrictViews.Report report = lockedReport(district, year, false);
		checkVersion(report, form.getVersion());
		move(report, ReportStatus.REVISION_REQUESTED);
		String comment = blankToNull(form.getComment());
		Map<ReviewForm.Section, String> sections = new java.util.EnumMap<>(ReviewForm.Section.class);
		for (ReviewForm.Section section : ReviewForm.Section.values()) {
			String text = blankToNull(form.sectionComment(section));
			if (text != null) {
				sections.put(section, text);
			}
		}
		if (comment == null && sections.isEmpty()) {
			throw new ReportRefusedException("district.error.commentRequired");
		}
		int versionNumber = this.jdbc
			.sql("select coalesce(max(number), 0) from annual_report_version where report_id = ?")
			.param(report.id())
			.query(Integer.class)
			.single();
		Instant now = this.clock.instant();
		sections.forEach((section, text) -> this.jdbc.sql("""
				insert into annual_report_section_comment (report_id, version_number, section, comment, created_at,
				    created_by) values (?, ?, ?, ?, ?, ?)""")
			.params(report.id(), versionNumber, section.name(), text, java.sql.Timestamp.from(now), user.getUsername())
			.update());
		this.jdbc.sql("""
				update annual_report set status = 'REVISION_REQUESTED', revision_comment = ?, version = version + 1,
				    updated_at = now() where id = ?""").params(comment, report.id()).update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", "REVISION_REQUESTED");
		after.put("comment", String.valueOf(comment));
		sections.forEach((section, text) -> after.put("comment." + section.name(), text));
		this.audit.record(AuditEntry.of("ANNUAL_REPORT_REVISION_REQUESTED", "annual_report", report.id(),
				Map.of("status", report.status().name()), after));
		this.notifications.notifyRegion(district.regionId(),
				"annual-report:" + report.id() + ":revision:" + report.version(),
				"notification.district.revisionRequested", subject(district, year), link(district, year));
	}

	/** The ministry accepts a submitted report: final from then on. */
	public void accept(DistrictViews.District district, DistrictYear year, long version) {
		DistrictViews.Report report = lockedReport(district, year, false);
		checkVersion(report, version);
		move(report, ReportStatus.ACCEPTED);
		this.jdbc.sql("""
				update annual_report set status = 'ACCEPTED', accepted_at = ?, version = version + 1,
				    updated_at = now() where id = ?""")
			.params(java.sql.Timestamp.from(this.clock.instant()), report.id())
			.update();
		this.audit.record(AuditEntry.of("ANNUAL_REPORT_ACCEPTED", "annual_report", report.id(),
				Map.of("status", report.status().name()), Map.of("status", "ACCEPTED")));
		this.notifications.notifyRegion(district.regionId(), "annual-report:" + report.id() + ":accepted",
				"notification.district.accepted", subject(district, year), link(district, year));
	}

	/**
	 * The ministry marks each actual of a submitted (or accepted) report verified or
	 * questioned; a question needs its reason, which the region reads.
	 */
	public void verify(DistrictViews.District district, DistrictYear year, ReviewForm form) {
		DistrictViews.Report report = lockedReport(district, year, false);
		checkVersion(report, form.getVersion());
		if (report.status() != ReportStatus.SUBMITTED && report.status() != ReportStatus.ACCEPTED) {
			throw new ReportRefusedException("district.error.notSubmitted");
		}
		Set<Long> actuals = this.views.actuals(List.of(district.planId()))
			.stream()
			.filter((a) -> a.reportId() == report.id())
			.map(DistrictViews.Actual::id)
			.collect(Collectors.toSet());
		Map<Long, String> after = new LinkedHashMap<>();
		for (ReviewForm.Row row : form.getRows()) {
			if (row == null || row.getActualId() == null || !actuals.contains(row.getActualId())) {
				continue;
			}
			String reason = blankToNull(row.getReason());
			if (row.getVerification() == ReviewForm.Verification.QUESTIONED && reason == null) {
				throw new ReportRefusedException("district.error.reasonRequired");
			}
			String verification = (row.getVerification() != null) ? row.getVerification().name() : null;
			this.jdbc.sql("update annual_report_actual set verification = ?, question_reason = ? where id = ?")
				.params(verification, (row.getVerification() == ReviewForm.Verification.QUESTIONED) ? reason : null,
						row.getActualId())
				.update();
			after.put(row.getActualId(), verification + ((reason != null) ? ": " + reason : ""));
		}
		this.jdbc.sql("update annual_report set version = version + 1, updated_at = now() where id = ?")
			.param(report.id())
			.update();
		this.audit.record(AuditEntry.of("ANNUAL_REPORT_VERIFIED", "annual_report", report.id(), null,
				Map.of("actuals", after.toString())));
	}

	// --- a round's rules
	// ------------------------------------------------------------------

	/**
	 * The ministry sets a round's rules: when its districts' reports are due and the
	 * attainment thresholds. Reports not yet submitted move to the new due date (a report
	 * once submitted keeps the date it was submitted against).
	 */
	public void saveRules(DistrictViews.RoundSetting setting, RoundRulesForm form, PortalUser user) {
		this.locks.serialize("district-round", setting.roundId());
		DistrictViews.RoundSetting current = this.views.roundSetting(setting.year()).orElseThrow();
		if (form.getVersion() == null || form.getVersion() != current.version()) {
			throw new ConflictException("district.error.conflict");
		}
		this.jdbc.sql("""
				insert into district_round_rules (round_id, due_days, green_percent, amber_percent, version)
				values (?, ?, ?, ?, 1)
				on conflict (round_id) do update set due_days = excluded.due_days,
				    green_percent = excluded.green_percent, amber_percent = excluded.amber_percent,
				    version = district_round_rules.version + 1, updated_at = now()""")
			.params(setting.roundId(), form.getDueDays(), form.getGreen(), form.getAmber())
			.update();
		RoundRules rules = new RoundRules(form.getDueDays(), form.getGreen(), form.getAmber());
		List<DistrictViews.District> districts = this.views.districts(null)
			.stream()
			.filter((d) -> d.roundYear() == setting.year())
			.toList();
		int moved = 0;
		for (DistrictViews.Report report : this.views
			.reports(districts.stream().map(DistrictViews.District::planId).toList())) {
			if (report.submittedAt() != null) {
				continue;
			}
			DistrictViews.District district = districts.stream()
				.filter((d) -> d.planId() == report.planId())
				.findFirst()
				.orElseThrow();
			DistrictYear year = district.years().get(report.year() - 1);
			moved += this.jdbc.sql("update annual_report set due_on = ?, version = version + 1 where id = ?")
				.params(rules.due(year), report.id())
				.update();
		}
		this.audit.record(AuditEntry.of("DISTRICT_ROUND_RULES_SAVED", "program_round", setting.roundId(), null,
				Map.of("dueDays", String.valueOf(form.getDueDays()), "green", form.getGreen().toPlainString(), "amber",
						form.getAmber().toPlainString(), "reportsMoved", String.valueOf(moved))));
	}

	/** What a notification is about: "부산광역시 1차년도 성과보고" (subjects are Korean). */
	static String subject(DistrictViews.District district, DistrictYear year) {
		return district.regionName() + " " + year.number() + "차년도 성과보고";
	}

	static String link(DistrictViews.District district, DistrictYear year) {
		return "/districts/" + district.planId() + "/reports/" + year.number();
	}

	private static void move(DistrictViews.Report report, ReportStatus next) {
		if (!report.status().canMoveTo(next)) {
			throw new ReportRefusedException("district.error.move." + next.name());
		}
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
