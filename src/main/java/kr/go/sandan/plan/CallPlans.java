package kr.go.sandan.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ministry's view of every plan of a call: status, completeness, submission time and
 * versions, on a page and as an Excel workbook with the same rows.
 */
@Service
@Transactional(readOnly = true)
public class CallPlans {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Seoul"));

	private final PlanRepository plans;

	private final PlanVersions versions;

	private final MessageSource messages;

	CallPlans(PlanRepository plans, PlanVersions versions, MessageSource messages) {
		this.plans = plans;
		this.versions = versions;
		this.messages = messages;
	}

	/** Every plan of the round, in the regions' order (two queries). */
	@PreAuthorize("hasRole('MINISTRY')")
	public List<CallPlanRow> rows(long roundId) {
		Map<Long, Integer> versionCounts = this.versions.countsOfRound(roundId);
		return this.plans.findFactsOfRound(roundId)
			.stream()
			.map((facts) -> new CallPlanRow(facts.getPlanId(), facts.getRegionName(), facts.getRegionPosition(),
					facts.getStatus(), facts.getSubmittedAt(), versionCounts.getOrDefault(facts.getPlanId(), 0),
					Completeness.missing(facts.getHubId() != null, (int) facts.getIndustries(), facts.getVision(),
							(int) facts.getTargets(), facts.getGovernance(), (int) facts.getDiagnoses(),
							(int) facts.getProjects())))
			.toList();
	}

	/** The same rows as an .xlsx workbook, labels in the reader's language. */
	@PreAuthorize("hasRole('MINISTRY')")
	public byte[] workbook(long roundId, String title, Locale locale) {
		List<CallPlanRow> rows = rows(roundId);
		Function<String, String> text = (key) -> this.messages.getMessage(key, null, locale);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text.apply("callPlans.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row caption = sheet.createRow(0);
			caption.createCell(0).setCellValue(title);
			caption.getCell(0).setCellStyle(bold);
			String[] headers = { "plan.region", "plan.status", "callPlans.completeness", "callPlans.missing",
					"callPlans.submittedAt", "callPlans.versions" };
			Row header = sheet.createRow(2);
			for (int i = 0; i < headers.length; i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(text.apply(headers[i]));
				cell.setCellStyle(bold);
			}
			int r = 3;
			for (CallPlanRow row : rows) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.regionName());
				line.createCell(1).setCellValue(text.apply("plan.status." + row.status()));
				line.createCell(2).setCellValue(row.completed() + "/" + row.sections());
				line.createCell(3)
					.setCellValue(row.missing().isEmpty() ? text.apply("callPlans.none") : String.join(", ",
							row.missing().stream().map((field) -> text.apply("plan.part." + field)).toList()));
				line.createCell(4).setCellValue((row.submittedAt() != null) ? TIME.format(row.submittedAt()) : "");
				line.createCell(5).setCellValue(row.versions());
			}
			// fixed widths (in 1/256 of a character): autoSizeColumn needs fonts a server
			// may lack
			int[] widths = { 18, 16, 10, 48, 18, 8 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256 * 2);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
