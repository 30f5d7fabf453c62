package kr.go.sandan.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static kr.go.sandan.synthetic.Vocabulary.between;
import static kr.go.sandan.synthetic.Vocabulary.pick;

/**
 * After designation, for the synthetic districts (issue #19): each district's target path
 * (a baseline and a target per district year, the plan's figure the last, confirmed by
 * the ministry at designation) and, for each district year whose report fell due before
 * the end of the last round's year, its annual report as the program would see it: most
 * accepted with their actuals verified, some questioned, some sent back or still under
 * review, some submitted late, some never submitted (overdue). Drawn from a generator of
 * its own per round (seeded from the spec), so that adding it left the rounds' content as
 * it was.
 */
@Component
class SyntheticDistricts {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	/** Days after a district year its report is due (the rounds keep the default). */
	private static final int DUE_DAYS = 60;

	/** Baseline years the portal accepts. */
	private static final int LAST_BASELINE_YEAR = 2100;

	private static final List<String> SOURCES = List.of("고용보험 피보험자 DB", "산업단지 입주기업 실태조사", "한국산업단지공단 통계", "시·도 자체 조사",
			"지방세 과세 자료", "사업단 실적 보고");

	private static final List<String> QUESTIONS = List.of("산출 근거 자료가 첨부되지 않았습니다.", "전년도 실적과 중복 집계된 것으로 보입니다.",
			"출처 통계의 기준 시점이 연차와 다릅니다.", "사업 효과와 직접 관련이 없는 수치가 포함되었습니다.");

	private static final List<String> PROGRESS = List.of("계획 대비 정상 추진 중이며 입주기업 수요조사를 마쳤습니다.", "부지 보상 지연으로 착공이 늦어졌습니다.",
			"1단계 사업을 완료하고 2단계 설계에 착수했습니다.", "관계 부처 협의가 길어져 예산 집행이 지연되었습니다.");

