package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import kr.go.sandan.web.Numbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan page's view worked out in Java (issue 18): what was typed is escaped as
 * {@code th:text} escaped it, the confirmation's outcomes and figures read as before, in
 * Korean and English, and a content's view is worked out once per language. (That the
 * whole page stayed the same byte for byte was checked on every plan page and milestone
 * of the synthetic and the release data, before and after: docs/performance.md.)
 */
class PlanContentViewsTest {

	private final PlanContentViews views = new PlanContentViews(messages(), new Numbers(), null);

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static YearBudget budget(int year, long national, long local, long privateFunds) {
		return new YearBudget(year, BigDecimal.valueOf(national), BigDecimal.valueOf(local),
				BigDecimal.valueOf(privateFunds));
	}

	private static PlanContent content() {
		PlanContent.Project funded = new PlanContent.Project(1L, "스마트공장 <구축> & \"확산\"", "설명 'a'", Ministry.MOTIE, true,
				List.of(budget(2511, 1000, 300, 200), budget(2512, 500, 0, 0)),
				new PlanContent.Funding("ADJUSTED", "감액 <주의>", List.of(budget(2511, 800, 300, 0))));
		PlanContent.Project rejected = new PlanContent.Project(2L, "순환버스", null, null, false,
				List.of(budget(2511, 1500, 0, 0)), new PlanContent.Funding("REJECTED", null, List.of()));
		PlanContent.Project undecided = new PlanContent.Project(3L, "결정 없는 사업", null, Ministry.MOLIT, null,
				List.of(budget(2512, 70, 0, 0)), null);
		return new PlanContent(null, null, null, null, null, null, null,
				List.of(new PlanContent.Task("제조혁신 <1>", null, List.of(funded, rejected, undecided), null)), null, null,
				null, null, null);
	}

	@Test
	void whatWasTypedIsEscapedAndTheOutcomesReadAsBefore() {
		PlanContentView view = this.views.of(content(), Locale.KOREAN);

		Document tasks = Jsoup.parse("<table><tbody>" + view.keyTaskRows().html() + "</tbody></table>");
		assertThat(view.keyTaskRows().html()).contains("<th scope=\"row\">제조혁신 &lt;1&gt;</th>")
			.contains("<span>스마트공장 &lt;구축&gt; &amp; &quot;확산&quot;</span>")
			.contains("<div class=\"muted\">설명 &#39;a&#39;</div>")
			.doesNotContain("<구축>");
		List<Element> items = tasks.select("li");
		assertThat(items).hasSize(3);
		assertThat(items.get(0).text()).isEqualTo("스마트공장 <구축> & \"확산\" 신규 (산업통상자원부) 설명 'a'");
		assertThat(items.get(1).hasClass("not-funded")).isTrue();
		assertThat(items.get(1).text()).isEqualTo("순환버스 미반영");
		assertThat(items.get(2).text()).isEqualTo("결정 없는 사업 (국토교통부)");

		assertThat(view.confirmed()).isTrue();
		assertThat(view.fundedCount()).isEqualTo(1);
		assertThat(view.notFundedCount()).isEqualTo(1);
		Document confirmed = Jsoup.parse("<table><tbody>" + view.confirmedProjectRows().html() + "</tbody></table>");
		List<Element> rows = confirmed.select("tr");
		// the project without an outcome has no row
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).isEqualTo("스마트공장 <구축> & \"확산\" (산업통상자원부) 조정 승인 감액 <주의> "
				+ "2511년 1,500 국비 1,000 · 지방비 300 · 민자 200 2512년 500 국비 500 · 지방비 0 · 민자 0 2511년 1,100");
		assertThat(rows.get(1).hasClass("not-funded")).isTrue();
		assertThat(rows.get(1).text()).isEqualTo("순환버스 미반영 2511년 1,500 국비 1,500 · 지방비 0 · 민자 0 미반영: 합계에서 제외");

		// requested: summed from every project; confirmed: the funded one only
		Document requested = Jsoup.parse("<table><tbody>" + view.requestedBudgetRows().html() + "</tbody></table>");
		assertThat(requested.select("tr").stream().map(Element::text).toList()).containsExactly("국토교통부 0 70 70",
				"산업통상자원부 1,500 500 2,000", "기타 1,500 0 1,500", "합계 3,000 570 3,570");
		Document bySource = Jsoup.parse("<table><tbody>" + view.requestedSourceRows().html() + "</tbody></table>");
		assertThat(bySource.select("tr").stream().map(Element::text).toList())
			.containsExactly("2511년 2,500 300 200 3,000", "2512년 570 0 0 570", "합계 3,070 300 200 3,570");
		Document confirmedBudget = Jsoup
			.parse("<table><tbody>" + view.confirmedBudgetRows().html() + "</tbody></table>");
		assertThat(confirmedBudget.select("tr").stream().map(Element::text).toList())
			.containsExactly("산업통상자원부 800 300 0 1,100", "합계 800 300 0 1,100");
	}

	@Test
	void inEnglishTheLabelsAreEnglish() {
		PlanContentView view = this.views.of(content(), Locale.ENGLISH);
		assertThat(Jsoup.parse("<table><tbody>" + view.confirmedBudgetRows().html() + "</tbody></table>")
			.select("tr")
			.stream()
			.map(Element::text)
			.toList()).containsExactly("MOTIE – Trade, Industry and Energy 800 300 0 1,100", "Total 800 300 0 1,100");
	}

	@Test
	void aContentsViewIsWorkedOutOncePerLanguage() {
		PlanContent content = content();
		PlanContentView korean = this.views.of(content, Locale.KOREAN);
		assertThat(this.views.of(content, Locale.KOREAN)).isSameAs(korean);
		assertThat(this.views.of(content, Locale.ENGLISH)).isNotSameAs(korean);
		// another content, even an equal one, has a view of its own, written the same
		PlanContentView other = this.views.of(content(), Locale.KOREAN);
		assertThat(other).isNotSameAs(korean);
		assertThat(other.keyTaskRows().html()).isEqualTo(korean.keyTaskRows().html());
		assertThat(other.confirmedBudgetRows().html()).isEqualTo(korean.confirmedBudgetRows().html());
		assertThat(this.views.of(null, Locale.KOREAN)).isNull();
	}

}
