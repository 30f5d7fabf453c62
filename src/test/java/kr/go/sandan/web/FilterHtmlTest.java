package kr.go.sandan.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter pieces of the dashboard, map, plan search and complexes ({@link FilterHtml};
 * the template fragments they replace are gone, the pages were compared byte for byte
 * before): every list starts with "all", the chosen value is marked and only it, labels
 * point at their controls, what was typed comes back escaped, unknown conditions are
 * named in the reader's language.
 */
@PortalTest
class FilterHtmlTest {

	@Autowired
	MessageSource messages;

	private String html(Consumer<HtmlWriter> piece, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		piece.accept(out);
		return out.toString();
	}

	@Test
	void listsStartWithAllAndMarkTheChosenValueOnly() {
		List<FilterHtml.Choice> rounds = List.of(new FilterHtml.Choice("2020", "2020년 1차"),
				new FilterHtml.Choice("2021", "2021년 2차"), new FilterHtml.Choice("2022", "<2022> & 3차"));
		String round = html((out) -> FilterHtml.select(out, "round", "dashboard.filter.round", rounds, "2021"),
				Locale.KOREAN);
		assertThat(round).startsWith("<div class=\"form-group\">")
			.contains("<label for=\"round\">차수</label>", "<select id=\"round\" name=\"round\"",
					"<option value=\"\">전체</option>\n      <option value=\"2020\">2020년 1차</option>",
					"<option value=\"2021\" selected=\"selected\">2021년 2차</option>",
					"<option value=\"2022\">&lt;2022&gt; &amp; 3차</option>")
			.endsWith("\n    </select>\n  </div>\n</div>");
		assertThat(round.split("selected=\"selected\"", -1)).hasSize(2);
		// a value that is none of the list marks nothing; a list of none keeps its frame
		assertThat(
				html((out) -> FilterHtml.select(out, "round", "dashboard.filter.round", rounds, "1999"), Locale.KOREAN))
			.doesNotContain("selected");
		assertThat(html((out) -> FilterHtml.select(out, "round", "dashboard.filter.round", List.of(), null),
				Locale.ENGLISH))
			.contains("<label for=\"round\">Round</label>", "<option value=\"\">All</option>\n      \n    </select>");

		String status = html((out) -> FilterHtml.choice(out, "status", "search.status",
				List.of(PlanStatus.PRELIMINARILY_SELECTED, PlanStatus.DESIGNATED), PlanStatus.DESIGNATED,
				"plan.status."), Locale.KOREAN);
		assertThat(status).contains("<label for=\"status\">공개된 상태</label>",
				"<option value=\"PRELIMINARILY_SELECTED\">예비선정</option>",
				"<option value=\"DESIGNATED\" selected=\"selected\">경쟁력강화사업지구 지정</option>");
	}

	@Test
	void whatWasTypedComesBackEscapedAndUnknownConditionsAreNamed() {
		assertThat(
				html((out) -> FilterHtml.words(out, "industry", "dashboard.filter.industry", "<b>\"x'&", 50, "search"),
						Locale.KOREAN))
			.isEqualTo("<div class=\"form-group\">\n  <div class=\"form-tit\"><label for=\"industry\">주력업종 (일부 입력)"
					+ "</label></div>\n  <div class=\"form-conts\">\n    <input id=\"industry\" name=\"industry\" "
					+ "type=\"search\" class=\"krds-input\" maxlength=\"50\" value=\"&lt;b&gt;&quot;x&#39;&amp;\">\n"
					+ "  </div>\n</div>");
		assertThat(
				html((out) -> FilterHtml.words(out, "name", "complexes.filter.name", null, 100, "text"), Locale.KOREAN))
			.contains("value=\"\"", "maxlength=\"100\"", "type=\"text\"");
		assertThat(html((out) -> FilterHtml.ignored(out, List.of()), Locale.KOREAN)).isEmpty();
		assertThat(html((out) -> FilterHtml.ignored(out, List.of("dashboard.filter.round", "search.status")),
				Locale.ENGLISH))
			.contains("role=\"status\"", "<ul><li>Round</li><li>Published status</li></ul>");
		assertThat(html(FilterHtml::apply, Locale.KOREAN))
			.isEqualTo("<button type=\"submit\" class=\"krds-btn primary\">조회</button>");
	}

}
