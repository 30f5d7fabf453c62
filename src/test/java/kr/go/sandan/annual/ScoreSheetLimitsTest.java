package kr.go.sandan.annual;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.account.AccountUserDetailsService;
import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.RealServerForm;
import kr.go.sandan.support.RealServerTest;
import kr.go.sandan.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An annual score sheet at its largest, over a real Tomcat: every indicator the committee
 * page offers (six), each with the longest comment and the opinion at its longest, in
 * Korean — saved whole. Then what evaluators and attackers type, in each kind of field,
 * one post each (4,000-character comments, NUL, lone surrogate bytes, {@code 1,000},
 * {@code 1e400}, 30 digits, negative, unknown values, rows no sheet has): never a server
 * error, each refusal the sheet again with a message and the typed text, nothing of a
 * refused post saved.
 */
@RealServerTest
class ScoreSheetLimitsTest {

	private static final int ROUND = 2910;

	private static final int YEAR = 2911;

	private static final String PAGE = "/ministry/annual-evaluations/" + YEAR;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountUserDetailsService users;

	private long evaluator(String username) {
		this.jdbc.update("""
				insert into account (username, display_name, password_hash, affiliation, home_region_id)
				select ?, ?, ?, '산업연구원', (select id from region where code = 'SEOUL')
				where not exists (select 1 from account where username = ?)""", username, username + " 위원",
				"{noop}" + Accounts.DEMO_PASSWORD, username);
		long id = this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
		this.jdbc.update("insert into account_role (account_id, role) values (?, 'EVALUATOR') on conflict do nothing",
				id);
		return id;
	}

	private long version() {
		return this.jdbc.queryForObject("select version from annual_evaluation where year = ?", Long.class, YEAR);
	}

	/** An evaluation in progress with six indicators; the evaluator's sheet's id. */
	private long sheet(String evaluator) throws Exception {
		Accounts accounts = new Accounts(this.users);
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(ROUND, "ULSAN", "울산광역시", LocalDate.of(YEAR, 1, 1),
				LocalDate.of(YEAR + 2, 12, 31), 2, 1);
		districts.acceptedReport(plan, 1, LocalDate.of(YEAR + 1, 3, 1), "울산 1차년도 성과");
		long one = evaluator(evaluator);
		long two = evaluator(evaluator + "-2");
		this.mvc.perform(post(PAGE).with(csrf()).with(accounts.as("ministry"))).andExpect(status().is3xxRedirection());
		var committee = post(PAGE + "/committee").with(csrf())
			.with(accounts.as("ministry"))
			.param("version", String.valueOf(version()))
			.param("aggregation", "TRIMMED_MEAN")
			.param("minimumEvaluators", "2")
			.param("divergenceThreshold", "10")
			.param("outlierThreshold", "15")
			.param("bands[0].label", "우수")
			.param("bands[0].minScore", "80")
			.param("bands[1].label", "미흡")
			.param("bands[1].minScore", "0");
		for (int i = 0; i < 6; i++) {
			committee.param("indicators[" + i + "].name", "지표 " + (i + 1))
				.param("indicators[" + i + "].weight", (i < 4) ? "20" : "10");
		}
		this.mvc.perform(committee).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(PAGE + "/members").with(csrf())
				.with(accounts.as("ministry"))
				.param("version", String.valueOf(version()))
				.param("accountId", String.valueOf(one))
				.param("accountId", String.valueOf(two)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(PAGE + "/start").with(csrf())
				.with(accounts.as("ministry"))
				.param("version", String.valueOf(version())))
			.andExpect(status().is3xxRedirection());
		long evaluation = this.jdbc.queryForObject("select id from annual_evaluation where year = ?", Long.class, YEAR);
		this.mvc
			.perform(post("/evaluations/annual/" + evaluation + "/pledge").with(csrf())
				.with(accounts.as(evaluator))
				.param("agree", "true"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("""
				select s.id from annual_sheet s join annual_subject j on j.id = s.subject_id
				where j.evaluation_id = ? and s.account_id = ?""", Long.class, evaluation, one);
	}

	@Test
	void theLargestSheetIsSavedWholeAndHostileValuesAreRefusedBesideTheirField() throws Exception {
		String evaluator = "pfz-annual-eval";
		long sheet = sheet(evaluator);
		String url = "/evaluations/annual/sheets/" + sheet;
		RealServerForm form = new RealServerForm(WebClient.signedIn(this.port, evaluator), url, url);

		Map<String, List<String>> largest = form.read();
		assertThat(largest.keySet().stream().filter((name) -> name.endsWith(".indicatorId"))).hasSize(6);
		largest.put("opinion", List.of(RealServerForm.korean(4000, "종합 의견\r\n")));
		for (int i = 0; i < 6; i++) {
			largest.put("scores[" + i + "].score", List.of("99.5"));
			largest.put("scores[" + i + "].comment", List.of(RealServerForm.korean(2000, "지표 " + i + "\r\n")));
		}
		RealServerForm.Answer saved = form.post(largest);
		assertThat(saved.status()).as(() -> saved.page().select("main").text()).isEqualTo(302);
		Map<String, List<String>> back = form.read();
		assertThat(RealServerForm.comparable(back)).isEqualTo(RealServerForm.comparable(largest));

		Map<String, Boolean> fields = new LinkedHashMap<>();
		fields.put("opinion", true);
		fields.put("scores[0].score", false);
		fields.put("scores[5].score", false);
		fields.put("scores[5].comment", true);
		fields.put("scores[0].indicatorId", false);
		fields.put("action", false);
		List<String> values = List.of(RealServerForm.korean(4000, "긴 의견 "), "a\u0000b",
				RealServerForm.LONE_SURROGATE_BYTES, "1,000", "1e400", "1".repeat(30), "-5", "NOPE_UNKNOWN",
				RealServerForm.korean(4001, "더 긴 의견 "));
		assertThat(form.hostile(fields, values, List.of("scores[500].score", "scores[-1].comment",
				"scores[2147483648].indicatorId", "scores[abc].score", "scores[6].indicatorId")))
			.isEmpty();
		assertThat(this.jdbc.queryForObject("select status from annual_sheet where id = ?", String.class, sheet))
			.isNotEqualTo("SUBMITTED");
	}

}
