package kr.go.sandan.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.account.AccountUserDetailsService;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the workflow tests share: the portal through MockMvc, the database, the demo
 * accounts and the workflow steps.
 */
@PortalTest
public abstract class WorkflowTestSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private AccountUserDetailsService users;

	protected Accounts accounts;

	protected PlanJourneys journeys;

	protected EvaluationJourneys evaluations;

	/** A page as the user reads it (it must answer 200), parsed. */
	protected Document pageAs(String url, String username) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@BeforeEach
	void setUpWorkflow() {
		this.accounts = new Accounts(this.users);
		this.journeys = new PlanJourneys(this.mvc, this.jdbc, this.accounts);
		this.evaluations = new EvaluationJourneys(this.mvc, this.jdbc, this.accounts, this.journeys);
	}

}
