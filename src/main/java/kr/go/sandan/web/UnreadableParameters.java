package kr.go.sandan.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request parameters Tomcat cannot read answer at once, before any filter needs them:
 * <ul>
 * <li>a query string or form body that is not UTF-8 ({@code ?call=%C0%AF},
 * {@code %ED%A0%80}): a plain 400 in Korean and English;</li>
 * <li>a body beyond Tomcat's limits (an upload over {@code max-file-size} or
 * {@code max-request-size}, a form over {@code max-http-form-post-size}, more fields than
 * {@code max-parameter-count}): the bilingual 413 page
 * ({@code templates/error/413-request.html}), read once at start-up.</li>
 * </ul>
 * Tomcat 11 throws when such parameters are first read, wherever that is (the CSRF filter
 * for every post, the language switch), and again while rendering the error page: without
 * this filter each such request logged two server errors and answered a blank page — an
 * upload too large never reached Spring's {@code MaxUploadSizeExceededException}
 * (MockMvc, which has no such limits, did not show it). Reading them here is no extra
 * work: the CSRF filter reads every post's parameters anyway.
 */
public class UnreadableParameters extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnreadableParameters.class);

	private static final byte[] REFUSAL = ("주소에 읽을 수 없는 글자가 있습니다. 주소를 확인해 주세요.\n"
			+ "The address holds characters that cannot be read. Please check it.\n")
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] BODY_REFUSAL = ("보낸 내용에 읽을 수 없는 글자가 있어 아무것도 저장하지 않았습니다. 뒤로 가서 다시 보내 주세요.\n"
			+ "The form sent holds characters that cannot be read, so nothing was saved. Go back and send it again.\n")
		.getBytes(StandardCharsets.UTF_8);

	private final byte[] tooLarge;

	public UnreadableParameters() {
		try (InputStream in = new ClassPathResource("templates/error/413-request.html").getInputStream()) {
			this.tooLarge = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The request-too-large page is missing", ex);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
		if ((read && request.getQueryString() != null) || (!read && request.getContentType() != null)) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException ex) {
				int status = (ex instanceof InvalidParameterException invalid) ? invalid.getErrorCode() : 400;
				log.debug("Unreadable parameters of {} {} ({}): {}", request.getMethod(), request.getRequestURI(),
						status, ex.getMessage());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				if (status == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
					PlainAnswer.write(response, HttpStatus.PAYLOAD_TOO_LARGE, MediaType.TEXT_HTML, this.tooLarge);
				}
				else {
					PlainAnswer.write(response, HttpStatus.BAD_REQUEST, MediaType.TEXT_PLAIN,
							read ? REFUSAL : BODY_REFUSAL);
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
