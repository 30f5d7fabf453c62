package kr.go.sandan.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.account.AccountUserDetailsService;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The frame of every page (head, header, menu, footer) is written once per language by
 * {@link LayoutModel}, not by the template engine at every page: what is personal in it
 * stays personal and right (the reader's name escaped, the sign-out form's CSRF token,
 * the menu by role, the language links of the page being read).
 */
@PortalTest
class LayoutFrameTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountUserDetailsService users;

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anAnonymousReaderGetsTheSignInLinkAndThePublicMenuInTheirLanguage() throws Exception {
		Document korean = Jsoup.parse(html(get("/complexes?region=GYEONGGI&lang=ko")));
		assertThat(korean.select("html").attr("lang")).isEqualTo("ko");
		assertThat(korean.title()).isEqualTo(korean.select("h1").text() + " · 산업단지 대개조 포털");
		assertThat(korean.select(".portal-user")).isEmpty();
		assertThat(korean.select(".portal-tools a.krds-btn").attr("href")).isEqualTo("/login");
		assertThat(korean.select(".portal-nav a").eachAttr("href")).containsExactly("/", "/#rounds", "/regions",
				"/complexes", "/plans", "/calls", "/dashboard", "/map", "/open-data");
		// the page itself in either language, its query kept
		assertThat(korean.select(".portal-lang a").eachAttr("href"))
			.containsExactly("/complexes?region=GYEONGGI&lang=ko", "/complexes?region=GYEONGGI&lang=en");
		assertThat(korean.select(".portal-lang a[aria-current]").text()).isEqualTo("한국어");
		assertThat(korean.select("footer p")).hasSize(2);

		Document english = Jsoup.parse(html(get("/complexes?lang=en")));
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(english.select(".portal-lang a[aria-current]").text()).isEqualTo("English");
		assertThat(english.select(".portal-lang a").eachAttr("href")).containsExactly("/complexes?lang=ko",
				"/complexes?lang=en");
		assertThat(english.select(".portal-tools a.krds-btn").text()).isEqualTo("Sign in");
		assertThat(english.select("#krds-skip-link a").text()).doesNotContainPattern("[가-힣]");
	}

	@Test
	void aSignedInReaderSeesTheirOwnNameEscapedAndAWorkingSignOutForm() throws Exception {
		this.jdbc
			.update("""
					insert into account (username, display_name, password_hash, enabled)
					values ('p18-layout-admin', '관리 <b>&"담당"</b>', '{noop}unused-in-tests', true) on conflict do nothing""");
		this.jdbc.update("""
				insert into account_role (account_id, role) select id, 'ADMIN' from account
				where username = 'p18-layout-admin' on conflict do nothing""");
		Accounts accounts = new Accounts(this.users);
		String page = html(get("/complexes").with(accounts.as("p18-layout-admin")).with(csrf()));
		assertThat(page).contains("관리 &lt;b&gt;&amp;&quot;담당&quot;&lt;/b&gt;");
		Document admin = Jsoup.parse(page);
		assertThat(admin.select(".portal-user-name").text()).isEqualTo("관리 <b>&\"담당\"</b>");
		assertThat(admin.select("form[action=/logout] input[name=_csrf]").attr("value")).isNotBlank();
		assertThat(admin.select(".portal-nav a").eachAttr("href")).endsWith("/me", "/admin/accounts", "/audit")
			.doesNotContain("/ministry/calls");

		Document ministry = Jsoup.parse(html(get("/complexes").with(accounts.as("ministry")).with(csrf())));
		assertThat(ministry.select(".portal-nav a").eachAttr("href")).endsWith("/me", "/ministry/calls", "/audit")
			.doesNotContain("/admin/accounts");
		assertThat(ministry.select(".portal-tools a.krds-btn")).isEmpty();
		// two readers, two tokens: nothing personal is kept in the shared frame
		assertThat(ministry.select("form[action=/logout] input[name=_csrf]").attr("value"))
			.isNotEqualTo(admin.select("form[action=/logout] input[name=_csrf]").attr("value"));
	}

}
