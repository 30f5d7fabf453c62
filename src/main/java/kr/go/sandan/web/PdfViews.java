package kr.go.sandan.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf page as a PDF download: the same template, messages and beans as
 * the page (so page and PDF cannot drift apart), written to HTML and handed to the
 * {@link PdfRenderer}.
 */
@Component
public class PdfViews {

	private final TemplateRendering templates;

	private final PdfRenderer renderer;

	PdfViews(TemplateRendering templates, PdfRenderer renderer) {
		this.templates = templates;
		this.renderer = renderer;
	}

	/**
	 * The template rendered with the model as a PDF attachment named {@code fileName}.
	 */
	public ResponseEntity<byte[]> render(String template, Map<String, Object> model, String fileName, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		byte[] pdf = this.renderer
			.render(this.templates.render(template, java.util.Set.of(), model, locale, request, response), null);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

}
