package kr.go.sandan.evaluation;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An evaluator's inbox reads its committees, pledges and calls by separate statements,
 * each in its own snapshot: when the ministry takes the evaluator off a forming committee
 * between two of them, the page leaves that committee out (as the next page would), never
 * a server error (ef34b69; a NullPointerException or an IllegalStateException before).
 * The change is committed between the page's statements by
 * {@link CountingDataSource#between}. Round 2974, written to the database directly.
 */
@Import(CountingDataSource.class)
class InboxRaceTest extends WorkflowTestSupport {

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as("i18-race")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aCommitteeTheEvaluatorIsTakenOffWhileThePageIsReadIsLeftOut() throws Exception {
		long evaluator = this.evaluations.evaluator("i18-race", "i18 경합 위원", "SEOUL", "i18 연구원");
		long call = this.journeys.openCallPast2100(2974);
		this.jdbc.update("update proposal_call set closes_at = now() - interval '1 minute' where id = ?", call);
		long panel = this.jdbc.queryForObject("""
				insert into evaluation_panel (call_id, aggregation, divergence_threshold, outlier_threshold,
				    formed_at, formed_by)
				values (?, 'MEAN', 20, 20, now(), 'ministry') returning id""", Long.class, call);
		String pledge = "a[href=/evaluations/" + panel + "/pledge]";
		try {
			for (String url : new String[] { "/evaluations", "/me" }) {
				this.jdbc.update("insert into evaluation_member (panel_id, account_id, added_at) values (?, ?, now())",
						panel, evaluator);
				assertThat(page(url).select(pledge)).as(url).isNotEmpty();

				// the committee is read; before the pledges are, the ministry takes the
				// evaluator off it
				CountingDataSource.reset();
				CountingDataSource.between("pledge_signed_at from evaluation_member",
						() -> this.jdbc.update("delete from evaluation_member where panel_id = ?", panel));
				assertThat(page(url).select(pledge)).as(url).isEmpty();
				assertThat(this.jdbc.queryForObject("select count(*) from evaluation_member where panel_id = ?",
						Long.class, panel))
					.as("the change was made while the page was read")
					.isZero();
			}
		}
		finally {
			this.jdbc.update("delete from evaluation_member where panel_id = ?", panel);
			this.jdbc.update("delete from evaluation_panel where id = ?", panel);
		}
	}

}
