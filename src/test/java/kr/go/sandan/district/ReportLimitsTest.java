package kr.go.sandan.district;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.RealServerForm;
import kr.go.sandan.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district's annual report at its largest, over a real Tomcat (whose limits on a
 * request's size and parameters MockMvc does not apply): three targets, thirty key tasks
 * and two hundred confirmed projects, every text at its longest, in Korean (a URL-encoded
 * Hangul character is nine bytes) — saved whole and read back as typed. Then hostile
 * values in each kind of field, one post each: never a server error or a bare refusal by
 * Tomcat, each refusal the same page with a message and the typed text, nothing of a
 * refused post saved.
 */
@kr.go.sandan.support.RealServerTest
class ReportLimitsTest {

	private static final int ROUND = 2903;

	private static final int PROJECTS = 200;

	private static final int TASKS = 30;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private WebClient region() throws Exception {
		String username = Accounts.regionStaff(this.jdbc, "pfz-region-daejeon", "DAEJEON");
		this.jdbc.update("update account set password_hash = ? where username = ?", "{noop}" + Accounts.DEMO_PASSWORD,
				username);
		return WebClient.signedIn(this.port, username);
	}

	@Test
	void theLargestReportIsSavedWholeAndHostileValuesAreRefusedBesideTheirField() throws Exception {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(ROUND, "DAEJEON", "대전광역시", LocalDate.of(ROUND + 1, 1, 1),
				LocalDate.of(ROUND + 3, 12, 31), 3, TASKS);
		districts.confirmedProjects(plan, ROUND, PROJECTS);
		String report = "/districts/" + plan + "/reports/1";
		RealServerForm form = new RealServerForm(region(), report, report);

		Map<String, List<String>> largest = form.read();
		assertThat(largest.keySet().stream().filter((name) -> name.endsWith(".projectId"))).hasSize(PROJECTS);
		largest.put("narrative", List.of(RealServerForm.korean(4000, "서술 ")));
		for (int i = 0; i < 3; i++) {
			largest.put("actuals[" + i + "].value", List.of("123456789012345.1234"));
			largest.put("actuals[" + i + "].source", List.of(RealServerForm.korean(200, "출처 " + i + " ")));
		}
		for (int i = 0; i < TASKS; i++) {
			largest.put("tasks[" + i + "].status", List.of("ON_TRACK"));
			largest.put("tasks[" + i + "].progress", List.of(RealServerForm.korean(2000, "과제 " + i + "\r\n")));
		}
		for (int i = 0; i < PROJECTS; i++) {
			largest.put("projects[" + i + "].status", List.of("DONE"));
			largest.put("projects[" + i + "].progress", List.of(RealServerForm.korean(2000, "사업 " + i + "\r\n")));
		}
		RealServerForm.Answer saved = form.post(largest);
		assertThat(saved.status()).as(() -> saved.page().select("main").text()).isEqualTo(302);
		assertThat(saved.millis()).isLessThan(10_000);
		Map<String, List<String>> back = form.read();
		// saved whole: every row as typed (leading and trailing blanks aside)
		assertThat(RealServerForm.comparable(back)).isEqualTo(RealServerForm.comparable(largest));
		assertThat(back.get("actuals[2].value")).containsExactly("123456789012345.1234");

		// hostile values, one field at a time, on a small report (the largest page is 4
		// MB
		// of HTML, read three times a post)
		long small = districts.designated(ROUND + 1, "DAEJEON", "대전광역시", LocalDate.of(ROUND + 2, 1, 1),
				LocalDate.of(ROUND + 4, 12, 31), 1, 1);
		districts.confirmedProjects(small, ROUND + 1, 1);
		String smallReport = "/districts/" + small + "/reports/1";
		form = new RealServerForm(form.client(), smallReport, smallReport);
		Map<String, Boolean> fields = new LinkedHashMap<>();
		fields.put("narrative", true);
		fields.put("actuals[0].value", false);
		fields.put("actuals[0].source", true);
		fields.put("actuals[0].targetId", false);
		fields.put("tasks[0].status", false);
		fields.put("tasks[0].progress", true);
		fields.put("projects[0].status", false);
		fields.put("projects[0].progress", true);
		fields.put("projects[0].projectId", false);
		List<String> values = List.of("a\u0000b", RealServerForm.LONE_SURROGATE_BYTES, "1,000", "1e400", "1".repeat(30),
				"-5", "NOPE_UNKNOWN", RealServerForm.korean(4001, "긴 글 "));
		assertThat(form.hostile(fields, values, List.of("projects[500].progress", "projects[-1].status",
				"projects[2147483648].projectId", "projects[abc].progress", "tasks[99999].status")))
			.isEmpty();
	}

}
