package kr.go.sandan.plan;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.support.RealServerTest;
import kr.go.sandan.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regional officers pressing the same button at once, on a real server with real threads:
 * of many concurrent saves of one draft exactly one is kept and every other answers 409
 * (nothing lost silently, no 500); a double-clicked "start" makes one plan; a
 * double-clicked "submit" makes one version and one audit event.
 */
@RealServerTest
class PlanConcurrencyTest {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** A call of the year, prepared and opened by the ministry over HTTP. */
	private long openCall(int year) throws Exception {
		WebClient ministry = WebClient.signedIn(this.port, "ministry");
		ministry.page("/ministry/calls/new");
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("year", String.valueOf(year));
		form.put("ordinal", String.valueOf(year - 2000));
		form.put("plannedDesignations", "5");
		form.put("opensAt", now.minusDays(1).format(LOCAL));
		form.put("closesAt", now.plusDays(30).format(LOCAL));
		form.put("notice", year + "년 공모");
		form.put("requiredAttachments", "");
		form.put("indicators[0].name", "혁신계획 타당성");
		form.put("indicators[0].weight", "100");
		assertThat(ministry.post("/ministry/calls", form).statusCode()).isEqualTo(302);
		long call = this.jdbc.queryForObject(
				"select c.id from proposal_call c join program_round r on r.id = c.round_id where r.year = ?",
				Long.class, year);
		ministry.page("/ministry/calls/" + call);
		assertThat(ministry.post("/ministry/calls/" + call + "/open", Map.of("version", version("proposal_call", call)))
			.statusCode()).isEqualTo(302);
		return call;
	}

	private String version(String table, long id) {
		return String
			.valueOf(this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id));
	}

	private long planOf(long call, String region) {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join proposal_call c on c.round_id = p.round_id
				join region g on g.id = p.region_id where c.id = ? and g.code = ?""", Long.class, call, region);
	}

	/**
	 * Runs the tasks at the same moment, each on its own thread, and collects the
	 * statuses.
	 */
	private static List<Integer> atOnce(List<Callable<HttpResponse<String>>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch ready = new CountDownLatch(tasks.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (Callable<HttpResponse<String>> task : tasks) {
				answers.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return task.call();
				}));
			}
			ready.await();
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int audited(String action, long plan) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and object_id = ?",
				Integer.class, action, String.valueOf(plan));
	}

	@Test
	void ofConcurrentSavesOfOneDraftExactlyOneIsKeptAndTheOthersAreToldSo() throws Exception {
		long call = openCall(2073);
		WebClient officer = WebClient.signedIn(this.port, "region-gyeongnam");
		officer.page("/me");
		List<Callable<HttpResponse<String>>> starts = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			starts.add(() -> officer.post("/calls/" + call + "/plans", Map.of()));
		}
		assertThat(atOnce(starts)).containsOnly(302);
		long plan = planOf(call, "GYEONGNAM");
		assertThat(audited("PLAN_DRAFT_STARTED", plan)).isEqualTo(1);

		// twenty officers read the targets at the same version and all save
		officer.page("/plans/" + plan + "/edit/targets");
		String read = version("innovation_plan", plan);
		List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String sentence = "목표 문장 " + i;
			saves.add(() -> officer.post("/plans/" + plan + "/edit/targets",
					Map.of("version", read, "rows[0].metric", "JOBS_CREATED", "rows[0].asWritten", sentence)));
		}
		List<Integer> statuses = atOnce(saves);
		assertThat(statuses).filteredOn((status) -> status == 302).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(19);
		assertThat(this.jdbc.queryForList("select as_written from plan_target where plan_id = ?", String.class, plan))
			.hasSize(1)
			.allSatisfy((sentence) -> assertThat(sentence).startsWith("목표 문장 "));
		assertThat(audited("PLAN_DRAFT_SAVED", plan)).isEqualTo(1);
	}

	@Test
	void aSubmissionPressedTwentyTimesIsOneVersion() throws Exception {
		long call = openCall(2074);
		WebClient officer = WebClient.signedIn(this.port, "region-jeonnam");
		officer.page("/me");
		assertThat(officer.post("/calls/" + call + "/plans", Map.of()).statusCode()).isEqualTo(302);
		long plan = planOf(call, "JEONNAM");
		String edit = "/plans/" + plan + "/edit";
		officer.page(edit + "/basics");
		saveSection(officer, edit + "/basics", Map.of("vision", "비전", "mainIndustries", "석유화학"), plan);
		saveSection(officer, edit + "/hub",
				Map.of("hubComplexId",
						String.valueOf(this.jdbc
							.queryForObject("select id from industrial_complex where name = '여수국가산단'", Long.class))),
				plan);
		saveSection(officer, edit + "/targets",
				Map.of("rows[0].metric", "JOBS_CREATED", "rows[0].value", "1", "rows[0].unit", "만명"), plan);
		saveSection(officer, edit + "/narrative", Map.of("governance", "추진단", "diagnosis", "석유화학 편중"), plan);
		saveSection(officer, edit + "/tasks", Map.of("rows[0].name", "고부가 전환"), plan);
		long task = this.jdbc.queryForObject("select id from plan_key_task where plan_id = ?", Long.class, plan);
		saveSection(officer, edit + "/projects/new", Map.of("taskId", String.valueOf(task), "name", "탄소중립 실증"), plan);
		String read = version("innovation_plan", plan);
		List<Callable<HttpResponse<String>>> submits = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			submits.add(() -> officer.post("/plans/" + plan + "/submit", Map.of("version", read)));
		}
		assertThat(atOnce(submits)).containsOnly(302);
		assertThat(this.jdbc.queryForObject("select count(*) from plan_version where plan_id = ?", Integer.class, plan))
			.isEqualTo(1);
		assertThat(audited("PLAN_SUBMITTED", plan)).isEqualTo(1);
	}

	private void saveSection(WebClient officer, String path, Map<String, String> fields, long plan) throws Exception {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("version", version("innovation_plan", plan));
		HttpResponse<String> answer = officer.post(path, all);
		assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(302);
	}

}
