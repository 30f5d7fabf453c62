package kr.go.sandan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page asked for with a query string that is not UTF-8 ({@code ?call=%C0%AF}) answers a
 * plain 400 in Korean and English. Tomcat 11 throws when such parameters are first read,
 * wherever that is (the language switch, the security filters), and again while rendering
 * the error page; without this filter each such request logged two server errors for what
 * is the client's mistake. Only requests without a body are read here early: a form's
 * body (a document upload above all) is left to Spring, whose size limits answer with
 * their own page.
 */
public class UnreadableParameters extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnreadableParameters.class);

	private static final byte[] REFUSAL = ("주소에 읽을 수 없는 글자가 있습니다. 주소를 확인해 주세요.\n"
			+ "The address holds characters that cannot be read. Please check it.\n")
		.getBytes(StandardCharsets.UTF_8);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getQueryString() != null
				&& (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException ex) {
				log.debug("Unreadable query string of {}: {}", request.getRequestURI(), ex.getMessage());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				PlainAnswer.write(response, HttpStatus.BAD_REQUEST, MediaType.TEXT_PLAIN, REFUSAL);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
