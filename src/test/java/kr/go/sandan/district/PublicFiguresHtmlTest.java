package kr.go.sandan.district;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * A district's public figures written in Java (issue 18): what the region typed is
 * escaped, the chart and the table say the same, in Korean and English. (That plan pages
 * stayed the same byte for byte was checked on every synthetic plan page, anonymous and
 * ministry, Korean and English, before and after: docs/performance.md.)
 */
class PublicFiguresHtmlTest {

	private final PublicFiguresHtml html = new PublicFiguresHtml(messages(), new Numbers());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static DistrictViews.PublicFigures figures() {
		DistrictViews.Target target = new DistrictViews.Target(7, "JOBS", "일자리 <1만> & \"창출\"", "명", null, null,
				BigDecimal.valueOf(1000), 2030, BigDecimal.valueOf(4000), BigDecimal.valueOf(7000),
				BigDecimal.valueOf(10000));
		List<DistrictYear> years = DistrictYear.of(LocalDate.of(2031, 1, 1), LocalDate.of(2033, 12, 31));
		// what the public reads: verified actuals of accepted reports only
		// (DistrictViews.publicFigures)
		List<DistrictViews.Actual> actuals = List
			.of(new DistrictViews.Actual(1, 1, 1, 7, BigDecimal.valueOf(5000), null, "VERIFIED", null));
		return new DistrictViews.PublicFigures(null,
				TargetProgress.of(List.of(target), years, actuals, RoundRules.DEFAULT));
	}

	@Test
	void eachTargetIsAChartAndATableOfVerifiedFiguresEscaped() {
		String written = this.html.figures(figures(), Locale.KOREAN);
		assertThat(written).doesNotContain("<1만>").contains("<h3>일자리 &lt;1만&gt; &amp; &quot;창출&quot;</h3>");
		Document page = Jsoup.parseBodyFragment(written);
		Element section = page.selectFirst("section#district-figures");
		assertThat(section.selectFirst("h2").text()).isEqualTo("사업지구 성과 (검증된 실적)");
		Element svg = section.selectFirst("figure svg.attainment-chart");
		assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-title-1");
		assertThat(svg.selectFirst("title").text()).isEqualTo("일자리 <1만> & \"창출\": 목표 경로와 검증된 실적");
		// the path: baseline and three yearly targets; one verified actual, the
		// questioned one not drawn
		assertThat(svg.selectFirst("polyline").attr("points").split(" ")).hasSize(4);
		assertThat(svg.select("circle")).hasSize(3);
		assertThat(svg.select("rect")).hasSize(1);
		assertThat(svg.selectFirst("rect").attr("class")).isEqualTo("att-green");
		List<Element> rows = section.select("table.public-figures tbody tr");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).text()).isEqualTo("기준값 (2030년) 1,000 명");
		assertThat(rows.get(1).text()).isEqualTo("1차년도 4,000 명 5,000 명 125% (달성)");
		assertThat(rows.get(1).selectFirst("span.krds-badge").hasClass("att-green")).isTrue();
		// a questioned actual is not published: the public reads no figure and no
		// attainment
		assertThat(rows.get(2).text()).isEqualTo("2차년도 7,000 명 공개된 실적 없음 자료 없음");
		assertThat(rows.get(3).text()).isEqualTo("3차년도 10,000 명 공개된 실적 없음 자료 없음");
	}

	@Test
	void inEnglishAndWithoutTargets() {
		Document page = Jsoup.parseBodyFragment(this.html.figures(figures(), Locale.ENGLISH));
		assertThat(page.selectFirst("table.public-figures tbody tr").text()).startsWith("Baseline");
		Document none = Jsoup
			.parseBodyFragment(this.html.figures(new DistrictViews.PublicFigures(null, List.of()), Locale.KOREAN));
		assertThat(none.select("section#district-figures > p").eachText()).contains("수치로 된 성과목표가 없습니다.");
		assertThat(none.select("figure, table")).isEmpty();
	}

	@Test
	void keptPerFiguresAndLanguageAndWrittenAgainWhenAFigureChanges() {
		// the same figures read again (new objects, equal values): the bytes written once
		assertThat(this.html.kept(figures(), Locale.KOREAN)).isSameAs(this.html.kept(figures(), Locale.KOREAN));
		assertThat(this.html.kept(figures(), Locale.KOREAN).html())
			.isEqualTo(this.html.figures(figures(), Locale.KOREAN));
		assertThat(this.html.kept(figures(), Locale.ENGLISH).html())
			.isEqualTo(this.html.figures(figures(), Locale.ENGLISH));
		// a verified actual corrected: a new key, never the old section
		DistrictViews.PublicFigures before = figures();
		DistrictViews.Target target = before.progress().get(0).target();
		List<DistrictViews.Actual> corrected = List
			.of(new DistrictViews.Actual(1, 1, 1, 7, BigDecimal.valueOf(6000), null, "VERIFIED", null));
		DistrictViews.PublicFigures after = new DistrictViews.PublicFigures(null, TargetProgress.of(List.of(target),
				DistrictYear.of(LocalDate.of(2031, 1, 1), LocalDate.of(2033, 12, 31)), corrected, RoundRules.DEFAULT));
		String written = this.html.kept(after, Locale.KOREAN).html();
		assertThat(written).contains("6,000 명").doesNotContain("5,000 명");
		assertThat(this.html.kept(before, Locale.KOREAN).html()).contains("5,000 명");
	}

}
