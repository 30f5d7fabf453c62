package kr.go.sandan.cache;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.SqlStatements;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public pages are served again without queries to anonymous visitors, and never a page
 * that is out of date, signed-in, or in another language. The ranking board is served
 * again to the session that read it, and to no other.
 */
class PublicPageCacheTest extends WorkflowTestSupport {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Autowired
	AuditLog audit;

	@Autowired
	PlatformTransactionManager transactionManager;

	/**
	 * Any change a page may show (every change is audited; here one that belongs to no
	 * round) makes pages stale.
	 */
	private void somethingChanges() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult(
				(status) -> this.audit.record(AuditEntry.of("COMPLEX_PUBLISHED", "complex", 0, null, null)));
	}

	@Test
	void anAnonymousVisitorGetsTheSamePageWithoutQueriesUntilSomethingChanges() throws Exception {
		SqlStatements sql = new SqlStatements(this.entityManagerFactory);
		somethingChanges();
		var rendered = this.mvc.perform(get("/complexes")).andReturn().getResponse();
		assertThat(rendered.getHeader("X-Page-Cache")).isEqualTo("miss");
		String[] again = new String[2];
		assertThat(sql.count(() -> again[0] = body(get("/complexes")))).isZero();
		assertThat(again[0]).isEqualTo(rendered.getContentAsString());
		// a fresh render on demand (a browser's hard reload)
		assertThat(sql.count(() -> body(get("/complexes").header("Cache-Control", "no-cache")))).isPositive();

		somethingChanges();
		assertThat(sql.count(() -> again[1] = body(get("/complexes")))).isPositive();
	}

	@Test
	void aHeadIsAnsweredFromTheKeptPageAndNeverKeepsOne() throws Exception {
		SqlStatements sql = new SqlStatements(this.entityManagerFactory);
		somethingChanges();
		// asked first by HEAD (an uptime check): rendered, and nothing kept of it
		MockHttpServletResponse first = this.mvc.perform(head("/complexes?page=2")).andReturn().getResponse();
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader("X-Page-Cache")).isEqualTo("miss");
		MockHttpServletResponse page = this.mvc.perform(get("/complexes?page=2")).andReturn().getResponse();
		assertThat(page.getHeader("X-Page-Cache")).isEqualTo("miss");
		assertThat(page.getContentAsString()).contains("</html>");
		// then answered from the page a GET kept: its headers, no body, no statement
		MockHttpServletResponse[] again = new MockHttpServletResponse[1];
		assertThat(sql.count(() -> again[0] = this.mvc.perform(head("/complexes?page=2")).andReturn().getResponse()))
			.isZero();
		assertThat(again[0].getStatus()).isEqualTo(200);
		assertThat(again[0].getHeader("X-Page-Cache")).isEqualTo("hit");
		assertThat(again[0].getContentType()).isEqualTo(page.getContentType());
		assertThat(again[0].getContentLength()).isEqualTo(page.getContentAsByteArray().length);
		assertThat(again[0].getContentAsByteArray()).isEmpty();
		// and the kept page is still whole for the next GET
		assertThat(body(get("/complexes?page=2"))).isEqualTo(page.getContentAsString());
	}

	@Test
	void theAnnouncementPdfIsKeptAsItsPageIs() throws Exception {
		long gyeonggi = this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = 2021 and g.code = 'GYEONGGI'""", Long.class);
		SqlStatements sql = new SqlStatements(this.entityManagerFactory);
		somethingChanges();
		var rendered = this.mvc.perform(get("/plans/" + gyeonggi + "/announcement.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(rendered.getHeader("X-Page-Cache")).isEqualTo("miss");
		var kept = new MockHttpServletResponse[1];
		assertThat(sql.count(() -> kept[0] = this.mvc.perform(get("/plans/" + gyeonggi + "/announcement.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse())).isZero();
		assertThat(kept[0].getHeader("X-Page-Cache")).isEqualTo("hit");
		assertThat(kept[0].getContentType()).isEqualTo("application/pdf");
		assertThat(kept[0].getHeader("Content-Disposition")).isEqualTo(rendered.getHeader("Content-Disposition"))
			.contains("attachment", ".pdf");
		assertThat(kept[0].getContentAsByteArray()).isEqualTo(rendered.getContentAsByteArray());
	}

	@Test
	void signedInReadersAndOtherLanguagesNeverShareAnAnonymousPage() throws Exception {
		long round = this.jdbc.queryForObject("select id from program_round where year = 2021", Long.class);
		String anonymous = body(get("/rounds/" + round));
		assertThat(body(get("/rounds/" + round))).isEqualTo(anonymous);
		// signed in: the page names the person
		String signedIn = body(get("/rounds/" + round).with(this.accounts.as("ministry")));
		assertThat(signedIn).contains("로그아웃").isNotEqualTo(anonymous);
		assertThat(body(get("/rounds/" + round))).doesNotContain("로그아웃");
		// English, by the language cookie, is kept apart from Korean
		String english = body(get("/rounds/" + round).cookie(new Cookie("PORTAL_LANG", "en")));
		assertThat(english).contains("lang=\"en\"");
		// the window title: the page's, then the portal's, in the reader's language
		assertThat(org.jsoup.Jsoup.parse(anonymous).title()).isEqualTo("2021년 2차 · 산업단지 대개조 포털");
		assertThat(org.jsoup.Jsoup.parse(english).title()).endsWith(" · Industrial Complex Grand Renovation Portal")
			.startsWith("2021");
		assertThat(body(get("/rounds/" + round))).contains("lang=\"ko\"");
		assertThat(body(get("/rounds/" + round).cookie(new Cookie("PORTAL_LANG", "en")))).contains("lang=\"en\"");
	}

	@Test
	void eachFilterIsItsOwnPage() throws Exception {
		String all = body(get("/complexes"));
		assertThat(body(get("/complexes"))).isEqualTo(all);
		assertThat(body(get("/complexes").param("type", "NATIONAL"))).isNotEqualTo(all);
		// an unknown type is left out (and named): another page than the list of all
		assertThat(body(get("/complexes").param("type", "NOPE"))).isNotEqualTo(all).contains("알 수 없는 조건");
	}

	@Test
	void pagesThatAreNotFoundAreNotKept() throws Exception {
		this.mvc.perform(get("/plans/999999998")).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/999999998")).andExpect(status().isNotFound());
	}

	private Cookie signIn(String username) throws Exception {
		return this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", Accounts.DEMO_PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private org.springframework.mock.web.MockHttpServletResponse board(long call, Cookie session) throws Exception {
		return this.mvc.perform(get("/ministry/calls/" + call + "/evaluation/ranking").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	@Test
	void theRankingBoardIsKeptForTheSessionThatReadItUntilSomethingChanges() throws Exception {
		this.evaluations.closedCallWithPlans(2067, "region-busan");
		long call = this.evaluations.callOfYear(2067);
		// not the demo evaluator: other tests expect them to have nothing assigned
		this.evaluations.evaluator("eval67", "평가위원 67", null, null);
		this.evaluations.panel(call, "eval67");
		Cookie first = signIn("ministry");
		Cookie second = signIn("ministry");

		// right after signing in the session has no CSRF token yet: this page makes it
		assertThat(board(call, first).getHeader("X-Page-Cache")).isNull();
		assertThat(board(call, second).getHeader("X-Page-Cache")).isNull();
		var rendered = board(call, first);
		assertThat(rendered.getHeader("X-Page-Cache")).isEqualTo("miss");
		var again = board(call, first);
		assertThat(again.getHeader("X-Page-Cache")).isEqualTo("hit");
		assertThat(again.getContentAsString()).isEqualTo(rendered.getContentAsString()).contains("로그아웃");
		// another session has its own CSRF token in the sign-out form: never the first
		// one's page
		var other = board(call, second);
		assertThat(other.getHeader("X-Page-Cache")).isEqualTo("miss");
		assertThat(board(call, second).getHeader("X-Page-Cache")).isEqualTo("hit");

		somethingChanges();
		assertThat(board(call, first).getHeader("X-Page-Cache")).isEqualTo("miss");
		// nobody else's role gets in: an evaluator's session is refused before the cache
		this.mvc.perform(get("/ministry/calls/" + call + "/evaluation/ranking").cookie(signIn("evaluator")))
			.andExpect(status().isForbidden());
	}

}
