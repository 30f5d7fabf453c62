package kr.go.sandan.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents are checked by what they contain, not by their name, and by size; a refused
 * file changes nothing else; kept files come back byte for byte with their checksum.
 */
class AttachmentTest extends WorkflowTestSupport {

	private int attachments(long plan) {
		return this.jdbc.queryForObject("select count(*) from plan_attachment where plan_id = ?", Integer.class, plan);
	}

	private static byte[] xlsx() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("예산").createRow(0).createCell(0).setCellValue("국비");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** An OLE2 compound file with the FileHeader stream every HWP 5 document has. */
	private static byte[] hwp(boolean withFileHeader) throws Exception {
		try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ole.createDocument(new ByteArrayInputStream("HWP Document File".getBytes()),
					withFileHeader ? "FileHeader" : "WordDocument");
			ole.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	@Test
	void realDocumentsAreKeptWithTheirChecksumAndComeBackByteForByte() throws Exception {
		long call = this.journeys.openCall(2044);
		long plan = this.journeys.start(call, "region-gyeongbuk");
		byte[] workbook = xlsx();
		this.journeys.attach(plan, "region-gyeongbuk", "", "예산 총괄표.xlsx", workbook)
			.andExpect(status().is3xxRedirection());
		this.journeys.attach(plan, "region-gyeongbuk", "산단혁신계획서", "계획서.hwp", hwp(true))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select file_type from plan_attachment where plan_id = ? order by id",
				String.class, plan))
			.containsExactly("XLSX", "HWP");
		String sha = this.jdbc.queryForObject(
				"select sha256 from plan_attachment where plan_id = ? and file_type = 'XLSX'", String.class, plan);
		assertThat(sha).isEqualTo(PlanAttachments.sha256(workbook));
		long id = this.jdbc.queryForObject("select id from plan_attachment where plan_id = ? and file_type = 'XLSX'",
				Long.class, plan);
		byte[] back = this.mvc
			.perform(get("/plans/" + plan + "/attachments/" + id).with(this.accounts.as("region-gyeongbuk")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-SHA256", sha))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(workbook);
		this.mvc.perform(get("/plans/" + plan + "/attachments/" + id).with(this.accounts.as("region-busan")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + plan + "/attachments/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + plan + "/attachments/" + id).with(this.accounts.as("ministry")))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'PLAN_ATTACHMENT_ADDED' and object_id = ?",
				Integer.class, String.valueOf(plan)))
			.isEqualTo(2);
	}

	@Test
	void disguisedOversizedAndForeignFilesAreRefusedWithAMessageBesideTheField() throws Exception {
		long call = this.journeys.openCall(2045);
		long plan = this.journeys.start(call, "region-gyeongbuk");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };
		this.journeys.attach(plan, "region-gyeongbuk", "산단혁신계획서", "계획서.pdf", png)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("파일 내용이 확장자와 맞지 않습니다.")));
		this.journeys.attach(plan, "region-gyeongbuk", "산단혁신계획서", "문서.hwp", hwp(false))
			.andExpect(content().string(containsString("파일 내용이 확장자와 맞지 않습니다.")));
		byte[] huge = Arrays.copyOf(PlanJourneys.PDF, (int) PlanAttachments.MAX_BYTES + 1);
		this.journeys.attach(plan, "region-gyeongbuk", "산단혁신계획서", "큰 계획서.pdf", huge)
			.andExpect(content().string(containsString("파일이 너무 큽니다. 20MB 이하 파일만 올릴 수 있습니다.")));
		this.journeys.attach(plan, "region-gyeongbuk", "", "setup.exe", new byte[] { 'M', 'Z', 0 })
			.andExpect(content().string(containsString("PDF, HWP, HWPX, XLSX, DOCX 파일만 올릴 수 있습니다.")));
		this.journeys.attach(plan, "region-gyeongbuk", "", "빈 파일.pdf", new byte[0])
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("파일을 고르지 않았거나 빈 파일입니다.")));
		assertThat(attachments(plan)).isZero();
	}

	@Test
	void aSubmissionWithoutTheRequiredDocumentIsRefused() throws Exception {
		long call = this.journeys.openCall(2046);
		long plan = this.journeys.start(call, "region-gyeongbuk");
		this.journeys.save(plan, "region-gyeongbuk", "basics", "vision", "비전", "mainIndustries", "전자");
		this.journeys.save(plan, "region-gyeongbuk", "hub", "hubComplexId",
				String.valueOf(this.journeys.complex("구미국가산단")));
		this.journeys.save(plan, "region-gyeongbuk", "narrative", "governance", "추진단", "diagnosis", "전자산업 정체");
		this.journeys.save(plan, "region-gyeongbuk", "targets", "rows[0].metric", "JOBS_CREATED", "rows[0].value", "1",
				"rows[0].unit", "만명");
		this.journeys.save(plan, "region-gyeongbuk", "tasks", "rows[0].name", "디지털 전환");
		this.mvc.perform(this.journeys.project(plan, "region-gyeongbuk", 1, "name", "스마트공장"))
			.andExpect(status().is3xxRedirection());
		this.journeys.submit(plan, "region-gyeongbuk")
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("제출 서류가 빠져 제출하지 않았습니다."), containsString("아직 올리지 않은 제출 서류: 산단혁신계획서"))));
		assertThat(this.jdbc.queryForObject("select status from innovation_plan where id = ?", String.class, plan))
			.isEqualTo("DRAFT");
	}

}
