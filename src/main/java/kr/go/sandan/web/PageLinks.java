package kr.go.sandan.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of a paged list that keep the list's filters: the current
 * request's path and query with another {@code page}. Used by the pagination fragment as
 * {@code ${@pageLinks.upTo(n)}} (link attributes may not call beans).
 */
@Component("pageLinks")
public class PageLinks {

	/** Links to pages 1 to {@code min(totalPages, 20)}. */
	public java.util.List<String> upTo(int totalPages) {
		return java.util.stream.IntStream.rangeClosed(1, Math.min(totalPages, 20)).mapToObj(this::to).toList();
	}

	public String to(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("lang")) {
				link.queryParam(name, (Object[]) values);
			}
		});
		return link.queryParam("page", page).encode().build().toUriString();
	}

}
