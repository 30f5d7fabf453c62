package kr.go.sandan.district;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.FormFuzzer;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ministry sets a round's report due date (days after a district year ends) and its
 * attainment thresholds: refused input comes back on the page with a message and what was
 * typed, a stale save answers 409, a save is audited, moves the due date of reports not
 * yet submitted (and so the overdue list and the reminders), and colours attainment.
 */
class RoundRulesTest extends WorkflowTestSupport {

	private static final int YEAR = 2087;

	private static final String RULES = "/ministry/districts/rules/" + YEAR;

	@Autowired
	private DistrictViews views;

	@AfterEach
	void backToDefaults() {
		this.jdbc.update(
				"delete from district_round_rules where round_id = (select id from program_round where year = ?)",
				YEAR);
	}

	private MockHttpServletRequestBuilder save(String version, String dueDays, String green, String amber) {
		return post(RULES).with(csrf())
			.with(this.accounts.as("ministry"))
			.param("version", version)
			.param("dueDays", dueDays)
			.param("green", green)
			.param("amber", amber);
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private int audited() {
		return this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'DISTRICT_ROUND_RULES_SAVED'
				and object_id = (select id::text from program_round where year = ?)""", Integer.class, YEAR);
	}

	@Test
	void theMinistrySetsARoundsDueDateAndThresholds() throws Exception {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(YEAR, "INCHEON", "인천광역시", LocalDate.of(2088, 1, 1), LocalDate.of(2090, 12, 31),
				1, 1);
		// year 1 drafted (due by default 2089-03-01), year 2 submitted against its date
		this.jdbc.update("""
				insert into annual_report (plan_id, district_year, due_on, status) values (?, 1, ?, 'DRAFT')""", plan,
				LocalDate.of(2089, 3, 1));
		this.jdbc.update("""
				insert into annual_report (plan_id, district_year, due_on, status, submitted_at)
				values (?, 2, ?, 'SUBMITTED', now())""", plan, LocalDate.of(2090, 3, 1));

		// only the ministry
		this.mvc.perform(get(RULES).with(this.accounts.as("region-incheon"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/ministry/districts/rules/1999").with(this.accounts.as("ministry")))
			.andExpect(status().isNotFound());
		Document form = page(get(RULES).with(this.accounts.as("ministry")), 200);
		assertThat(form.getElementById("dueDays").val()).isEqualTo("60");
		assertThat(form.getElementById("green").val()).isEqualTo("100");
		assertThat(form.getElementById("amber").val()).isEqualTo("70");
		assertThat(
				page(get("/ministry/districts").with(this.accounts.as("ministry")), 200).getElementById("round-rules")
					.text())
			.contains("2087년 차수: 연차 종료 후 60일 이내 보고, 달성 100% 이상 녹색 · 70% 이상 황색");

		// refused: amber not below green, a number too large, none at all; input kept
		Document refused = page(save("0", "90", "80", "80"), 200);
		assertThat(refused.select(".form-hint-invalid").text()).contains("황색 기준은 녹색 기준보다 낮아야 합니다.");
		assertThat(refused.getElementById("amber").val()).isEqualTo("80");
		assertThat(refused.getElementById("dueDays").val()).isEqualTo("90");
		refused = page(save("0", "1e400", "90", "50"), 200);
		assertThat(refused.getElementById("dueDays").attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.getElementById("dueDays").val()).isEqualTo("1e400");
		refused = page(save("0", "400", "", "50"), 200);
		assertThat(refused.getElementById("dueDays").attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.getElementById("green").attr("aria-invalid")).isEqualTo("true");
		assertThat(this.views.roundSetting(YEAR).orElseThrow().version()).isZero();

		// saved: 90 days, green from 90 %, amber from 50 %
		int audited = audited();
		this.mvc.perform(save("0", "90", "90", "50")).andExpect(redirectedUrl("/ministry/districts"));
		DistrictViews.RoundSetting setting = this.views.roundSetting(YEAR).orElseThrow();
		assertThat(setting.version()).isEqualTo(1);
		assertThat(setting.rules()).isEqualTo(new RoundRules(90, new BigDecimal("90"), new BigDecimal("50")));
		assertThat(audited()).isEqualTo(audited + 1);
		// the draft's due date moved (2088-12-31 + 90 days); the submitted one kept its
		// own
		assertThat(this.jdbc.queryForObject("select due_on from annual_report where plan_id = ? and district_year = 1",
				LocalDate.class, plan))
			.isEqualTo(LocalDate.of(2089, 3, 31));
		assertThat(this.jdbc.queryForObject("select due_on from annual_report where plan_id = ? and district_year = 2",
				LocalDate.class, plan))
			.isEqualTo(LocalDate.of(2090, 3, 1));
		// not overdue on 2089-03-15 any more; year 3 (no report yet) is due by the new
		// rule
		assertThat(this.views.overdue(null, LocalDate.of(2089, 3, 15))).noneMatch((o) -> o.planId() == plan);
		assertThat(this.views.overdue(null, LocalDate.of(2091, 3, 15)))
			.noneMatch((o) -> o.planId() == plan && o.year() == 3);
		assertThat(this.views.overdue(null, LocalDate.of(2091, 4, 1)))
			.anyMatch((o) -> o.planId() == plan && o.year() == 3 && o.dueOn().equals(LocalDate.of(2091, 3, 31)));
		// the round's thresholds colour attainment: 60 % is amber now (red by default)
		DistrictViews.District district = this.views.districts(null)
			.stream()
			.filter((d) -> d.planId() == plan)
			.findFirst()
			.orElseThrow();
		assertThat(district.rules().attainment(BigDecimal.TEN, BigDecimal.valueOf(6)).status())
			.isEqualTo(Attainment.Status.AMBER);
		assertThat(district.rules().attainment(BigDecimal.TEN, BigDecimal.valueOf(9)).status())
			.isEqualTo(Attainment.Status.GREEN);
		assertThat(RoundRules.DEFAULT.attainment(BigDecimal.TEN, BigDecimal.valueOf(6)).status())
			.isEqualTo(Attainment.Status.RED);
		assertThat(
				page(get("/ministry/districts").with(this.accounts.as("ministry")), 200).getElementById("round-rules")
					.text())
			.contains("2087년 차수: 연차 종료 후 90일 이내 보고, 달성 90% 이상 녹색 · 50% 이상 황색");

		// a save on the old version: 409, input kept
		Document stale = page(save("0", "30", "100", "70"), 409);
		assertThat(stale.getElementById("dueDays").val()).isEqualTo("30");
		assertThat(this.views.roundSetting(YEAR).orElseThrow().rules().dueDays()).isEqualTo(90);
	}

	@Test
	void theRulesFormHoldsWhateverIsPosted() throws Exception {
		new DesignatedDistricts(this.jdbc).designated(YEAR, "GWANGJU", "광주광역시", LocalDate.of(2088, 1, 1),
				LocalDate.of(2090, 12, 31), 1, 1);
		FormFuzzer fuzzer = new FormFuzzer(this.mvc, this.accounts.as("ministry"), RULES, RULES).run();
		assertThat(FormFuzzer.report(java.util.List.of(fuzzer))).isEmpty();
		assertThat(fuzzer.posts()).isGreaterThan(5);
	}

}
