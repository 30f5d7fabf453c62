package kr.go.sandan.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page links written in Java ({@link PaginationHtml}: complexes) print what
 * {@code fragments/pagination.html} prints (the audit trail and the accounts still use
 * it): one page, a few, more than twenty, the current one first, middle and last, the
 * filters kept in each link, Korean and English.
 */
@PortalTest
class PaginationHtmlTest {

	@Autowired
	ITemplateEngine templates;

	@Autowired
	MessageSource messages;

	@Autowired
	PageLinks links;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void pageLinksPrintWhatTheirFragmentPrints() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/complexes");
		request.addParameter("region", "GYEONGNAM");
		request.addParameter("name", "창원 <b>");
		request.addParameter("page", "2");
		request.addParameter("lang", "en");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		int checked = 0;
		for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
			for (int total : new int[] { 0, 1, 50, 51, 120, 2000 }) {
				int pages = Math.max(1, (total + 49) / 50);
				for (int number : new int[] { 0, pages / 2, pages - 1 }) {
					Page<String> page = new PageImpl<>(List.of(), PageRequest.of(number, 50), total);
					HtmlWriter out = new HtmlWriter(this.messages, locale);
					PaginationHtml.pages(out, page, this.links);
					Context context = new Context(locale, Map.of("page", page));
					// @pageLinks: beans resolved as in a web request
					context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
							new ThymeleafEvaluationContext(this.context, null));
					String template = this.templates.process("fragments/pagination", Set.of("pages"), context);
					assertThat(out.toString()).as("%d of %d, %s", number, total, locale).isEqualTo(template.strip());
					checked += out.toString().isEmpty() ? 0 : 1;
				}
			}
		}
		// the comparison compares links: the current page marked, the filters kept
		HtmlWriter out = new HtmlWriter(this.messages, Locale.KOREAN);
		PaginationHtml.pages(out, new PageImpl<>(List.of(), PageRequest.of(2, 50), 120), this.links);
		assertThat(out.toString())
			.contains("aria-current=\"page\"\n       href=\"/complexes?region=GYEONGNAM&amp;name=")
			.contains(">3</a>")
			.doesNotContain("lang=");
		assertThat(checked).isGreaterThan(10);
	}

}
