package kr.go.sandan.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of a paged list that keep the list's filters: the current
 * request's path and query with another {@code page}. Used by the pagination fragment as
 * {@code ${@pageLinks.to(n)}}.
 */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return UriComponentsBuilder.fromPath(path)
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

}
