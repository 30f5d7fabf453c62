package kr.go.sandan.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import kr.go.sandan.support.SessionCookie;
import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A region downloads its projects as an .xlsx template, fills it, uploads it and sees
 * what would be added, changed and removed (or every refused cell, row and column named);
 * only its confirmation saves, once, audited; the same file twice changes nothing; a
 * stale confirmation and bad files are refused. Files are built with POI here, as Excel
 * would.
 */
class ProjectImportTest extends WorkflowTestSupport {

	private static final String WHO = "region-daegu";

	@Test
	void templateUploadPreviewConfirmAndTheSameFileTwiceChangesNothing() throws Exception {
		// the call of 2088 may already be open by ExcelImportBrowserTest in this JVM
		List<Long> open = this.jdbc.queryForList(
				"select c.id from proposal_call c join program_round r on r.id = c.round_id where r.year = 2088",
				Long.class);
		long call = open.isEmpty() ? this.journeys.openCall(2088) : open.get(0);
		long plan = this.journeys.start(call, WHO);
		this.journeys.save(plan, WHO, "tasks", "rows[0].name", "스마트 제조 혁신", "rows[1].name", "근로환경 개선");
		this.mvc
			.perform(this.journeys.project(plan, WHO, 1, "name", "기존 사업", "leadMinistry", "MSS", "newlyProposed",
					"false", "amounts[0]", "1,000", "amounts[1]", "100"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(this.journeys.project(plan, WHO, 2, "name", "없앨 사업", "leadMinistry", "MOEL", "amounts[3]", "50"))
			.andExpect(status().is3xxRedirection());

		// the template holds the saved projects, the lists and an example apart from the
		// data
		byte[] template = this.mvc
			.perform(get("/plans/" + plan + "/edit/projects/template.xlsx").with(this.accounts.as(WHO)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("국비 (백만원)");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("기존 사업");
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("중소벤처기업부");
			assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2088);
			assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1000);
			assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(6);
			Sheet lists = workbook.getSheetAt(1);
			assertThat(lists.getRow(1).getCell(0).getStringCellValue()).isEqualTo("국토교통부");
			assertThat(text(lists)).contains("산업통상자원부", "신규", "계속", "2090", "백만원", "예시", "스마트공장 고도화 지원");

			// the region fills it as officials do: "1,500" as text, a new row, a row
			// deleted
			sheet.getRow(1).getCell(5).setCellValue("1,500");
			sheet.removeRow(sheet.getRow(2));
			Row added = sheet.createRow(2);
			values(added, "근로환경 개선", "새 사업", "고용노동부", "신규", 2089, 200, "３００", null);
			filled = bytes(workbook);
		}

		SessionCookie session = new SessionCookie();
		long before = this.journeys.version(plan);
		Document preview = upload(plan, filled, session).andExpect(status().isOk()).andReturnDocument();
		assertThat(preview.select("#import-problems")).isEmpty();
		assertThat(preview.select("#import-changes tbody tr").eachText()).containsExactly(
				"변경 스마트 제조 혁신 기존 사업 중소벤처기업부 2088년: 1,500 · 100 · 0 1,100 1,600",
				"추가 근로환경 개선 새 사업 고용노동부 2089년: 200 · 300 · 0 - 500", "삭제 근로환경 개선 없앨 사업 고용노동부 2089년: 50 · 0 · 0 50 -");
		// nothing is saved before the confirmation
		assertThat(this.journeys.version(plan)).isEqualTo(before);
		assertThat(projectNames(plan)).containsExactly("기존 사업", "없앨 사업");

		// a confirmation for another version is stale
		confirm(plan, before - 1, session).andExpect(status().isConflict());
		confirm(plan, before, session).andExpect(redirectedUrl("/plans/" + plan + "/edit/projects"))
			.andExpect(flash().attribute("flashMessage", "plan.import.saved"));
		assertThat(projectNames(plan)).containsExactly("기존 사업", "새 사업");
		assertThat(this.jdbc.queryForList(
				"""
						select b.year || ':' || b.national || '/' || b.local || '/' || b.private_funds from plan_project_budget b
						join plan_requested_project p on p.id = b.project_id join plan_key_task t on t.id = p.key_task_id
						where t.plan_id = ? order by t.position, p.position, b.year""",
				String.class, plan))
			.containsExactly("2088:1500.0/100.0/0.0", "2089:200.0/300.0/0.0");
		assertThat(this.jdbc.queryForObject(
				"select new_from_file from (select p.newly_proposed as new_from_file from plan_requested_project p where p.name = '새 사업' and p.key_task_id in (select id from plan_key_task where plan_id = ?)) x",
				Boolean.class, plan))
			.isTrue();
		long after = this.journeys.version(plan);
		assertThat(after).isGreaterThan(before);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'PLAN_PROJECTS_IMPORTED' and object_id = ?",
				Integer.class, String.valueOf(plan)))
			.isEqualTo(1);
		// the confirmation is used up
		confirm(plan, after, session).andExpect(status().isConflict());

