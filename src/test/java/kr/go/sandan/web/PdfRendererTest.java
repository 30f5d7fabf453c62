package kr.go.sandan.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The PDF renderer embeds the Korean font, keeps the text extractable, reads stylesheets
 * from the classpath and fetches nothing from the network.
 */
class PdfRendererTest {

	private static final String SUMMARY = """
			<!DOCTYPE html>
			<html lang="ko">
			<head><meta charset="utf-8"><title>경기 산단혁신계획 요약</title></head>
			<body>
			<h1>반월시화국가산업단지</h1>
			<p>Hub complex of Gyeonggi, with <em>연계 산단</em> 시화MTV · 新산업 전환, 工業&nbsp;金 (2021–2023)<br>
			목표: <strong>생산액 5.1조원 증대</strong></p>
			<table>
			<thead><tr><th>구분</th><th>목표</th></tr></thead>
			<tbody>
			<tr><td>일자리</td><td>12,000명 창출</td></tr>
			<tr><td>Exports</td><td>수출 2.3조원</td></tr>
			</tbody>
			</table>
			</body>
			</html>
			""";

	private final PdfRenderer renderer = new PdfRenderer();

	@Test
	void koreanTextIsInThePdfWithTheFontEmbedded() throws IOException {
		byte[] pdf = this.renderer.render(SUMMARY, null);

		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			assertThat(text).doesNotContain("\u0000");
			assertThat(text).contains("반월시화국가산업단지", "생산액 5.1조원 증대", "연계 산단", "新산업", "工業 金 (2021–2023)", "12,000명 창출",
					"수출 2.3조원", "Hub complex of Gyeonggi", "Exports");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("경기 산단혁신계획 요약");
			List<PDFont> fonts = fonts(document);
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("NanumGothic");
			});
			assertThat(fonts).extracting(PDFont::getName).anyMatch((name) -> name.endsWith("+NanumGothicBold"));
			PDRectangle a4 = document.getPage(0).getMediaBox();
			assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
			assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
		}
	}

	@Test
	void classpathStylesheetsApplyAndPageBreaksWork() throws IOException {
		String html = """
				<!DOCTYPE html><html lang="ko"><head>
				<link rel="stylesheet" href="/print.css">
				</head><body>
				<section>경기</section>
				<section style="page-break-before: always">전북</section>
				</body></html>
				""";
		try (PDDocument document = Loader.loadPDF(this.renderer.render(html, "classpath:/pdf-test/"))) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			PDRectangle landscape = document.getPage(0).getMediaBox();
			assertThat(landscape.getWidth()).isGreaterThan(landscape.getHeight());
		}
	}

	@Test
	void textWithoutTheFamilyOrInMarginBoxesIsKoreanToo() throws IOException {
		String html = """
				<!DOCTYPE html><html lang="ko"><head><style>
				@page { @bottom-center { content: counter(page) " / " counter(pages) " 쪽"; } }
				.screen { font-family: 'Pretendard GOV', sans-serif; }
				code { font-family: monospace; }
				</style></head><body>
				<ol><li>거점 산단</li></ol>
				<p class="screen">연계 산단 <code>코드</code></p>
				</body></html>
				""";
		try (PDDocument document = Loader.loadPDF(this.renderer.render(html, null))) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			assertThat(stripper.getText(document)).contains("1.", "거점 산단", "연계 산단 코드", "1 / 1 쪽");
			assertThat(fonts(document)).allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("NanumGothic");
			});
		}
	}

	@Test
	void remoteResourcesAreNotFetched() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			String remote = "127.0.0.1:" + server.getLocalPort();
			String html = """
					<!DOCTYPE html><html><head>
					<link rel="stylesheet" href="http://%1$s/print.css">
					<link rel="stylesheet" href="//%1$s/print.css">
					<style>@import url("http://%1$s/import.css");</style>
					</head><body>
					<p>로고 없이도 렌더링</p>
					<img src="http://%1$s/logo.png" alt="로고">
					<img src="https://%1$s/logo.png" alt="로고">
					<img src="file:///etc/hostname" alt="file">
					</body></html>
					""".formatted(remote);

			byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> this.renderer.render(html, null));

			server.setSoTimeout(300);
			assertThat(connectionAttempted(server)).as("a connection to the loopback server").isFalse();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("로고 없이도 렌더링");
			}
		}
	}

	@Test
	void onlyPathsInsideTheBaseFolderResolve() {
		assertThat(resolve("/css/print.css")).isEqualTo("classpath:/static/css/print.css");
		assertThat(resolve("css/print.css?v=2")).isEqualTo("classpath:/static/css/print.css");
		assertThat(resolve("../application.properties")).isNull();
		assertThat(resolve("classpath:/application.properties")).isNull();
		assertThat(resolve("http://127.0.0.1/a.css")).isNull();
		assertThat(resolve("//127.0.0.1/a.css")).isNull();
		assertThat(resolve("file:///etc/passwd")).isNull();
		assertThat(resolve("data:image/png;base64,AAAA")).startsWith("data:image/png");
	}

	@Test
	void stylesheetsResolveTheirOwnRelativeUrls() {
		assertThat(PdfRenderer.resolve(PdfRenderer.STATIC_ROOT, "classpath:/static/css/print.css", "../img/logo.png"))
			.isEqualTo("classpath:/static/img/logo.png");
		assertThat(PdfRenderer.resolve(PdfRenderer.STATIC_ROOT, "classpath:/static/#inline_style_2", "img/a.png"))
			.isEqualTo("classpath:/static/img/a.png");
	}

	private static String resolve(String uri) {
		return PdfRenderer.resolve(PdfRenderer.STATIC_ROOT, PdfRenderer.STATIC_ROOT, uri);
	}

	private static boolean connectionAttempted(ServerSocket server) throws IOException {
		try (Socket ignored = server.accept()) {
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}

}
