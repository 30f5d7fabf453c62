package kr.go.sandan.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a Thymeleaf page as a PDF download: the same template, messages and beans as
 * the page (so page and PDF cannot drift apart), written to HTML and handed to the
 * {@link PdfRenderer}.
 */
@Component
public class PdfViews {

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final ApplicationContext context;

	PdfViews(ITemplateEngine templates, PdfRenderer renderer, ApplicationContext context) {
		this.templates = templates;
		this.renderer = renderer;
		this.context = context;
	}

	/**
	 * The template rendered with the model as a PDF attachment named {@code fileName}.
	 */
	public ResponseEntity<byte[]> render(String template, Map<String, Object> model, String fileName, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		WebContext web = new WebContext(exchange, locale, model);
		web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		byte[] pdf = this.renderer.render(this.templates.process(template, web), null);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

}
