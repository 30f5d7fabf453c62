package kr.go.sandan.annual;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.EvaluationJourneys;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A year's annual committee as the ministry forms and starts it through its pages, with
 * the evaluators given; tests of what comes after start from here.
 */
final class AnnualCommitteeSteps {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final EvaluationJourneys evaluations;

	AnnualCommitteeSteps(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, EvaluationJourneys evaluations) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.evaluations = evaluations;
	}

	/** Forms, adds the evaluators and starts; the evaluation's id. */
	long started(int year, String... evaluators) throws Exception {
		String page = "/ministry/annual-evaluations/" + year;
		this.mvc.perform(post(page).with(csrf()).with(this.accounts.as("ministry"))).andExpect(redirectedUrl(page));
		var add = post(page + "/members").with(csrf())
			.with(this.accounts.as("ministry"))
			.param("version", String.valueOf(version(year)));
		for (String evaluator : evaluators) {
			add.param("accountId", String.valueOf(this.evaluations.accountId(evaluator)));
		}
		this.mvc.perform(add).andExpect(redirectedUrl(page));
		this.mvc
			.perform(post(page + "/start").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", String.valueOf(version(year))))
			.andExpect(redirectedUrl(page));
		return this.jdbc.queryForObject("select id from annual_evaluation where year = ?", Long.class, year);
	}

	long version(int year) {
		return this.jdbc.queryForObject("select version from annual_evaluation where year = ?", Long.class, year);
	}

}
