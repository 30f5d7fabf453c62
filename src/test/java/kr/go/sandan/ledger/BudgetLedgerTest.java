package kr.go.sandan.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.FormFuzzer;
import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The budget ledger of a district: entries appended with date, reason and person; the
 * rules beside the fields (execution beyond allocation refused, amounts beyond the
 * confirmed one and corrections need a reason, 409 on a stale save); who reads and enters
 * what; roll-ups computed on reading; a fixed number of statements per page (counted at
 * the data source, since the ledger reads through JDBC); and the form fuzzed.
 */
@Import(CountingDataSource.class)
class BudgetLedgerTest extends WorkflowTestSupport {

	private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(this.accounts.as(who));
	}

	private Document page(String url, String who) throws Exception {
		return pageAs(url, who);
	}

	private static String line(long plan, long project, int year, String source) {
		return "/districts/" + plan + "/ledger/" + project + "/" + year + "/" + source;
	}

	private Document refused(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void everyChangeIsANewEntryAndTheRulesStandBesideTheFields() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2089, "GYEONGGI", "경기도", 2, 2);
		long project = funded.project(plan, 0);
		String national = line(plan, project, 2090, "national");

		// the ledger lists each funded project's years and sources, not the rejected one
		Document ledger = page("/districts/" + plan + "/ledger", "ministry");
		assertThat(ledger.select("#ledger-lines tbody tr")).hasSize(2 * 2 * 3);
		assertThat(ledger.text()).doesNotContain("미반영 사업").contains("교부 전");
		assertThat(page("/districts/" + plan, "ministry").getElementById("ledger-link")).isNotNull();

		// execution beyond allocation: refused beside the field, input kept, nothing
		// written
		Document form = refused(as("ministry", post(national)).param("version", "0")
			.param("enteredOn", "2026-03-02")
			.param("allocated", "100")
			.param("executed", "150"));
		assertThat(form.getElementById("executed-error").text()).contains("교부액을 넘을 수 없습니다");
		assertThat(form.getElementById("executed").val()).isEqualTo("150");
		assertThat(form.getElementById("error-summary")).isNotNull();
		assertThat(funded.entries(plan)).isZero();

		// beyond what was confirmed (800): needs a reason
		form = refused(as("ministry", post(national)).param("version", "0")
			.param("enteredOn", "2026-03-02")
			.param("secured", "1,000"));
		assertThat(form.getElementById("secured-error").text()).contains("사유");
		// a number no column holds
		form = refused(as("ministry", post(national)).param("version", "0")
			.param("enteredOn", "2026-03-02")
			.param("allocated", "1e400"));
		assertThat(form.getElementById("allocated-error")).isNotNull();
		assertThat(form.getElementById("allocated").val()).isEqualTo("1e400");
		assertThat(funded.entries(plan)).isZero();

		this.mvc
			.perform(as("ministry", post(national)).param("version", "0")
				.param("enteredOn", "2026-03-02")
				.param("secured", "1,000")
				.param("allocated", "500")
				.param("executed", "200")
				.param("reason", "추경 증액"))
			.andExpect(redirectedUrl("/districts/" + plan + "/ledger"));
		assertThat(funded.entries(plan)).isEqualTo(3);

		// a correction needs a reason, and is a new entry beside the old one
		long version = funded.version(plan, project, 2090, "NATIONAL");
		form = refused(as("ministry", post(national)).param("version", String.valueOf(version))
			.param("enteredOn", "2026-04-01")
			.param("secured", "1000")
			.param("allocated", "400")
			.param("executed", "200"));
		assertThat(form.getElementById("allocated-error").text()).contains("사유");
		// an amount once entered cannot be blanked
		form = refused(as("ministry", post(national)).param("version", String.valueOf(version))
			.param("enteredOn", "2026-04-01")
			.param("allocated", "500")
			.param("executed", "200"));
		assertThat(form.getElementById("secured-error").text()).contains("지울 수 없습니다");
		this.mvc
			.perform(as("ministry", post(national)).param("version", String.valueOf(version))
				.param("enteredOn", "2026-04-01")
				.param("secured", "1000")
				.param("allocated", "400")
				.param("executed", "200")
				.param("reason", "교부 결정 정정"))
			.andExpect(status().is3xxRedirection());
		assertThat(funded.entries(plan)).isEqualTo(4);
		assertThat(this.jdbc.queryForList("""
				select amount from budget_ledger_entry where plan_id = ? and stage = 'ALLOCATED' order by id""",
				java.math.BigDecimal.class, plan))
			.extracting(java.math.BigDecimal::toPlainString)
			.containsExactly("500.0", "400.0");
		Document history = page(national, "ministry");
		assertThat(history.select("#ledger-history tbody tr")).hasSize(4);
		assertThat(history.getElementById("ledger-history").text()).contains("교부 결정 정정", "ministry");
		assertThat(history.getElementById("allocated").val()).isEqualTo("400");

		// a save against what another person has since changed: 409, input kept
		var stale = this.mvc
			.perform(as("ministry", post(national)).param("version", String.valueOf(version))
				.param("enteredOn", "2026-04-02")
				.param("secured", "1000")
				.param("allocated", "400")
				.param("executed", "300"))
			.andExpect(status().isConflict())
			.andReturn();
		Document conflict = Jsoup.parse(stale.getResponse().getContentAsString());
		assertThat(conflict.getElementById("error-summary").text()).contains("먼저 고쳤습니다");
		assertThat(conflict.getElementById("executed").val()).isEqualTo("300");
		assertThat(funded.entries(plan)).isEqualTo(4);

		// the database itself refuses to overwrite or erase an entry
		// (the portal's role has no right to; the trigger refuses any other role)
		for (String change : List.of("update budget_ledger_entry set amount = 1 where plan_id = ?",
				"delete from budget_ledger_entry where plan_id = ?")) {
			assertThatThrownBy(() -> this.jdbc.update(change, plan))
				.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
					.containsAnyOf("append-only", "permission denied"));
		}
		assertThat(funded.entries(plan)).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'BUDGET_LEDGER_ENTERED' and object_id = ?""",
				Integer.class, String.valueOf(plan)))
			.isEqualTo(2);

		// roll-ups computed on reading: 200 of 400 allocated executed, in every grouping
		ledger = page("/districts/" + plan + "/ledger", "ministry");
		assertThat(ledger.getElementById("ledger-total").text()).contains("50%", "200", "400");
		assertThat(ledger.getElementById("rollup-year").text()).contains("2090년", "50%");
		assertThat(ledger.getElementById("rollup-source").text()).contains("국비", "50%");
		assertThat(ledger.getElementById("rollup-project").text()).contains("확정사업 1", "50%");
		assertThat(ledger.select("figure.ledger-chart svg[role=img] title")).hasSize(2);
		assertThat(ledger.select("script")).allSatisfy((s) -> assertThat(s.attr("src")).isNotEmpty());
		// the confirmed totals add up to the plan's confirmed budget: 2 projects × 2
		// years
		assertThat(ledger.select("#rollup-source tbody tr").get(0).select("td").get(0).text()).isEqualTo("3,200");
		// English
		assertThat(page("/districts/" + plan + "/ledger?lang=en", "ministry").text()).contains("Execution rate by year",
				"National");
	}

	@Test
	void eachReadsAndEntersOnlyWhatIsTheirs() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2098, "INCHEON", "인천광역시", 1, 1);
		long project = funded.project(plan, 0);
		String ledger = "/districts/" + plan + "/ledger";
		String national = line(plan, project, 2099, "national");
		String local = line(plan, project, 2099, "local");

		// the region reads its own; another region, an evaluator and the public read
		// nothing
		page(ledger, "region-incheon");
		page(local, "region-incheon");
		for (String url : List.of(ledger, national, local)) {
			this.mvc.perform(get(url).with(this.accounts.as("region-gwangju"))).andExpect(status().isNotFound());
			this.mvc.perform(get(url).with(this.accounts.as("evaluator"))).andExpect(status().isNotFound());
			this.mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(as("region-gwangju", post(local)).param("version", "0")
				.param("enteredOn", "2026-02-01")
				.param("allocated", "10"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(local).with(csrf()).param("version", "0").param("allocated", "10"))
			.andExpect(status().is3xxRedirection());
		assertThat(funded.entries(plan)).isZero();

		// the region: local and private at every stage
		this.mvc
			.perform(as("region-incheon", post(local)).param("version", "0")
				.param("enteredOn", "2026-02-01")
				.param("secured", "200")
				.param("allocated", "200")
				.param("executed", "50"))
			.andExpect(status().is3xxRedirection());
		assertThat(funded.entries(plan)).isEqualTo(3);
		// the national subsidy: only its execution, the rest is the ministry's
		Document form = page(national, "region-incheon");
		assertThat(form.getElementById("allocated").hasAttr("readonly")).isTrue();
		assertThat(form.getElementById("executed").hasAttr("readonly")).isFalse();
		form = refused(as("region-incheon", post(national)).param("version", "0")
			.param("enteredOn", "2026-02-01")
			.param("allocated", "800"));
		assertThat(form.getElementById("allocated-error").text()).contains("국토교통부 또는 사업을 주관하는 협업부처만");
		this.mvc
			.perform(as("ministry", post(national)).param("version", "0")
				.param("enteredOn", "2026-02-01")
				.param("allocated", "800"))
			.andExpect(status().is3xxRedirection());
		long version = funded.version(plan, project, 2099, "NATIONAL");
		this.mvc
			.perform(as("region-incheon", post(national)).param("version", String.valueOf(version))
				.param("enteredOn", "2026-06-30")
				.param("allocated", "800")
				.param("executed", "600"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"select entered_by from budget_ledger_entry where plan_id = ? and stage = 'EXECUTED' and source = 'NATIONAL'",
				String.class, plan))
			.isEqualTo("region-incheon");
		// a date to come is refused
		form = refused(as("region-incheon", post(local))
			.param("version", String.valueOf(funded.version(plan, project, 2099, "LOCAL")))
			.param("enteredOn", LocalDate.now().plusDays(3).toString())
			.param("secured", "200")
			.param("allocated", "200")
			.param("executed", "60")
			.param("reason", "집행 갱신"));
		assertThat(form.getElementById("enteredOn").parent().text()).contains("오늘 이후");

		// the region's page and the ministry's add up to the same figures: 650 of 1,000
		assertThat(page(ledger, "region-incheon").getElementById("ledger-total").text()).contains("65%");
		assertThat(page(ledger, "ministry").getElementById("ledger-total").text()).contains("65%", "650", "1,000");
	}

	private long count(String url, String who) throws Exception {
		this.mvc.perform(get(url).with(this.accounts.as(who))).andExpect(status().isOk());
		CountingDataSource.reset();
		this.mvc.perform(get(url).with(this.accounts.as(who))).andExpect(status().isOk());
		return CountingDataSource.STATEMENTS.get();
	}

	@Test
	void theLedgerPagesReadAFixedNumberOfStatements() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long small = funded.funded(2066, "GWANGJU", "광주광역시", 1, 1);
		long large = funded.funded(2066, "BUSAN", "부산광역시", 4, 3);
		for (int p = 0; p < 4; p++) {
			long project = funded.project(large, p);
			for (int y = 2067; y <= 2069; y++) {
				this.mvc
					.perform(as("ministry", post(line(large, project, y, "national"))).param("version", "0")
						.param("enteredOn", "2026-05-01")
						.param("allocated", "700")
						.param("executed", String.valueOf(100 * (p + 1))))
					.andExpect(status().is3xxRedirection());
			}
		}
		assertThat(count("/districts/" + large + "/ledger", "ministry"))
			.isEqualTo(count("/districts/" + small + "/ledger", "ministry"))
			// one of them the annual evaluation's adjusted references (#21)
			.isLessThanOrEqualTo(9);
		long largeLine = funded.project(large, 0);
		long smallLine = funded.project(small, 0);
		assertThat(count(line(large, largeLine, 2067, "national"), "ministry"))
			.isEqualTo(count(line(small, smallLine, 2067, "national"), "ministry"))
			.isLessThanOrEqualTo(10);
		// 4 projects × 3 years: 700 allocated, 100..400 executed: 1,000 of 2,800 per year
		assertThat(page("/districts/" + large + "/ledger", "ministry").getElementById("ledger-total").text())
			.contains("35.7%", "3,000", "8,400");
	}

	@Test
	void theLedgerFormHoldsWhateverIsPosted() throws Exception {
		FundedDistricts funded = new FundedDistricts(this.jdbc);
		long plan = funded.funded(2089, "INCHEON", "인천광역시", 1, 1);
		long project = funded.project(plan, 0);
		List<FormFuzzer> fuzzers = new ArrayList<>();
		String national = line(plan, project, 2090, "national");
		String local = line(plan, project, 2090, "local");
		fuzzers.add(new FormFuzzer(this.mvc, this.accounts.as("ministry"), national, national).run());
		fuzzers.add(new FormFuzzer(this.mvc, this.accounts.as("region-incheon"), local, local).run());
		assertThat(FormFuzzer.report(fuzzers)).isEmpty();
		assertThat(fuzzers).allSatisfy((fuzzer) -> assertThat(fuzzer.posts()).isGreaterThan(5));
	}

}
