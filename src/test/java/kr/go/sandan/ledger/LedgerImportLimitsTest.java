package kr.go.sandan.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.support.RealServerTest;
import kr.go.sandan.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger import at its limits, over a real Tomcat (its request and upload limits do
 * not show in MockMvc): the template of a large district (112 projects, five years, three
 * sources: 10,080 rows) filled in and imported whole, as .xlsx and as CSV, in reasonable
 * time; a file just over the import's own limit and files far over the upload limits are
 * refused with the portal's message, nothing saved; a NUL in a reason is refused by its
 * cell.
 */
@RealServerTest
class LedgerImportLimitsTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The confirmed amount of each source (FundedDistricts). */
	private static final Map<String, String> CONFIRMED = Map.of("국비", "800", "지방비", "200", "민간", "100");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private long district(int roundYear, String code, String name, int projects) {
		return new FundedDistricts(this.jdbc).funded(roundYear, code, name, projects, 5);
	}

	private int entries(long plan) {
		return this.jdbc.queryForObject("select count(*) from budget_ledger_entry where plan_id = ?", Integer.class,
				plan);
	}

	/**
	 * The district's template with every line secured and allocated as confirmed and half
	 * of it executed; the other stages left blank.
	 */
	private static byte[] filled(byte[] template) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				double confirmed = Double.parseDouble(CONFIRMED.get(row.getCell(3).getStringCellValue()));
				switch (row.getCell(4).getStringCellValue()) {
					case "예산 확보", "교부" -> row.getCell(5).setCellValue(confirmed);
					case "집행" -> row.getCell(5).setCellValue(confirmed / 2);
					default -> {
					}
				}
				row.getCell(6).setCellValue("2026-03-01");
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The same rows as CSV, as a spreadsheet program saves them. */
	private static byte[] csv(byte[] workbookBytes) throws Exception {
		StringBuilder csv = new StringBuilder("\uFEFF");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (int c = 0; c < 8; c++) {
					var cell = row.getCell(c);
					String text = (cell == null) ? "" : switch (cell.getCellType()) {
						case NUMERIC -> org.apache.poi.ss.util.NumberToTextConverter.toText(cell.getNumericCellValue());
						case STRING -> cell.getStringCellValue();
						default -> "";
					};
					csv.append((c > 0) ? "," : "").append('"').append(text.replace("\"", "\"\"")).append('"');
				}
				csv.append("\r\n");
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] template(WebClient ministry, long plan) throws Exception {
		HttpResponse<byte[]> answer = ministry.getBytes("/districts/" + plan + "/ledger/template.xlsx");
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	/** Uploads, previews and confirms; the preview's number of changed figures. */
	private int importWhole(WebClient ministry, long plan, String name, String type, byte[] file) throws Exception {
		String page = "/districts/" + plan + "/ledger/import";
		ministry.page(page);
		long started = System.nanoTime();
		HttpResponse<String> answer = ministry.postFile(page, Map.of(), "file", name, type, file);
		long previewMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(answer.statusCode()).as(name).isEqualTo(200);
		Document preview = Jsoup.parse(answer.body());
		assertThat(preview.getElementById("import-problems")).as(() -> preview.select("main").text()).isNull();
		int changes = preview.select("#import-changes tbody tr").size();
		System.out
			.println("Ledger import of " + name + " (" + file.length + " bytes): preview " + previewMillis + " ms");
		assertThat(previewMillis).as("preview of " + name).isLessThan(30_000);
		ministry.page(page);
		started = System.nanoTime();
		HttpResponse<String> confirmed = ministry.post(page + "/confirm",
				Map.of("version", preview.select("#import-confirm input[name=version]").val()));
		long confirmMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(confirmed.statusCode()).as(() -> confirmed.body()).isEqualTo(302);
		System.out.println("Ledger import of " + name + ": saved in " + confirmMillis + " ms");
		assertThat(confirmMillis).as("saving " + name).isLessThan(30_000);
		return changes;
	}

	@Test
	void theTemplateOfALargeDistrictComesBackWholeAsXlsxAndAsCsv() throws Exception {
		WebClient ministry = WebClient.signedIn(this.port, "ministry");
		long plan = district(2900, "INCHEON", "인천광역시", 112);
		byte[] template = template(ministry, plan);
		byte[] xlsx = filled(template);
		// 112 projects × 5 years × 3 sources × 6 stages, three of them filled in
		assertThat(importWhole(ministry, plan, "ledger.xlsx", XLSX, xlsx)).isEqualTo(112 * 5 * 3 * 3);
		assertThat(entries(plan)).isEqualTo(112 * 5 * 3 * 3);

		long other = district(2901, "GWANGJU", "광주광역시", 112);
		byte[] csv = csv(filled(template(ministry, other)));
		assertThat(csv.length).isGreaterThan(10_000 * 30);
		assertThat(importWhole(ministry, other, "ledger.csv", "text/csv", csv)).isEqualTo(112 * 5 * 3 * 3);
		assertThat(entries(other)).isEqualTo(112 * 5 * 3 * 3);
	}

	@Test
	void filesOverTheLimitsAreRefusedWithTheirMessageAndNothingIsSaved() throws Exception {
		WebClient ministry = WebClient.signedIn(this.port, "ministry");
		long plan = district(2902, "ULSAN", "울산광역시", 1);
		String page = "/districts/" + plan + "/ledger/import";
		String header = "사업번호,사업명,연도,재원,단계,금액,기준일,사유\n";
		String line = new FundedDistricts(this.jdbc).project(plan, 0) + ",사업,2903,국비,예산 확보,800,2026-03-01,";

		// just over the import's own limit: the page, with the message
		StringBuilder justOver = new StringBuilder(header);
		while (justOver.length() <= LedgerImport.MAX_BYTES) {
			justOver.append(line).append("\n");
		}
		ministry.page(page);
		HttpResponse<String> answer = ministry.postFile(page, Map.of(), "file", "big.csv", "text/csv",
				justOver.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(answer.body()).getElementById("import-problems").text()).contains("파일이 너무 큽니다");

		// more rows than any district's template has: the page, with the message (an
		// .xlsx said "no rows to read")
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r <= LedgerImport.MAX_ROWS + 1; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			ministry.page(page);
			answer = ministry.postFile(page, Map.of(), "file", "rows.xlsx", XLSX, out.toByteArray());
		}
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(answer.body()).getElementById("import-problems").text()).contains("줄이 너무 많습니다");

		// far over the upload limits (25 MB a file, 30 MB a request): the portal's 413
		// page in both languages, the connection answered rather than reset
		for (int megabytes : new int[] { 26, 40 }) {
			ministry.page(page);
			byte[] huge = new byte[megabytes * 1024 * 1024];
			java.util.Arrays.fill(huge, (byte) 'x');
			long started = System.nanoTime();
			HttpResponse<String> refused = ministry.postFile(page, Map.of(), "file", "huge.csv", "text/csv", huge);
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(refused.statusCode()).as(megabytes + " MB").isEqualTo(413);
			assertThat(Jsoup.parse(refused.body()).select("main").text()).as(megabytes + " MB")
				.contains("보낸 내용이 너무 큽니다", "Request too large");
			assertThat(millis).as(megabytes + " MB").isLessThan(20_000);
		}

		// a NUL in a reason: refused by its cell, nothing kept
		ministry.page(page);
		answer = ministry.postFile(page, Map.of(), "file", "nul.csv", "text/csv",
				(header + line + "사유\u0000끝\n").getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(200);
		Document preview = Jsoup.parse(answer.body());
		assertThat(preview.getElementById("import-problems")).as(() -> preview.select("main").text()).isNotNull();
		assertThat(preview.getElementById("import-problems").text()).contains("2행 H열", "저장할 수 없는 글자");
		assertThat(entries(plan)).isZero();
	}

}
