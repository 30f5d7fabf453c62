package kr.go.sandan.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutModel {

	/** The current page in the other language: the language switch links here. */
	@ModelAttribute("koreanUrl")
	String koreanUrl(HttpServletRequest request) {
		return withLanguage(request, "ko");
	}

	@ModelAttribute("englishUrl")
	String englishUrl(HttpServletRequest request) {
		return withLanguage(request, "en");
	}

	private static String withLanguage(HttpServletRequest request, String language) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
			.query(request.getQueryString())
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
