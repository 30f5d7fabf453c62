package kr.go.sandan.plan;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.support.PortalTest;
import kr.go.sandan.synthetic.SyntheticProgram;
import kr.go.sandan.synthetic.SyntheticSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator writes each plan's submitted version itself (it does not go through
 * PlanDrafting, for speed); what it writes must be what the portal would have kept for
 * the same plan, or the synthetic data set would show plans the portal cannot produce.
 * Rolled back.
 */
@PortalTest
@Transactional
class SyntheticVersionTest {

	@Autowired
	SyntheticProgram program;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void aGeneratedVersionIsWhatThePortalWouldHaveKept() {
		SyntheticProgram.Summary summary = this.program.generate(new SyntheticSpec(11, 2341, 1, 6, 2, 2, 5));
		assertThat(summary.planIds()).isNotEmpty();
		for (long planId : summary.planIds().subList(0, 3)) {
			InnovationPlan plan = this.entityManager.find(InnovationPlan.class, planId);
			JsonNode kept = this.json.readTree(this.jdbc.queryForObject(
					"select content::text from plan_version where plan_id = ? order by number desc limit 1",
					String.class, planId));
			JsonNode portal = this.json.readTree(PlanSnapshots.write(plan));
			assertThat(kept).isEqualTo(portal);
		}
	}

}