	private static final String[] TASK_STATUSES = { "NOT_STARTED", "ON_TRACK", "DELAYED", "DONE" };

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	SyntheticDistricts(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	private record District(long planId, LocalDate start, LocalDate end) {
	}

	private record Target(long id, long planId, String asWritten, String unit, BigDecimal value) {
	}

	private record Task(long id, long planId, String name) {
	}

	/** Writes the districts' paths and reports of the spec's rounds. */
	void write(SyntheticSpec spec, List<Long> roundIds, SyntheticProgram.Rows rows) {
		LocalDate cutoff = LocalDate.of(spec.lastYear(), 12, 31);
		for (int i = 0; i < roundIds.size(); i++) {
			Random random = new Random(spec.seed() * 31 + spec.firstYear() + i);
			writeRound(roundIds.get(i), cutoff, random, rows);
		}
	}

	private void writeRound(long roundId, LocalDate cutoff, Random random, SyntheticProgram.Rows rows) {
		List<District> districts = this.jdbc.query("""
				select id, district_start, district_end from innovation_plan
				where round_id = ? and district_start is not null order by id""", (rs, n) -> new District(rs.getLong(1),
				rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)), roundId);
		if (districts.isEmpty()) {
			return;
		}
		Long[] ids = districts.stream().map(District::planId).toArray(Long[]::new);
		List<Target> targets = this.jdbc.query("""
				select id, plan_id, as_written, coalesce(unit, ''), value from plan_target
				where plan_id = any(?) and value is not null and source = 'PLAN' order by plan_id, position""", (rs,
				n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)),
				(Object) ids);
		List<Task> tasks = this.jdbc.query("""
				select id, plan_id, name from plan_key_task where plan_id = any(?) order by plan_id, position""",
				(rs, n) -> new Task(rs.getLong(1), rs.getLong(2), rs.getString(3)), (Object) ids);
		List<Object[]> sets = new ArrayList<>();
		List<Object[]> paths = new ArrayList<>();
		List<Object[]> reports = new ArrayList<>();
		List<Object[]> actuals = new ArrayList<>();
		List<Object[]> taskRows = new ArrayList<>();
		List<Object[]> versions = new ArrayList<>();
		List<Object[]> comments = new ArrayList<>();
		Map<Long, BigDecimal[]> yearTargets = new LinkedHashMap<>();
		for (District district : districts) {
			sets.add(new Object[] { district.planId(), at(district.start().plusMonths(6)) });
			for (Target target : own(targets, district.planId())) {
				BigDecimal baseline = target.value()
					.multiply(BigDecimal.valueOf(between(random, 0, 30)))
					.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
				BigDecimal step = target.value().subtract(baseline);
				BigDecimal[] path = new BigDecimal[3];
				for (int y = 1; y <= 3; y++) {
					path[y - 1] = (y == 3) ? target.value() : baseline.add(step.multiply(BigDecimal.valueOf(y))
						.divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP));
				}
				yearTargets.put(target.id(), path);
				int baselineYear = district.start().getYear() - 1;
				paths.add(new Object[] { target.id(), district.planId(), baseline,
						(baselineYear <= LAST_BASELINE_YEAR) ? baselineYear : null, path[0], path[1], path[2] });
			}
		}
		long[] reportIds = rows.ids("annual_report", districts.size() * 3);
		int nextReport = 0;
		for (District district : districts) {
			for (int y = 1; y <= 3; y++) {
				LocalDate yearEnd = (y == 3) ? district.end() : district.start().plusYears(y).minusDays(1);
				LocalDate due = yearEnd.plusDays(DUE_DAYS);
				if (due.isAfter(cutoff)) {
					break;
				}
				int draw = random.nextInt(100);
				if (draw < 8) {
					continue; // never submitted: overdue
				}
				String status = (draw < 14) ? "DRAFT"
						: (draw < 24) ? "SUBMITTED" : (draw < 32) ? "REVISION_REQUESTED" : "ACCEPTED";
				long reportId = reportIds[nextReport++];
				boolean late = random.nextInt(100) < 20;
				LocalDate submittedOn = late ? due.plusDays(between(random, 1, 45))
						: due.minusDays(between(random, 1, 40));
				boolean submitted = !"DRAFT".equals(status);
				String narrative = y + "차년도 핵심과제를 추진하였으며 " + pick(random, PROGRESS);
				List<Map<String, Object>> versionActuals = new ArrayList<>();
				for (Target target : own(targets, district.planId())) {
					BigDecimal value = yearTargets.get(target.id())[y - 1]
						.multiply(BigDecimal.valueOf(between(random, 55, 130)))
						.divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
					String source = pick(random, SOURCES);
					int check = random.nextInt(100);
					String verification = switch (status) {
						case "ACCEPTED" -> (check < 88) ? "VERIFIED" : "QUESTIONED";
						case "REVISION_REQUESTED" -> (check < 35) ? "QUESTIONED" : "VERIFIED";
						case "SUBMITTED" -> (check < 20) ? "QUESTIONED" : null;
						default -> null;
					};
					String reason = "QUESTIONED".equals(verification) ? pick(random, QUESTIONS) : null;
					actuals.add(new Object[] { reportId, target.id(), value, source, verification, reason });
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("target", target.asWritten());
					row.put("value", value.stripTrailingZeros().toPlainString());
					row.put("unit", target.unit());
					row.put("source", source);
					versionActuals.add(row);
				}
				List<Map<String, Object>> versionTasks = new ArrayList<>();
				for (Task task : tasks) {
					if (task.planId() != district.planId()) {
						continue;
					}
					String taskStatus = TASK_STATUSES[random.nextInt(TASK_STATUSES.length)];
					String progress = pick(random, PROGRESS);
					taskRows.add(new Object[] { reportId, task.id(), taskStatus, progress });
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("task", task.name());
					row.put("status", taskStatus);
					row.put("progress", progress);
					versionTasks.add(row);
				}
				String comment = "REVISION_REQUESTED".equals(status) ? pick(random, QUESTIONS) : null;
				reports.add(new Object[] { reportId, district.planId(), y, due, status, narrative, comment,
						submitted ? at(submittedOn) : null,
						"ACCEPTED".equals(status) ? at(submittedOn.plusDays(between(random, 7, 30))) : null });
				if (submitted) {
					Map<String, Object> content = new LinkedHashMap<>();
					content.put("narrative", narrative);
					content.put("actuals", versionActuals);
					content.put("tasks", versionTasks);
					content.put("evidence", List.of());
					versions.add(new Object[] { reportId, 1, this.json.writeValueAsString(content), at(submittedOn),
							SyntheticProgram.ACTOR });
				}
				if (comment != null) {
					comments.add(new Object[] { reportId, 1, "ACTUALS", comment, at(submittedOn.plusDays(10)),
							SyntheticProgram.ACTOR });
				}
			}
		}
		rows.insert("district_target_set",
				"""
						insert into district_target_set (plan_id, confirmed_at, confirmed_by, version) values (?, ?, 'synthetic', 1)
						on conflict (plan_id) do nothing""",
				sets);
		rows.insert("district_target_path", """
				insert into district_target_path (target_id, plan_id, baseline_value, baseline_year, year1_value,
				    year2_value, year3_value) values (?, ?, ?, ?, ?, ?, ?) on conflict (target_id) do nothing""",
				paths);
		rows.insert("annual_report",
				"""
						insert into annual_report (id, plan_id, district_year, due_on, status, narrative, revision_comment,
						    submitted_at, accepted_at, version) overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""",
				reports);
		rows.insert("annual_report_actual", """
				insert into annual_report_actual (report_id, target_id, value, source, verification, question_reason)
				values (?, ?, ?, ?, ?, ?)""", actuals);
		rows.insert("annual_report_task", """
				insert into annual_report_task (report_id, key_task_id, status, progress) values (?, ?, ?, ?)""",
				taskRows);
		rows.insert("annual_report_version", """
				insert into annual_report_version (report_id, number, content, submitted_at, submitted_by)
				values (?, ?, cast(? as jsonb), ?, ?)""", versions);
		rows.insert("annual_report_section_comment", """
				insert into annual_report_section_comment (report_id, version_number, section, comment, created_at,
				    created_by) values (?, ?, ?, ?, ?, ?)""", comments);
	}

	private static List<Target> own(List<Target> targets, long planId) {
		return targets.stream().filter((t) -> t.planId() == planId).toList();
	}

	private static OffsetDateTime at(LocalDate day) {
		return LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(SEOUL).toOffsetDateTime();
	}

}
