package kr.go.sandan.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.synthetic.SyntheticProgram;
import kr.go.sandan.synthetic.SyntheticSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: on a phone (390 px) the wide read tables — the call's plan list, the ranking
 * board, the decisions, districts and the budget ledger — become cards: nothing to scroll
 * sideways for, no Korean word broken a syllable per line, each value under its column's
 * name. Data of the synthetic round 2520.
 */
class PhoneCardsBrowserTest extends BrowserTestSupport {

	/** Each Hangul word of two or more syllables in a table, when it spans two lines. */
	private static final String BROKEN_WORDS = """
			() => [...document.querySelectorAll('.tbl.data td, .tbl.data th')].flatMap(cell => {
			  const out = [];
			  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			  let node;
			  while ((node = walker.nextNode())) {
			    const re = /[가-힣]{2,}/g; let m;
			    while ((m = re.exec(node.data))) {
			      const range = document.createRange();
			      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
			      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
			      if (lines.size > 1) out.push(m[0]);
			    }
			  }
			  return out;
			})""";

	@Autowired
	SyntheticProgram program;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void wideTablesBecomeCardsOnAPhone() {
		SyntheticSpec spec = new SyntheticSpec(16, 2520, 1, 4, 3, 2, 5);
		if (!this.program.isGenerated(spec)) {
			this.program.generate(spec);
		}
		long call = this.jdbc.queryForObject(
				"select c.id from proposal_call c join program_round r on r.id = c.round_id where r.year = 2520",
				Long.class);
		long district = this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				where r.year = 2520 and p.status = 'DESIGNATED' order by p.id limit 1""", Long.class);
		List<String> pages = List.of("/ministry/calls/" + call + "/plans",
				"/ministry/calls/" + call + "/evaluation/ranking", "/ministry/calls/" + call + "/decisions",
				"/ministry/calls/" + call + "/confirmation", "/ministry/calls/" + call + "/designation",
				"/ministry/districts", "/districts/" + district, "/districts/" + district + "/ledger");
		signIn("ministry");
		this.page.setViewportSize(390, 844);
		List<String> problems = new ArrayList<>();
		for (String lang : List.of("ko", "en")) {
			for (String path : pages) {
				this.page.navigate(url(path + "?lang=" + lang));
				Object sideways = this.page
					.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
				if (((Number) sideways).intValue() > 0) {
					Object wide = this.page.evaluate(
							"""
									() => [...document.querySelectorAll('main *')]
									  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
									  .slice(0, 4).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width))""");
					problems.add(path + " (" + lang + ") scrolls sideways by " + sideways + " px: " + wide);
				}
				List<?> broken = (List<?>) this.page.evaluate(BROKEN_WORDS);
				if (!broken.isEmpty()) {
					problems.add(path + " (" + lang + ") breaks " + broken);
				}
				Object cards = this.page
					.evaluate("() => [...document.querySelectorAll('.tbl.data.cards tbody td[data-label]')].length");
				if (((Number) cards).intValue() == 0) {
					problems.add(path + " (" + lang + ") shows no card");
				}
				snap("m16-phone-" + path.replaceAll("\\d+", "n").replaceAll("[^a-z]+", "-") + lang);
			}
		}
		assertThat(problems).isEmpty();
	}

}
