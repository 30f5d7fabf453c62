package kr.go.sandan.plan;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.WorkflowTestSupport;
import kr.go.sandan.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ministry sees every plan of a call with its status, completeness and submission
 * time, and the Excel export holds the same rows as the page.
 */
class CallPlansTest extends WorkflowTestSupport {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aCallNoRegionHasStartedSaysSoInEitherLanguage() throws Exception {
		long call = this.journeys.openCallPast2100(2971);
		Document korean = Jsoup
			.parse(this.mvc.perform(get("/ministry/calls/" + call + "/plans").with(this.accounts.as("ministry")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(korean.select("#call-plans")).isEmpty();
		assertThat(korean.select("main p").eachText()).contains("계획 0개 (제출 0개)", "아직 이 공모에 계획을 쓰기 시작한 지역이 없습니다.");
		assertThat(korean.select(".breadcrumb li").eachText()).containsExactly("내 업무", "공모 관리", "2971년 971차", "제출 현황");
		Document english = Jsoup.parse(this.mvc
			.perform(get("/ministry/calls/" + call + "/plans").param("lang", "en").with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(english.selectFirst("h1").text()).isEqualTo("Plans of the 2971 call (round 971)");
		assertThat(english.title()).startsWith("Plans of the 2971 call (round 971) · ");
	}

	@Test
	void thePageAndTheWorkbookShowTheSameRows() throws Exception {
		long call = this.journeys.openCall(2040);
		long gyeonggi = this.journeys.start(call, "region-gyeonggi");
		this.journeys.save(gyeonggi, "region-gyeonggi", "basics", "vision", "경기의 비전");
		long ulsan = this.journeys.start(call, "region-ulsan");
		this.journeys.completeAndSubmit(ulsan, "region-ulsan", "울산미포국가산업단지", "울산의 비전");

		String html = this.mvc.perform(get("/ministry/calls/" + call + "/plans").with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		List<List<String>> pageRows = new ArrayList<>();
		page.select("#call-plans tbody tr")
			.forEach((tr) -> pageRows.add(tr.select("th, td").stream().map((cell) -> cell.text().trim()).toList()));
		assertThat(pageRows).hasSize(2);
		assertThat(pageRows.get(0)).containsExactly("울산광역시", "예비접수", "7/7", "없음", pageRows.get(0).get(4), "1");
		assertThat(pageRows.get(1)).containsExactly("경기도", "작성 중", "1/7", "거점산단, 주력업종, 목표, 신청 사업, 추진체계, 지역 진단", "—",
				"0");
		assertThat(pageRows.get(0).get(4)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		assertThat(page.text()).contains("계획 2개 (제출 1개)");

		byte[] xlsx = this.mvc
			.perform(get("/ministry/calls/" + call + "/plans.xlsx").with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"plans-2040-40.xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> sheetRows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("지역");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < 6; c++) {
					if (c == 4) {
						// a real date, in Korean time
						cells.add(
								(row.getCell(c).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC)
										? row.getCell(c)
											.getLocalDateTimeCellValue()
											.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
										: "");
					}
					else {
						cells.add((c == 5) ? String.valueOf((int) row.getCell(c).getNumericCellValue())
								: row.getCell(c).getStringCellValue());
					}
				}
				sheetRows.add(cells);
			}
		}
		// the page shows "—" where the workbook leaves the cell empty
		assertThat(sheetRows).containsExactlyElementsOf(pageRows.stream()
			.map((cells) -> cells.stream().map((cell) -> cell.equals("—") ? "" : cell).toList())
			.toList());
	}

	@Test
	void theOverviewRunsAFixedNumberOfStatements() throws Exception {
		long call = this.journeys.openCall(2041);
		SqlStatements sql = new SqlStatements(this.entityManagerFactory);
		long empty = sql
			.count(() -> this.mvc.perform(get("/ministry/calls/" + call + "/plans").with(this.accounts.as("ministry")))
				.andExpect(status().isOk()));
		for (String who : new String[] { "region-daegu", "region-jeonbuk", "region-gwangju" }) {
			long plan = this.journeys.start(call, who);
			this.journeys.save(plan, who, "basics", "vision", "비전", "mainIndustries", "자동차");
		}
		long three = sql
			.count(() -> this.mvc.perform(get("/ministry/calls/" + call + "/plans").with(this.accounts.as("ministry")))
				.andExpect(status().isOk()));
		assertThat(three).isEqualTo(empty);
	}

	@Test
	void onlyMinistryOfficersSeeTheOverview() throws Exception {
		long call = this.journeys.openCall(2042);
		for (String who : new String[] { "region-gyeonggi", "evaluator", "admin" }) {
			this.mvc.perform(get("/ministry/calls/" + call + "/plans").with(this.accounts.as(who)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/ministry/calls/" + call + "/plans.xlsx").with(this.accounts.as(who)))
				.andExpect(status().isForbidden());
		}
	}

}
