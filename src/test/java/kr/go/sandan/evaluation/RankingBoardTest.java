package kr.go.sandan.evaluation;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import kr.go.sandan.support.EvaluationJourneys;
import kr.go.sandan.support.SqlStatements;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The release's shape, 8 plans scored by 9 evaluators on 4 weighted indicators: the board
 * shows the figures computed by hand, agrees with its workbook cell by cell, and reads
 * the same number of statements as a board of 2 plans and 3 evaluators.
 */
class RankingBoardTest extends WorkflowTestSupport {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	/**
	 * Evaluator e (1–8) gives plan p (0–7) the total s = 50 + 5p + e, spread over the
	 * indicators weighted 40/30/20/10 as s+5, s−5, s+5, s−15 (weighted mean s, plain mean
	 * s − 2.5); evaluator 9 gives every plan 20.
	 */
	private void scoreAll(long call, long panel, Map<String, Long> plans, List<String> evaluators) throws Exception {
		for (int e = 1; e <= evaluators.size(); e++) {
			String evaluator = evaluators.get(e - 1);
			this.evaluations.pledge(panel, evaluator);
		}
		this.evaluations.start(call);
		List<Long> planIds = new ArrayList<>(plans.values());
		for (int e = 1; e <= evaluators.size(); e++) {
			String evaluator = evaluators.get(e - 1);
			for (int p = 0; p < planIds.size(); p++) {
				int s = (e == 9) ? 20 : 50 + 5 * p + e;
				long sheet = this.evaluations.sheet(panel, evaluator, planIds.get(p));
				this.mvc
					.perform(this.evaluations.score(call, sheet, evaluator, "submit", String.valueOf(s + 5),
							String.valueOf(s - 5), String.valueOf(s + 5), String.valueOf(s - 15)))
					.andExpect(redirectedUrl("/evaluations"));
			}
		}
	}

