package kr.go.sandan.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a template, or some of its fragments, to a string in the current request: the
 * same messages, beans ({@code @numbers}) and links as a page. Not for forms: Spring's
 * request context is not set up, so a {@code th:action} gets no CSRF token (the PDF
 * summary and the shared ranking board have none, and the board must not have one).
 */
@Component
public class TemplateRendering {

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	TemplateRendering(ITemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	/**
	 * Renders a template that reads nothing of a request (no links, forms or session) to
	 * a string: the same messages and beans as a page, in the given language.
	 */
	public String renderApart(String template, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, model);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		return this.templates.process(template, context);
	}

	/**
	 * @param selectors the fragments to render, or an empty set for the whole template
	 */
	public String render(String template, Set<String> selectors, Map<String, Object> model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		WebContext web = new WebContext(exchange, locale, model);
		web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		return selectors.isEmpty() ? this.templates.process(template, web)
				: this.templates.process(template, selectors, web);
	}

}
