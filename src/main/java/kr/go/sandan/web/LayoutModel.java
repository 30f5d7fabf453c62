package kr.go.sandan.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout needs of the request: the current page in the other language,
 * for the language switch (the layout's {@code th:with}; link attributes may not call
 * beans). Worked out only when a page with the layout is rendered, not for every handler
 * (it was a model attribute of every request, {@code /ping} and every POST included).
 */
@Component("layout")
public class LayoutModel {

	/** The current page in the given language. */
	public String languageUrl(String language) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
			.query(request.getQueryString())
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
