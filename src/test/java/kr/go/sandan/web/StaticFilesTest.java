package kr.go.sandan.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's style sheets and KRDS's files are kept by browsers and asked for again
 * only when changed (issue 18), with the site's security headers; pages are never kept.
 */
@PortalTest
class StaticFilesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aBrowserKeepsAStaticFileAndAsksWhetherItChanged() throws Exception {
		for (String path : new String[] { "/css/portal.css", "/vendor/krds/css/token/krds_tokens.css" }) {
			MockHttpServletResponse first = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(path).isEqualTo("no-cache");
			assertThat(first.getHeader(HttpHeaders.PRAGMA)).as(path).isNull();
			assertThat(first.getHeader("Content-Security-Policy")).as(path).isNotBlank();
			assertThat(first.getContentLength()).as(path).isPositive();
			String modified = first.getHeader(HttpHeaders.LAST_MODIFIED);
			assertThat(modified).as(path).isNotBlank();
			// unchanged since: no body again
			MockHttpServletResponse again = this.mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, modified))
				.andExpect(status().isNotModified())
				.andReturn()
				.getResponse();
			assertThat(again.getContentAsByteArray()).as(path).isEmpty();
		}
	}

	@Test
	void aPageIsNeverKeptAndAMissingFileIsNotFound() throws Exception {
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
			.contains("no-store");
		this.mvc.perform(get("/vendor/krds/no-such-file.js")).andExpect(status().isNotFound());
		this.mvc.perform(get("/css/no-such-file.css")).andExpect(status().isNotFound());
	}

}
