package kr.go.sandan.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.FormFuzzer;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of the portal, posted field by field with what hurried and hostile people
 * send ({@link FormFuzzer#VALUES}, row indexes no form offers, a missing or bad version):
 * not one answer is a server error, and a refused input comes back on the same page with
 * a message and what was typed still in its field.
 */
class FormFuzzTest extends WorkflowTestSupport {

	private final List<FormFuzzer> fuzzers = new ArrayList<>();

	private FormFuzzer fuzz(String who, String page, String action) throws Exception {
		FormFuzzer fuzzer = new FormFuzzer(this.mvc, this.accounts.as(who), page, action);
		this.fuzzers.add(fuzzer);
		return fuzzer;
	}

	private void assertHeld(int atLeastPostsEach) {
		assertThat(FormFuzzer.report(this.fuzzers)).isEmpty();
		assertThat(this.fuzzers).allSatisfy((fuzzer) -> assertThat(fuzzer.posts()).isGreaterThan(atLeastPostsEach));
	}

	@Test
	void thePlanEditorsSectionsHoldWhateverIsPosted() throws Exception {
		long call = this.journeys.openCall(2070);
		Accounts.regionStaff(this.jdbc, "fuzz-gangwon", "GANGWON");
		long plan = this.journeys.start(call, "fuzz-gangwon");
		this.journeys.save(plan, "fuzz-gangwon", "tasks", "rows[0].name", "첫 과제");
		String edit = "/plans/" + plan + "/edit";
		for (String section : List.of("basics", "hub", "sites", "targets", "tasks", "narrative")) {
			fuzz("fuzz-gangwon", edit + "/" + section, edit + "/" + section).run();
		}
		fuzz("fuzz-gangwon", edit + "/projects/new", edit + "/projects/new").with("name", "퍼징 사업").run();
		fuzz("fuzz-gangwon", edit, "/plans/" + plan + "/submit").run();
		assertHeld(20);
	}

	@Test
	void theMinistrysCallFormHoldsWhateverIsPosted() throws Exception {
		// prepared, not announced: an announced call's rules are text, its form only
		// comes
		// back when a change is refused (NoticeBoardTest)
		long call = this.journeys.prepareCall(2071, "혁신계획 타당성", "100");
		fuzz("ministry", "/ministry/calls/" + call, "/ministry/calls/" + call).run();
		fuzz("ministry", "/ministry/calls/new", "/ministry/calls").with("year", "2072").with("ordinal", "72").run();
		assertHeld(100);
	}

	@Test
	void accountFormsHoldWhateverIsPosted() throws Exception {
		fuzz("admin", "/admin/accounts/new", "/admin/accounts").with("username", "fuzz-account")
			.with("displayName", "퍼징 계정")
			.with("roles", "EVALUATOR")
			.run();
		long id = this.jdbc.queryForObject("select id from account where username = 'fuzz-account'", Long.class);
		fuzz("admin", "/admin/accounts/" + id, "/admin/accounts/" + id).run();
		fuzz("fuzz-account", "/account/password", "/account/password").run();
		assertHeld(50);
	}

}
