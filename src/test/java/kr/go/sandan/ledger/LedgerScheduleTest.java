package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What is behind schedule: a line whose execution rate is below the share its round
 * expects by the month; the program ministry sets the expectation per round in a small
 * form (validated beside each month, audited, 409 on a stale save), the overview and the
 * ministry pages list what is behind as of a date.
 */
class LedgerScheduleTest extends WorkflowTestSupport {

	private static List<BigDecimal> shares(int... percents) {
		List<BigDecimal> shares = new ArrayList<>();
		for (int p : percents) {
			shares.add(BigDecimal.valueOf(p));
		}
		return shares;
	}

	@Test
	void theExpectationIsTheMonthsShareOfTheYearAllOfAPastYearNoneOfAYearToCome() {
		Schedule schedule = new Schedule(shares(0, 0, 10, 20, 30, 50, 60, 70, 80, 90, 95, 100), 0);
		assertThat(schedule.expected(2030, LocalDate.of(2030, 6, 30))).isEqualByComparingTo("50");
		assertThat(schedule.expected(2030, LocalDate.of(2030, 1, 1))).isEqualByComparingTo("0");
		assertThat(schedule.expected(2029, LocalDate.of(2030, 1, 1))).isEqualByComparingTo("100");
		assertThat(schedule.expected(2031, LocalDate.of(2030, 12, 31))).isEqualByComparingTo("0");
		assertThat(Schedule.EVEN.months().get(5)).isEqualByComparingTo("50");
		assertThat(Schedule.EVEN.months().get(11)).isEqualByComparingTo("100");
		assertThat(Schedule.problems(shares(0, 0, 10, 20, 30, 50, 40, 70, 80, 90, 95, 100))).containsExactly(6);
		assertThat(Schedule.problems(shares(0, 0, 10, 20, 30, 50, 60, 70, 80, 90, 95, 101))).containsExactly(11);
		assertThat(Schedule.problems(shares(-1, 0, 10, 20, 30, 50, 60, 70, 80, 90, 95, 100))).containsExactly(0);
	}

	private MockHttpServletRequestBuilder schedule(long round, long version, int... percents) {
		MockHttpServletRequestBuilder request = post("/ministry/ledger/schedules/" + round).with(csrf())
			.with(this.accounts.as("ministry"))
			.param("version", String.valueOf(version));
		for (int m = 0; m < percents.length; m++) {
			request = request.param("months[" + m + "]", String.valueOf(percents[m]));
		}
		return request;
	}

	@Test
	void theMinistrySetsARoundsExpectationAndSeesWhatIsBehind() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2546, "ULSAN", "울산광역시", 2, 1);
		long round = this.jdbc.queryForObject("select round_id from innovation_plan where id = ?", Long.class, plan);
		for (int p = 0; p < 2; p++) {
			this.mvc
				.perform(post("/districts/" + plan + "/ledger/" + funded.project(plan, p) + "/2547/national")
					.with(csrf())
					.with(this.accounts.as("ministry"))
					.param("version", "0")
					.param("enteredOn", "2026-04-01")
					.param("allocated", "800")
					.param("executed", (p == 0) ? "200" : "600"))
				.andExpect(status().is3xxRedirection());
		}
		// without an expectation set: an even share a month, 50% by June
		Document overview = pageAs("/ministry/ledger?year=2547&asOf=2547-06-30", "ministry");
		assertThat(overview.getElementById("ledger-behind").text()).contains("확정사업 1", "25%", "50%")
			.doesNotContain("확정사업 2");
		assertThat(overview.getElementById("ledger-schedules").text()).contains("2546 (균등, 미지정)");

		// the form refuses a share below the month before, beside that month, input kept
		String url = "/ministry/ledger/schedules/" + round;
		Document form = pageAs(url, "ministry");
		assertThat(form.select("input[name^=months]")).hasSize(12);
		Document refused = Jsoup
			.parse(this.mvc.perform(schedule(round, -1, 0, 0, 10, 20, 30, 80, 60, 70, 80, 90, 95, 100))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(refused.getElementById("months6-error").text()).contains("앞 달보다 작지");
		assertThat(refused.getElementById("error-summary")).isNotNull();
		assertThat(refused.getElementById("months6").val()).isEqualTo("60");
		// a share out of range, and a blank month
		refused = Jsoup.parse(this.mvc.perform(schedule(round, -1, 0, 0, 10, 20, 30, 50, 60, 70, 80, 90, 95, 120))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.getElementById("months11-error")).isNotNull();
		this.mvc.perform(schedule(round, -1, 0, 0, 10)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_schedule where round_id = ?", Integer.class,
				round))
			.isZero();

		// saved: most of the money is expected late in the year; audited
		this.mvc.perform(schedule(round, -1, 0, 0, 5, 10, 15, 20, 40, 50, 60, 80, 90, 100))
			.andExpect(redirectedUrl("/ministry/ledger"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'LEDGER_SCHEDULE_SET' and object_id = ?""",
				Integer.class, String.valueOf(round)))
			.isEqualTo(1);
		// a save against the expectation read before it: 409, nothing changed
		this.mvc.perform(schedule(round, -1, 0, 0, 5, 10, 15, 30, 40, 50, 60, 80, 90, 100))
			.andExpect(status().isConflict());
		assertThat(
				this.jdbc.queryForObject("select m6 from ledger_schedule where round_id = ?", BigDecimal.class, round))
			.isEqualByComparingTo("20");

		// by June 20% is expected: nothing behind; by October 80%: both
		overview = pageAs("/ministry/ledger?year=2547&asOf=2547-06-30", "ministry");
		assertThat(overview.getElementById("behind-none")).isNotNull();
		overview = pageAs("/ministry/ledger?year=2547&asOf=2547-10-31", "ministry");
		assertThat(overview.select("#ledger-behind tbody tr")).hasSize(2);
		assertThat(overview.select("table")).hasSize(6);
		// a year to come is behind nothing; a year gone by is expected in full
		assertThat(pageAs("/ministry/ledger?year=2547&asOf=2546-12-31", "ministry").getElementById("behind-none"))
			.isNotNull();
		assertThat(pageAs("/ledger/ministries/MOTIE?year=2547&asOf=2548-01-02", "ministry")
			.select("#ledger-behind tbody tr")).hasSize(2);

		// the expectation is the program ministry's to set
		for (String who : List.of("region-incheon", "evaluator")) {
			this.mvc.perform(get(url).with(this.accounts.as(who))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post(url).with(csrf()).with(this.accounts.as("region-incheon")).param("version", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theScheduleFormHoldsWhateverIsPosted() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2548, "INCHEON", "인천광역시", 1, 1);
		long round = this.jdbc.queryForObject("select round_id from innovation_plan where id = ?", Long.class, plan);
		String url = "/ministry/ledger/schedules/" + round;
		kr.go.sandan.support.FormFuzzer fuzzer = new kr.go.sandan.support.FormFuzzer(this.mvc,
				this.accounts.as("ministry"), url, url)
			.run();
		assertThat(kr.go.sandan.support.FormFuzzer.report(List.of(fuzzer))).isEmpty();
		assertThat(fuzzer.posts()).isGreaterThan(5);
	}

}
