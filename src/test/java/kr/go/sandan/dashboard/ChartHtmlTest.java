package kr.go.sandan.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboard blocks written in Java (issue 18): what the data says is escaped as
 * {@code th:text} escaped it, the chart and its table carry the same figures, an empty
 * block says so and nothing else. (That the dashboard stayed the same byte for byte,
 * every block, anonymous and ministry, Korean and English, filtered and not, was checked
 * before and after on the synthetic data: docs/performance.md.)
 */
class ChartHtmlTest {

	private static Chart chart() {
		return Chart.builder("chart-x", "예산 <합계> & \"비율\"", "설명 'a'", "표 <캡션>")
			.note("참고 <주>")
			.column("지역")
			.numeric("금액")
			.bar("경상남도 <1>", BigDecimal.valueOf(50), "50곳", "selected")
			.bar("부산", BigDecimal.valueOf(100), "100곳", "designated")
			.row(Chart.link("경상남도 <1>", "/plans?region=gyeongnam&status=DESIGNATED"), List.of(Chart.text("1,000")))
			.row(Chart.text("부산"), List.of(Chart.text("2,000")))
			.footer(Chart.text("합계"), List.of(Chart.text("3,000")))
			.build();
	}

	@Test
	void aBlockIsItsChartAndTableWithEverythingEscaped() {
		String html = ChartHtml.blocks(List.of(chart()));
		assertThat(html).doesNotContain("<합계>", "<1>", "<캡션>", "<주>")
			.contains("<h2 id=\"chart-x-heading\">예산 &lt;합계&gt; &amp; &quot;비율&quot;</h2>")
			.contains("<a href=\"/plans?region=gyeongnam&amp;status=DESIGNATED\">경상남도 &lt;1&gt;</a>")
			.contains("<desc id=\"chart-x-desc\">설명 &#39;a&#39;</desc>");
		Document page = Jsoup.parseBodyFragment(html);
		Element block = page.selectFirst("section.dashboard-block");
		assertThat(block.attr("aria-labelledby")).isEqualTo("chart-x-heading");
		Element svg = block.selectFirst("svg.chart");
		assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-x-title chart-x-desc");
		assertThat(svg.attr("viewBox")).isEqualTo("0 0 640 76");
		assertThat(svg.select("rect").eachAttr("width")).containsExactly("160", "320");
		assertThat(svg.select("rect").eachAttr("class")).containsExactly("chart-bar chart-selected",
				"chart-bar chart-designated");
		assertThat(svg.select("text.chart-value").eachText()).containsExactly("50곳", "100곳");
		assertThat(svg.select("text.chart-label").eachText()).containsExactly("경상남도 <1>", "부산");
		Element table = block.selectFirst(".krds-table-wrap table.tbl.data");
		assertThat(block.selectFirst(".krds-table-wrap").attr("aria-label")).isEqualTo("표 <캡션>");
		assertThat(table.selectFirst("caption").text()).isEqualTo("표 <캡션>");
		assertThat(table.select("thead th").eachText()).containsExactly("지역", "금액");
		assertThat(table.select("thead th").get(1).hasClass("num")).isTrue();
		assertThat(table.select("tbody tr")).hasSize(2);
		assertThat(table.select("tbody tr").get(0).selectFirst("th a").text()).isEqualTo("경상남도 <1>");
		assertThat(table.select("tbody td.num").eachText()).containsExactly("1,000", "2,000");
		assertThat(table.select("tfoot th").text()).isEqualTo("합계");
		assertThat(table.select("tfoot td.num").text()).isEqualTo("3,000");
		assertThat(block.select("p.muted").text()).isEqualTo("참고 <주>");
	}

	@Test
	void anEmptyBlockSaysSoWithoutChartTableOrNote() {
		Chart empty = Chart.builder("chart-e", "집행", "설명", "표")
			.empty("아직 공개된 집행 실적이 없습니다.")
			.note("참고")
			.column("부처")
			.build();
		Document page = Jsoup.parseBodyFragment(ChartHtml.blocks(List.of(empty, chart())));
		List<Element> blocks = page.select("section.dashboard-block");
		assertThat(blocks).hasSize(2);
		assertThat(blocks.get(0).select("p").eachText()).containsExactly("아직 공개된 집행 실적이 없습니다.");
		assertThat(blocks.get(0).select("svg, table")).isEmpty();
		assertThat(blocks.get(1).select("svg")).hasSize(1);
	}

}
