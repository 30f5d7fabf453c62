package kr.go.sandan.evaluation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the ministry takes away and what regions read (issues #15, finding 10, and #17):
 * the ranking workbook carries the board's flags, exact totals that recompute the score,
 * exclusions, scores with comments and progress; the committee's minimum of counted
 * evaluators is warned about; a withdrawn plan has no score anywhere; result pages say
 * which rule was applied to how many evaluators and why the committee decided; the plans'
 * and the confirmed budgets' workbooks hold real numbers and dates, a sheet per table,
 * with frozen, filtered headers.
 */
class ScoringExportsAndResultsTest extends WorkflowTestSupport {

	private static final int YEAR = 2085;

	private static final DataFormatter FORMAT = new DataFormatter();

	private byte[] download(String url) throws Exception {
		return this.mvc.perform(get(url).with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<List<String>> rows(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
				cells.add((row.getCell(c) != null) ? FORMAT.formatCellValue(row.getCell(c)) : "");
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Each sheet: the header frozen in the first row, a filter over the table. */
	private static void assertWorkable(XSSFWorkbook workbook) {
		for (Sheet sheet : workbook) {
			assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as(sheet.getSheetName())
				.isEqualTo((short) 1);
			if (!sheet.getSheetName().equals("기준")) {
				assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
			}
		}
	}

	private static Row rowOf(Sheet sheet, String first) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && FORMAT.formatCellValue(row.getCell(0)).equals(first)) {
				return row;
			}
		}
		throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
	}

	@Test
	void theWorkbooksCarryWhatTheBoardShowsAndTheResultsSayHowTheyWereMade() throws Exception {
		for (int i = 1; i <= 4; i++) {
			this.evaluations.evaluator("i17-r" + i, "i17 위원 " + i, (i == 3) ? "DAEGU" : "SEOUL",
					(i == 4) ? "대구테크노파크" : "한국산업연구원");
		}
		Map<String, Long> plans = this.evaluations.closedCallWithPlans(YEAR,
				new String[] { "혁신계획 타당성", "33.33", "거점·연계지역 적절성", "33.33", "지역진단 전략성", "33.34" },
				Map.of("region-busan", (plan,
						user) -> this.mvc.perform(this.journeys.project(plan, user, 1, "name", "데이터센터 구축",
								"leadMinistry", "MOTIE", "amounts[3]", "2000"))
							.andExpect(status().is3xxRedirection())),
				"region-busan", "region-daegu", "region-incheon");
		long busan = plans.get("region-busan");
		long daegu = plans.get("region-daegu");
		long incheon = plans.get("region-incheon");
		long call = this.evaluations.callOfYear(YEAR);
		long panel = this.evaluations.panel(call, "i17-r1", "i17-r2", "i17-r3", "i17-r4");
		for (int i = 1; i <= 4; i++) {
			this.evaluations.pledge(panel, "i17-r" + i);
		}
		this.evaluations.start(call);
		// 경기 … no: three plans. 부산 by four; 대구 by two (3 lives there, 4 works for
		// 대구테크노파크)
		String[][] scores = { { "i17-r1", "80", "80", "80.5" }, { "i17-r2", "82", "81", "80" },
				{ "i17-r3", "80", "79", "79.5" }, { "i17-r4", "50", "50", "50" } };
		for (String[] line : scores) {
			this.mvc
				.perform(this.evaluations.score(call, this.evaluations.sheet(panel, line[0], busan), line[0], "submit",
						line[1], line[2], line[3]))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(this.evaluations.score(call, this.evaluations.sheet(panel, "i17-r1", daegu), "i17-r1", "submit",
					"90", "90", "90"))
			.andExpect(status().is3xxRedirection());
		// 17.7 points apart: a standard deviation of 8.85, under the threshold of 10
		this.mvc
			.perform(this.evaluations.score(call, this.evaluations.sheet(panel, "i17-r2", daegu), "i17-r2", "submit",
					"72.3", "72.3", "72.3"))
			.andExpect(status().is3xxRedirection());
		for (int i = 1; i <= 4; i++) {
			this.mvc
				.perform(this.evaluations.score(call, this.evaluations.sheet(panel, "i17-r" + i, incheon), "i17-r" + i,
						"submit", "60", "60", "60"))
				.andExpect(status().is3xxRedirection());
		}
		// 인천 withdraws during the evaluation: it leaves the ranking and has no score
		// anywhere
		this.mvc
			.perform(post("/plans/" + incheon + "/withdraw").with(csrf())
				.with(this.accounts.as("region-incheon"))
				.param("reason", "지역 사정으로 철회"))
			.andExpect(flash().attribute("flashMessage", "plan.withdraw.done"));
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/evaluation/complete"))
				.param("version", String.valueOf(this.evaluations.panelVersion(call))))
			.andExpect(flash().attribute("flashMessage", "evaluation.completed"));

		// the board warns below the committee's minimum and says why a gap is not flagged
		Document board = pageAs("/ministry/calls/" + call + "/evaluation/ranking", "ministry");
		assertThat(board.select("#ranking tbody th").eachText()).containsExactly("대구광역시", "부산광역시");
		Element daeguRow = board.select("#ranking tbody tr").first();
		assertThat(daeguRow.text())
			.contains("2 / 2", "최소 인원 미달 (2명 / 3명)", "3명 미만이라 최고·최저점을 빼지 않고 산술 평균", "3명 미만이라 위원별 차이는 판단하지 않음")
			.doesNotContain("편차 큼");
		assertThat(board.text()).contains("계획별 최소 평가위원 수: 3명", "평가위원이 2명이면 표준편차는 두 총점 차이의 절반");
		Element busanRow = board.select("#ranking tbody tr").get(1);
		assertThat(busanRow.text()).contains("79.83", "4 / 4").doesNotContain("최소 인원 미달");

		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("/ministry/calls/" + call + "/evaluation/ranking.xlsx")))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("순위");
			assertThat(List.of(workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3),
					workbook.getSheetName(4), workbook.getSheetName(5), workbook.getSheetName(6)))
				.containsExactly("평가위원별 총점", "평가위원", "지표별 점수와 의견", "종합 의견", "제척", "기준");
			assertWorkable(workbook);
			Sheet ranking = workbook.getSheet("순위");
			List<String> header = rows(ranking).get(0);
			assertThat(rows(ranking)).extracting((row) -> row.get(1)).containsExactly("지역", "대구광역시", "부산광역시");
			List<String> daeguLine = rows(ranking).get(1);
			assertThat(daeguLine.get(header.indexOf("경고"))).contains("최소 인원 미달 (2명 / 3명)");
			assertThat(daeguLine.get(header.indexOf("적용한 방식"))).isEqualTo("산술 평균 (3명 미만)");
			assertThat(daeguLine.get(header.indexOf("제출"))).isEqualTo("2");
			List<String> busanLine = rows(ranking).get(2);
			assertThat(busanLine.get(header.indexOf("경고"))).contains("다른 위원과 차이 큼: i17 위원 4");
			assertThat(busanLine.get(header.indexOf("점수"))).isEqualTo("79.83");
			assertThat(ranking.getRow(2).getCell(header.indexOf("점수")).getCellType()).isEqualTo(CellType.NUMERIC);

			// exact totals: the score recomputes from them (rounded first it would be
			// 79.84)
			Sheet totals = workbook.getSheet("평가위원별 총점");
			List<String> people = rows(totals).get(0);
			Row busanTotals = rowOf(totals, "부산광역시");
			List<BigDecimal> exact = new ArrayList<>();
			for (int i = 1; i <= 4; i++) {
				exact.add(BigDecimal.valueOf(busanTotals.getCell(people.indexOf("i17 위원 " + i)).getNumericCellValue()));
			}
			assertThat(exact.get(0).doubleValue()).isCloseTo(80.1667, within(1e-9));
			List<BigDecimal> sorted = exact.stream().sorted().toList();
			assertThat(sorted.get(1).add(sorted.get(2)).divide(BigDecimal.valueOf(2)).setScale(2, RoundingMode.HALF_UP))
				.isEqualByComparingTo("79.83");
			// the cell far from the others is marked, as on the board
			Cell far = busanTotals.getCell(people.indexOf("i17 위원 4"));
			assertThat(far.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(busanTotals.getCell(people.indexOf("i17 위원 1")).getCellStyle().getFillPattern())
				.isEqualTo(FillPatternType.NO_FILL);
			assertThat(FORMAT.formatCellValue(rowOf(totals, "대구광역시").getCell(people.indexOf("i17 위원 3"))))
				.isEqualTo("제척");

			Sheet evaluators = workbook.getSheet("평가위원");
			assertThat(
					rows(evaluators).stream().filter((row) -> row.get(0).equals("i17 위원 4")).findFirst().orElseThrow())
				.contains("다른 위원과 차이 큼");
			assertThat(rows(workbook.getSheet("지표별 점수와 의견"))).anyMatch((row) -> row.subList(0, 7)
				.equals(List.of("부산광역시", "i17 위원 1", "제출", "지역진단 전략성", "33.34", "80.50", "의견 3")));
			assertThat(rows(workbook.getSheet("종합 의견")))
				.anyMatch((row) -> row.get(0).equals("대구광역시") && row.get(4).equals("i17-r2 종합 의견"));
			List<List<String>> exclusions = rows(workbook.getSheet("제척"));
			assertThat(exclusions)
				.anyMatch((row) -> row.subList(0, 3).equals(List.of("i17 위원 3", "대구광역시", "연고 지역이 신청 지역")));
			assertThat(exclusions).anyMatch((row) -> row.get(0).equals("i17 위원 4") && row.get(1).equals("대구광역시"));
			Row recorded = workbook.getSheet("제척").getRow(1);
			assertThat(DateUtil.isCellDateFormatted(recorded.getCell(4))).isTrue();
			assertThat(rows(workbook.getSheet("기준"))).anyMatch((row) -> row.equals(List.of("계획별 최소 평가위원 수", "3")));
			// the withdrawn plan is nowhere
			for (Sheet sheet : workbook) {
				assertThat(rows(sheet)).as(sheet.getSheetName()).noneMatch((row) -> row.contains("인천광역시"));
			}
		}

		// the committee decides; regions read how their score was made and why
		this.evaluations.selectAndPublish(call, YEAR + "-03-24", Set.of(busan), busan, daegu);
		Document daeguResult = pageAs("/plans/" + daegu + "/evaluation", "region-daegu");
		assertThat(daeguResult.getElementById("result-score").text()).isEqualTo("계획 점수 81.15점 (반영된 평가위원 2명)");
		assertThat(daeguResult.getElementById("result-rule").text())
			.isEqualTo("최고·최저점 제외 평균이 규칙이지만, 반영된 평가위원이 2명(3명 미만)이라 총점을 산술 평균했습니다.");
		assertThat(daeguResult.getElementById("result-below-minimum")).isNotNull();
		assertThat(daeguResult.getElementById("result-decision").text()).contains("미선정", YEAR + "-03-24 위원회 결정");
		assertThat(daeguResult.getElementById("result-rationale").text()).isEqualTo("결정 사유: 하위");
		Document busanResult = pageAs("/plans/" + busan + "/evaluation", "region-busan");
		assertThat(busanResult.getElementById("result-rule").text())
			.isEqualTo("계획 점수는 반영된 평가위원 4명의 총점 가운데 최고점과 최저점을 하나씩 뺀 나머지의 평균입니다.");
		assertThat(busanResult.getElementById("result-below-minimum")).isNull();
		Document incheonResult = pageAs("/plans/" + incheon + "/evaluation", "region-incheon");
		assertThat(incheonResult.getElementById("result-score")).isNull();
		assertThat(incheonResult.getElementById("result-withdrawn").text()).contains("철회되어 순위에서 빠졌습니다");
		assertThat(incheonResult.text()).doesNotContain("60.00");

		// the plans' workbook: a sheet per table, real dates and numbers
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("/ministry/calls/" + call + "/plans.xlsx")))) {
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
					workbook.getSheetName(3)))
				.containsExactly("제출 현황", "목표", "신청 사업", "사업 예산");
			assertWorkable(workbook);
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = rows(sheet).get(0);
			Row busanPlan = rowOf(sheet, "부산광역시");
			assertThat(DateUtil.isCellDateFormatted(busanPlan.getCell(header.indexOf("제출 일시 (한국 시간)")))).isTrue();
			assertThat(FORMAT.formatCellValue(busanPlan.getCell(header.indexOf("거점산단")))).isEqualTo("명지녹산국가산업단지");
			assertThat(busanPlan.getCell(header.indexOf("신청 예산 합계 (백만원)")).getNumericCellValue()).isEqualTo(3500);
			assertThat(rows(workbook.getSheet("목표")))
				.anyMatch((row) -> row.subList(0, 4).equals(List.of("부산광역시", "일자리 창출", "1", "만명")));
			assertThat(rows(workbook.getSheet("신청 사업")))
				.anyMatch((row) -> row.equals(List.of("부산광역시", "스마트 제조혁신", "데이터센터 구축", "산업통상자원부", "2,000")));
			Sheet budgets = workbook.getSheet("사업 예산");
			assertThat(rows(budgets))
				.anyMatch((row) -> row.equals(List.of("부산광역시", "스마트공장 구축", "중소벤처기업부", "2085", "국비", "1,000")))
				.anyMatch((row) -> row.equals(List.of("부산광역시", "스마트공장 구축", "중소벤처기업부", "2085", "지방비", "500")));
			assertThat(budgets.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
		}

		// the confirmed budgets: a project not funded is marked and counts nothing
		List<Map<String, Object>> projects = this.jdbc.queryForList("""
				select p.id, p.name from plan_requested_project p join plan_key_task t on t.id = p.key_task_id
				where t.plan_id = ? order by p.position""", busan);
		this.mvc
			.perform(this.evaluations.ministry(post("/ministry/calls/" + call + "/confirmation"))
				.param("heldOn", YEAR + "-12-20")
				.param("chair", "국토교통부 제1차관")
				.param("rationale." + busan, "컨설팅 반영")
				.param("outcome." + projects.get(0).get("id"), "APPROVED")
				.param("outcome." + projects.get(1).get("id"), "REJECTED"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				pageAs("/ministry/calls/" + call + "/confirmation", "ministry").getElementById("confirmation-workbook")
					.attr("href"))
			.isEqualTo("/ministry/calls/" + call + "/confirmation/budgets.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download("/ministry/calls/" + call + "/confirmation/budgets.xlsx")))) {
			assertWorkable(workbook);
			assertThat(rows(workbook.getSheet("확정 예산")))
				.anyMatch((row) -> row.equals(List.of("부산광역시", "중소벤처기업부", "2085", "1,000", "500", "0", "1,500")));
			assertThat(rows(workbook.getSheet("확정 예산"))).noneMatch((row) -> row.contains("산업통상자원부"));
			Sheet outcomes = workbook.getSheet("사업별 결과");
			Row rejected = outcomes.getRow(2);
			assertThat(rows(outcomes).get(2)).containsSequence("데이터센터 구축", "산업통상자원부", "미반영", "2,000", "0");
			assertThat(rejected.getCell(4).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(rows(workbook.getSheet("확정 금액"))).noneMatch((row) -> row.contains("데이터센터 구축"));
		}
	}

}
