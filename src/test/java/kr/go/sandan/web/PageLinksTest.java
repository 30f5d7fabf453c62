package kr.go.sandan.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** Page links keep the list's filters and replace only the page. */
class PageLinksTest {

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void anotherPageKeepsTheFilters() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/audit");
		request.setQueryString("actor=ministry&action=LOGIN_FAILED&page=3");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		assertThat(new PageLinks().to(4)).isEqualTo("/audit?actor=ministry&action=LOGIN_FAILED&page=4");
	}

	@Test
	void aListWithoutFiltersGetsJustThePage() {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", "/complexes")));
		assertThat(new PageLinks().to(2)).isEqualTo("/complexes?page=2");
	}

}
