package kr.go.sandan.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page reads as people speak (issue #17): the action by its label in the
 * reader's language (the code beside it), the object as a link to its page, and the state
 * before and after side by side, field by field.
 */
class AuditPageTest extends WorkflowTestSupport {

	private long planOfTheRelease() {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = 2021 and g.code = 'GYEONGGI'""", Long.class);
	}

	@Test
	void anActionReadsAsALabelItsObjectAsALinkAndItsStatesSideBySide() throws Exception {
		long plan = planOfTheRelease();
		this.jdbc.update("""
				insert into audit_event (actor, action, object_type, object_id, before_state, after_state)
				values ('i17-auditor', 'PLAN_REVISION_REQUESTED', 'plan', ?, '{"status": "SUBMITTED", "version": 1}',
				        '{"status": "REVISION_REQUESTED", "version": 1, "comments": {"vision": "수출 전략"}}')""",
				String.valueOf(plan));
		Document korean = pageAs("/audit?actor=i17-auditor", "ministry");
		Element row = korean.selectFirst("#audit tbody tr");
		assertThat(row.selectFirst(".audit-action span").text()).isEqualTo("보완 요청");
		assertThat(row.selectFirst(".audit-action code").text()).isEqualTo("PLAN_REVISION_REQUESTED");
		Element object = row.selectFirst(".audit-object a");
		assertThat(object.text()).isEqualTo("계획 " + plan);
		assertThat(object.attr("href")).isEqualTo("/plans/" + plan);
		List<List<String>> diff = row.select(".audit-diff tbody tr")
			.stream()
			.map((line) -> line.select("th, td").eachText())
			.toList();
		assertThat(diff).containsExactly(List.of("상태", "SUBMITTED", "REVISION_REQUESTED"), List.of("판", "1", "1"),
				List.of("의견", "—", "vision: 수출 전략"));
		assertThat(row.select(".audit-diff tbody tr.changed")).hasSize(2);
		assertThat(row.text()).doesNotContain("{\"");

		Document english = pageAs("/audit?actor=i17-auditor&lang=en", "ministry");
		assertThat(english.selectFirst("#audit tbody tr .audit-action span").text()).isEqualTo("Revision requested");
		assertThat(english.selectFirst("#audit tbody tr .audit-object a").text()).isEqualTo("Plan " + plan);
		assertThat(english.select("#action option").eachText()).contains("Revision requested");
	}

	@Test
	void everyActionRecordedHasALabelInBothLanguages() throws IOException {
		Properties korean = bundle("messages.properties");
		Properties english = bundle("messages_en.properties");
		for (String action : this.jdbc.queryForList(
				"select distinct action from audit_event where actor is distinct from 'i17-auditor'", String.class)) {
			assertThat(korean).as(action).containsKey("audit.action." + action);
			assertThat(english).as(action).containsKey("audit.action." + action);
		}
		// those of the notice board, which the suite may not have recorded yet
		for (String action : List.of("CALL_CORRECTED", "CALL_EXTENDED", "CALL_CLOSED_EARLY", "CALL_FILE_ADDED",
				"CALL_FILE_REMOVED")) {
			assertThat(korean).containsKey("audit.action." + action);
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = AuditPageTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
