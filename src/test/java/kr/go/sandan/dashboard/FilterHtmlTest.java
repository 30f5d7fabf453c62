package kr.go.sandan.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import kr.go.sandan.support.PortalTest;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;
import kr.go.sandan.round.ProgramRound;
import kr.go.sandan.round.Rounds;
import kr.go.sandan.web.HtmlWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter pieces written in Java ({@link FilterHtml}: plan search) print what
 * {@code fragments/filters.html} prints (complexes still use it), in Korean and English,
 * with a value chosen and none, lists empty and full, text to escape: the two must not
 * drift apart.
 */
@PortalTest
class FilterHtmlTest {

	@Autowired
	ITemplateEngine templates;

	@Autowired
	MessageSource messages;

	@Autowired
	Rounds rounds;

	@Autowired
	Regions regions;

	private String template(String fragment, Map<String, Object> variables, Locale locale) {
		return this.templates.process("fragments/filters", Set.of(fragment), new Context(locale, variables));
	}

	private String java(Consumer<HtmlWriter> piece, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		piece.accept(out);
		return out.toString();
	}

	@Test
	void everyPiecePrintsWhatItsFragmentPrints() {
		List<ProgramRound> rounds = this.rounds.all();
		List<Region> regions = this.regions.reference();
		assertThat(rounds).hasSizeGreaterThan(1);
		Integer chosenRound = rounds.get(1).getYear();
		for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
			for (List<ProgramRound> list : List.of(rounds, List.<ProgramRound>of())) {
				for (Integer selected : new Integer[] { null, chosenRound, 1999 }) {
					assertThat(java((out) -> FilterHtml.round(out, list, selected), locale))
						.isEqualTo(template("round", variables("rounds", list, "selected", selected), locale));
				}
			}
			for (String selected : new String[] { null, "GYEONGNAM", "zz" }) {
				assertThat(java((out) -> FilterHtml.region(out, regions, selected, locale), locale))
					.isEqualTo(template("region", variables("regions", regions, "selected", selected), locale));
			}
			List<PlanStatus> statuses = List.of(PlanStatus.PRELIMINARILY_SELECTED, PlanStatus.DESIGNATED);
			for (PlanStatus selected : new PlanStatus[] { null, PlanStatus.DESIGNATED }) {
				assertThat(java(
						(out) -> FilterHtml.choice(out, "status", "search.status", statuses, selected, "plan.status."),
						locale))
					.isEqualTo(template("choice", variables("name", "status", "label", "search.status", "values",
							statuses, "selected", selected, "prefix", "plan.status."), locale));
			}
			for (String value : new String[] { null, "반도체", "<b>\"x'&" }) {
				assertThat(java(
						(out) -> FilterHtml.words(out, "industry", "dashboard.filter.industry", value, 50, "search"),
						locale))
					.isEqualTo(template("words", variables("name", "industry", "label", "dashboard.filter.industry",
							"value", value, "maxlength", 50, "type", "search"), locale));
			}
			for (List<String> names : List.of(List.<String>of(), List.of("dashboard.filter.round"),
					List.of("dashboard.filter.round", "complexes.filter.region", "search.status"))) {
				assertThat(java((out) -> FilterHtml.ignored(out, names), locale))
					.isEqualTo(template("ignored", variables("names", names), locale));
			}
			assertThat(java(FilterHtml::apply, locale)).isEqualTo(template("apply", Map.of(), locale));
		}
		// the comparison compares something: a chosen round is marked, text is escaped
		assertThat(java((out) -> FilterHtml.round(out, rounds, chosenRound), Locale.KOREAN))
			.contains("value=\"" + chosenRound + "\" selected=\"selected\"");
		assertThat(java((out) -> FilterHtml.words(out, "industry", "dashboard.filter.industry", "<b>", 50, "search"),
				Locale.KOREAN))
			.contains("value=\"&lt;b&gt;\"");
	}

	private static Map<String, Object> variables(Object... pairs) {
		Map<String, Object> variables = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			variables.put((String) pairs[i], pairs[i + 1]);
		}
		return variables;
	}

}
