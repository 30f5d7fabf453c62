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
		request.addParameter("actor", "ministry");
		request.addParameter("action", "LOGIN_FAILED");
		request.addParameter("page", "3");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		assertThat(new PageLinks().to(4)).isEqualTo("/audit?actor=ministry&action=LOGIN_FAILED&page=4");
	}

	@Test
	void koreanFilterValuesAreEncoded() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/audit");
		request.addParameter("actor", "김담당");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		assertThat(new PageLinks().to(2)).isEqualTo("/audit?actor=%EA%B9%80%EB%8B%B4%EB%8B%B9&page=2");
	}

	@Test
	void aListWithoutFiltersGetsJustThePage() {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", "/complexes")));
		assertThat(new PageLinks().to(2)).isEqualTo("/complexes?page=2");
	}

}
