package kr.go.sandan.annual;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual evaluation's English pages, and the district pages they link to, name each
 * region in English (a former name by its own English name); the Korean pages as written.
 */
class AnnualEnglishNamesTest extends WorkflowTestSupport {

	private static final int YEAR = 2841;

	@Test
	void englishPagesNameTheRegionsInEnglish() throws Exception {
		AnnualFixtures fixtures = new AnnualFixtures(this.jdbc);
		long current = fixtures.district(YEAR, "GANGWON", "강원특별자치도", 1);
		// a district of the next round, under the region's former name
		long former = fixtures.district(YEAR + 1, "GANGWON", "강원도", 1);
		long evaluation = fixtures.evaluation(YEAR);
		long subject = fixtures.subject(evaluation, current);
		long evaluator = this.evaluations.evaluator("english-names-eval", "평가위원", "SEOUL", "연구원");
		long sheet = fixtures.sheet(evaluation, subject, evaluator, true);
		this.jdbc.update("""
				update annual_subject set rating = '보통', decided_at = now(), decided_by = 'ministry'
				where evaluation_id = ?""", evaluation);
		this.jdbc.update("""
				update annual_evaluation set completed_at = now(), completed_by = 'ministry', published_at = now(),
				    published_by = 'ministry' where id = ?""", evaluation);

		// the evaluator's sheet
		assertThat(pageAs("/evaluations/annual/sheets/" + sheet + "?lang=en", "english-names-eval").select("h1 span")
			.first()
			.text()).isEqualTo("Annual evaluation sheet: Gangwon State, " + YEAR);
		assertThat(pageAs("/evaluations/annual/sheets/" + sheet + "?lang=ko", "english-names-eval").select("h1 span")
			.first()
			.text()).contains("강원특별자치도");
		// the evaluator's committees
		assertThat(pageAs("/evaluations/annual?lang=en", "english-names-eval").text())
			.contains("Gangwon State, district year 1");
		// the ministry's page of the year and a district's decision
		String ministry = pageAs("/ministry/annual-evaluations/" + YEAR + "?lang=en", "ministry").text();
		assertThat(ministry).contains("Gangwon State, district year 1").doesNotContain("강원특별자치도 ");
		assertThat(pageAs("/ministry/annual-evaluations/" + YEAR + "/districts/" + subject + "?lang=en", "ministry")
			.select("h1")
			.text()).contains("Gangwon State");
		// the public results, in English and in Korean
		assertThat(pageAs("/annual-evaluations/" + YEAR + "?lang=en", "ministry").text())
			.contains("Gangwon State, district year 1");
		assertThat(pageAs("/annual-evaluations/" + YEAR + "?lang=ko", "ministry").text()).contains("강원특별자치도")
			.doesNotContain("Gangwon State");
		// the district's results and the district page they link to
		assertThat(pageAs("/districts/" + current + "/evaluations?lang=en", "ministry").select("h2").text())
			.contains("Gangwon State, district year 1");
		assertThat(pageAs("/districts/" + current + "?lang=en", "ministry").select("h1").text())
			.isEqualTo("Gangwon State competitiveness district");
		assertThat(pageAs("/districts/" + former + "?lang=en", "ministry").select("h1").text())
			.isEqualTo("Gangwon-do competitiveness district");
		assertThat(pageAs("/districts/" + current + "?lang=ko", "ministry").select("h1").text()).contains("강원특별자치도");
		// the year's workbook in English
		byte[] bytes = this.mvc
			.perform(get("/ministry/annual-evaluations/" + YEAR + "/results.xlsx?lang=en")
				.with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).startsWith("Gangwon");
		}
	}

}