		// the same file again changes nothing and offers nothing to confirm
		Document again = upload(plan, filled, session).andExpect(status().isOk()).andReturnDocument();
		assertThat(again.select("#import-nothing")).hasSize(1);
		assertThat(again.select("#import-confirm")).isEmpty();
		confirm(plan, after, session).andExpect(status().isConflict());
		assertThat(this.journeys.version(plan)).isEqualTo(after);

		// a file checked against a version someone has since moved is refused on
		// confirmation
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
			workbook.getSheetAt(0).getRow(2).getCell(5).setCellValue(999);
			upload(plan, bytes(workbook), session).andExpect(status().isOk());
		}
		this.journeys.save(plan, WHO, "basics", "vision", "다른 탭에서 저장");
		confirm(plan, after, session).andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'PLAN_PROJECTS_IMPORTED' and object_id = ?",
				Integer.class, String.valueOf(plan)))
			.isEqualTo(1);

		// another region cannot download or upload
		this.mvc.perform(get("/plans/" + plan + "/edit/projects/template.xlsx").with(this.accounts.as("region-busan")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/plans/" + plan + "/edit/projects/import")
				.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", filled))
				.with(csrf())
				.with(this.accounts.as("region-busan")))
			.andExpect(status().isNotFound());

		// every cell is checked, its row and column named; nothing is saved
		byte[] bad;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			values(sheet.createRow(0), "과제", "사업", "부처", "구분", "연도", "국비", "지방비", "민자");
			values(sheet.createRow(1), "스마트 제조 혁신", "음수 사업", "국토교통부", "신규", 2088, -5, "12.34", "abc");
			values(sheet.createRow(2), "없는 과제", "", "국토부", "아마도", 2095, "1e400", null, null);
			values(sheet.createRow(3), "스마트 제조 혁신", "정상 사업", "국토교통부", "계속", "2089년", "1 000.5", null, null);
			bad = bytes(workbook);
		}
		Document refused = upload(plan, bad, session).andExpect(status().isOk()).andReturnDocument();
		assertThat(refused.select("#error-summary").text()).contains("파일을 저장하지 않았습니다");
		assertThat(refused.select("#import-problems tbody tr").eachText()).containsExactly(
				"2행 F열 (국비 (백만원)) -5 0 이상이어야 합니다.", "2행 G열 (지방비 (백만원)) 12.34 소수 첫째 자리까지 적을 수 있습니다.",
				"2행 H열 (민자 (백만원)) abc 숫자가 아닙니다.",
				"3행 A열 (중점과제) 없는 과제 계획에 없는 중점과제입니다. 중점과제를 먼저 저장하거나 목록의 이름을 그대로 적어 주세요.", "3행 B열 (사업명) 비어 있습니다.",
				"3행 C열 (주관 부처) 국토부 목록에 없는 부처입니다.", "3행 D열 (구분 (신규/계속)) 아마도 신규 또는 계속으로 적어 주세요.",
				"3행 E열 (연도) 2095 이 계획의 연도가 아닙니다.", "3행 F열 (국비 (백만원)) 1e400 숫자가 아닙니다.");
		assertThat(refused.select("#import-confirm")).isEmpty();
		confirm(plan, this.journeys.version(plan), session).andExpect(status().isConflict());

		// bad files are refused with a message
		assertThat(problemsOf(plan, PlanJourneys.PDF, session))
			.containsExactly("파일 전체 엑셀 .xlsx 파일이 아닙니다. 내려받은 서식에 채워 올려 주세요.");
		assertThat(problemsOf(plan, new byte[0], session)).containsExactly("파일 전체 빈 파일입니다. 서식의 첫 시트에 사업을 적어 올려 주세요.");
		assertThat(problemsOf(plan, new byte[ProjectWorkbook.MAX_BYTES + 1], session))
			.containsExactly("파일 전체 너무 큽니다 (파일은 1MB, 금액은 13자리까지).");
		assertThat(problemsOf(plan, new byte[] { 'P', 'K', 3, 4, 0, 0, 0 }, session))
			.containsExactly("파일 전체 엑셀 .xlsx 파일이 아닙니다. 내려받은 서식에 채워 올려 주세요.");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			values(workbook.createSheet().createRow(0), "과제", "사업");
			assertThat(problemsOf(plan, bytes(workbook), session))
				.containsExactly("파일 전체 빈 파일입니다. 서식의 첫 시트에 사업을 적어 올려 주세요.");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			values(sheet.createRow(1), "스마트 제조 혁신", "수식 사업", "국토교통부", "신규", 2088, 1, null, null);
			sheet.getRow(1).createCell(6).setCellFormula("F2*1000");
			assertThat(problemsOf(plan, bytes(workbook), session))
				.containsExactly("2행 G열 (칸) 수식이 있는 파일은 받지 않습니다. 값만 붙여 넣어 주세요.");
		}
		assertThat(projectNames(plan)).containsExactly("기존 사업", "새 사업");

		// in English, the page speaks English
		Document english = this.mvc
			.perform(multipart("/plans/" + plan + "/edit/projects/import").file(xlsx(bad))
				.param("lang", "en")
				.with(session)
				.with(csrf())
				.with(this.accounts.as(WHO)))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(Jsoup::parse);
		assertThat(english.select("#import-problems tbody tr").first().text())
			.isEqualTo("Row 2, column F (National (KRW million)) -5 Must be 0 or more.");
	}

	private List<String> problemsOf(long plan, byte[] content, SessionCookie session) throws Exception {
		return upload(plan, content, session).andExpect(status().isOk())
			.andReturnDocument()
			.select("#import-problems tbody tr")
			.eachText();
	}

	private List<String> projectNames(long plan) {
		return this.jdbc.queryForList("""
				select p.name from plan_requested_project p join plan_key_task t on t.id = p.key_task_id
				where t.plan_id = ? order by t.position, p.position""", String.class, plan);
	}

	private Upload upload(long plan, byte[] content, SessionCookie session) throws Exception {
		return new Upload(kept(session,
				this.mvc.perform(multipart("/plans/" + plan + "/edit/projects/import").file(xlsx(content))
					.with(session)
					.with(csrf())
					.with(this.accounts.as(WHO)))));
	}

	private ResultActions confirm(long plan, long version, SessionCookie session) throws Exception {
		return this.mvc
			.perform(post("/plans/" + plan + "/edit/projects/import/confirm").param("version", String.valueOf(version))
				.with(session)
				.with(csrf())
				.with(this.accounts.as(WHO)));
	}

	private static ResultActions kept(SessionCookie session, ResultActions actions) {
		session.kept(actions.andReturn().getResponse());
		return actions;
	}

	private static MockMultipartFile xlsx(byte[] content) {
		return new MockMultipartFile("file", "사업.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

	private record Upload(ResultActions actions) {

		Upload andExpect(org.springframework.test.web.servlet.ResultMatcher matcher) throws Exception {
			this.actions.andExpect(matcher);
			return this;
		}

		Document andReturnDocument() throws Exception {
			return Jsoup.parse(this.actions.andReturn().getResponse().getContentAsString());
		}

	}

	private static void values(Row row, Object... values) {
		for (int c = 0; c < values.length; c++) {
			if (values[c] instanceof Number number) {
				row.createCell(c).setCellValue(number.doubleValue());
			}
			else if (values[c] != null) {
				row.createCell(c).setCellValue(values[c].toString());
			}
		}
	}

	private static String text(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		sheet.forEach((row) -> row.forEach((cell) -> text.append(cell).append(' ')));
		return text.toString();
	}

	private static byte[] bytes(Workbook workbook) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
