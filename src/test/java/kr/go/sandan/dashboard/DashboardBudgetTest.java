package kr.go.sandan.dashboard;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.support.WorkflowTestSupport;
import kr.go.sandan.synthetic.SyntheticProgram;
import kr.go.sandan.synthetic.SyntheticSpec;
import kr.go.sandan.web.Numbers;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The confirmed budget on the dashboard is the sum of the funded projects' confirmed
 * budgets: for the public those of published confirmations only, for the ministry all of
 * them with the unpublished part named. A synthetic round of 2097, rolled back.
 */
@Transactional
class DashboardBudgetTest extends WorkflowTestSupport {

	@Autowired
	SyntheticProgram program;

	@Autowired
	Numbers numbers;

	private BigDecimal confirmed(String extraCondition) {
		return this.jdbc.queryForObject("""
				select coalesce(sum(b.national + b.local + b.private_funds), 0)
				from project_outcome_budget b join project_outcome o on o.id = b.outcome_id
				join innovation_plan p on p.id = o.plan_id join program_round r on r.id = p.round_id
				where r.year = 2097 and o.outcome <> 'REJECTED'
				  and p.status in ('CONFIRMED', 'DESIGNATED', 'COMPLETED')""" + extraCondition, BigDecimal.class);
	}

	@Test
	void publicSeesPublishedConfirmationsAndTheMinistryAlsoTheOthers() throws Exception {
		this.program.generate(new SyntheticSpec(22, 2097, 1, 3, 2, 2, 5));
		BigDecimal all = confirmed("");
		org.assertj.core.api.Assertions.assertThat(all).isPositive();
		this.mvc.perform(get("/dashboard").param("round", "2097").header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + this.numbers.format(all) + "<")));

		// one confirmation not published: gone for the public, named for the ministry
		long hidden = this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				where r.year = 2097 and p.status in ('CONFIRMED', 'DESIGNATED', 'COMPLETED') order by p.id limit 1""",
				Long.class);
		this.jdbc.update(
				"update innovation_plan set published_on = null, public_status = null, public_milestone_id = null where id = ?",
				hidden);
		BigDecimal unpublished = confirmed(" and p.id = " + hidden);
		BigDecimal published = all.subtract(unpublished);
		this.mvc.perform(get("/dashboard").param("round", "2097").header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">" + this.numbers.format(published) + "<"),
					not(containsString(">" + this.numbers.format(all) + "<")))));
		this.mvc
			.perform(get("/dashboard").param("round", "2097")
				.header("Cache-Control", "no-cache")
				.with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">" + this.numbers.format(all) + "<"),
					containsString(this.numbers.format(unpublished) + "백만원"))));
	}

}