	private List<String> evaluators(String prefix, int count) {
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String username = prefix + "-" + i;
			this.evaluations.evaluator(username, "평가위원 " + i, "SEJONG", "산업연구원 " + i);
			names.add(username);
		}
		return names;
	}

	@Test
	void eightPlansNineEvaluatorsRankedAsComputedByHandAndExportedTheSame() throws Exception {
		List<String> nine = evaluators("eval55", 9);
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(2055, EvaluationJourneys.REGION_USERS);
		long call = this.evaluations.callOfYear(2055);
		long panel = this.evaluations.panel(call, nine.toArray(String[]::new));
		scoreAll(call, panel, plans, nine);
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/complete"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("flashMessage", "evaluation.completed"));

		Document board = Jsoup.parse(this.mvc
			.perform(get("/ministry/calls/" + call + "/evaluation/ranking").with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<List<String>> rows = board.select("#ranking tbody tr")
			.stream()
			.map((tr) -> tr.select("td, th").stream().map(Element::text).toList())
			.toList();
		assertThat(rows).hasSize(8);
		// trimmed mean (the default) drops 20 and the top total: 50 + 5p + 4
		// 경상남도 is p = 7: 89.00; mean (86 + … + 93 + 20) ÷ 9 = 81.78, σ 21.95, spread 93 −
		// 20
		assertThat(rows.get(0).subList(0, 8)).containsExactly("1", "경상남도", "89.00", "81.78", "89.00", "21.95", "73.00",
				"9");
		// indicator means: (8 × (85 + 4.5) + 20) ÷ 9 offset by +5, −5, +5, −15 from 81.78
		assertThat(rows.get(0).get(8)).isEqualTo("9 / 9");
		assertThat(rows.get(0).subList(9, 13)).containsExactly("86.78", "76.78", "86.78", "66.78");
		assertThat(rows.get(0).get(13)).isEqualTo("편차 큼");
		assertThat(rows.get(7).subList(0, 5)).containsExactly("8", "부산광역시", "54.00", "50.67", "54.00");
		assertThat(rows).extracting((row) -> row.get(1))
			.containsExactly("경상남도", "경상북도", "전북특별자치도", "경기도", "광주광역시", "인천광역시", "대구광역시", "부산광역시");
		// the ninth evaluator is far from the others everywhere
		Element ninth = board.select("#evaluators tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals("평가위원 9"))
			.findFirst()
			.orElseThrow();
		assertThat(ninth.text()).contains("8 / 8", "다른 위원과 차이 큼");
		assertThat(board.select("#evaluators tbody tr.disagree")).hasSize(1);
		assertThat(board.getElementById("ranking-state").text()).isEqualTo("평가가 완료되어 확정된 순위입니다.");

		byte[] xlsx = this.mvc
			.perform(get("/ministry/calls/" + call + "/evaluation/ranking.xlsx").with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = cells(sheet.getRow(0));
			List<String> pageHeader = board.select("#ranking thead th").eachText();
			// every column of the page is in the workbook with the same figures (progress
			// is split into two numbers; the workbook's flags also name the evaluators
			// far
			// from the others)
			for (int i = 0; i < rows.size(); i++) {
				List<String> line = cells(sheet.getRow(1 + i));
				for (int c = 0; c < pageHeader.size(); c++) {
					String column = pageHeader.get(c);
					if (column.equals("제출/배정")) {
						assertThat(line.get(header.indexOf("제출")) + " / " + line.get(header.indexOf("배정(제척 제외)")))
							.isEqualTo(rows.get(i).get(c));
					}
					else if (column.equals("경고")) {
						assertThat(line.get(header.indexOf(column))).startsWith(rows.get(i).get(c));
					}
					else {
						assertThat(line.get(header.indexOf(column))).as("row " + (i + 1) + " " + column)
							.isEqualTo(rows.get(i).get(c));
					}
				}
			}
			Sheet totals = workbook.getSheetAt(1);
			assertThat(cells(totals.getRow(0)).subList(1, 10)).containsExactly("평가위원 1", "평가위원 2", "평가위원 3", "평가위원 4",
					"평가위원 5", "평가위원 6", "평가위원 7", "평가위원 8", "평가위원 9");
			// 경상남도, evaluator 1: 50 + 35 + 1
			assertThat(cells(totals.getRow(1)).subList(0, 2)).containsExactly("경상남도", "86.00");
		}

		// the board is computed from the stored scores: the same figures on every read
		Document again = Jsoup.parse(this.mvc
			.perform(get("/ministry/calls/" + call + "/evaluation/ranking").with(this.accounts.as("ministry")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.select("#ranking tbody").text()).isEqualTo(board.select("#ranking tbody").text());
	}

	@Test
	void theBoardReadsTheSameNumberOfStatementsWhateverTheNumberOfPlansAndEvaluators() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		List<String> three = evaluators("eval56", 3);
		Map<String, Long> two = this.evaluations.closedCallWithPlans(2056, "region-busan", "region-daegu");
		long small = this.evaluations.callOfYear(2056);
		scoreAll(small, this.evaluations.panel(small, three.toArray(String[]::new)), two, three);

		List<String> nine = evaluators("eval57", 9);
		Map<String, Long> eight = this.evaluations.closedCallWithPlans(2057, EvaluationJourneys.REGION_USERS);
		long large = this.evaluations.callOfYear(2057);
		scoreAll(large, this.evaluations.panel(large, nine.toArray(String[]::new)), eight, nine);

		long smallBoard = statements.count(() -> this.mvc
			.perform(get("/ministry/calls/" + small + "/evaluation/ranking").with(this.accounts.as("ministry")))
			.andExpect(status().isOk()));
		long largeBoard = statements.count(() -> this.mvc
			.perform(get("/ministry/calls/" + large + "/evaluation/ranking").with(this.accounts.as("ministry")))
			.andExpect(status().isOk()));
		assertThat(largeBoard).isEqualTo(smallBoard).isLessThanOrEqualTo(10);
		long panelPage = statements.count(() -> this.mvc
			.perform(get("/ministry/calls/" + large + "/evaluation").with(this.accounts.as("ministry")))
			.andExpect(status().isOk()));
		long smallPanelPage = statements.count(() -> this.mvc
			.perform(get("/ministry/calls/" + small + "/evaluation").with(this.accounts.as("ministry")))
			.andExpect(status().isOk()));
		assertThat(panelPage).isEqualTo(smallPanelPage);
		long inbox = statements.count(() -> this.mvc.perform(get("/evaluations").with(this.accounts.as(nine.get(0))))
			.andExpect(status().isOk()));
		long smallInbox = statements
			.count(() -> this.mvc.perform(get("/evaluations").with(this.accounts.as(three.get(0))))
				.andExpect(status().isOk()));
		assertThat(inbox).isEqualTo(smallInbox);
	}

	/** A row's cells as the page shows them: numbers with two decimals, blanks empty. */
	private static List<String> cells(Row row) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < row.getLastCellNum(); i++) {
			Cell cell = row.getCell(i);
			if (cell == null) {
				values.add("");
			}
			else if (cell.getCellType() == CellType.NUMERIC) {
				double value = cell.getNumericCellValue();
				values.add((value == Math.rint(value) && !cell.getCellStyle().getDataFormatString().startsWith("0.00"))
						? String.valueOf((long) value) : String.format("%.2f", value));
			}
			else {
				values.add(cell.getStringCellValue());
			}
		}
		return values;
	}

}
