package kr.go.sandan.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;

import kr.go.sandan.complex.Complexes;
import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.district.PublicFiguresHtml;
import kr.go.sandan.support.WorkflowTestSupport;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.RenderedHtml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's page for a reader who does not follow the plan is written in Java, without the
 * template engine (issue 18: {@link PlanPageHtml#readerContent}), from facts read by one
 * statement without the plan's record ({@link PublicPlanReads}); readers who follow it
 * read the record. The two reads must not drift apart: for every published plan, in
 * Korean and English, the public's page is the same, byte for byte, as the page written
 * for the same reader from the record (as the ministry's page is).
 */
class PlanReaderPageTest extends WorkflowTestSupport {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private JavaPages pages;

	@Autowired
	private PlanCatalog catalog;

	@Autowired
	private PlanReview review;

	@Autowired
	private PlanContentViews views;

	@Autowired
	private Complexes complexes;

	@Autowired
	private PlanPageHtml parts;

	@Autowired
	private DistrictViews districts;

	@Autowired
	private PublicFiguresHtml figuresHtml;

	@Autowired
	private MessageSource messages;

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void thePublicReadsWhatTheRecordGivesIt() throws Exception {
		// a published district with a verified actual of an accepted report, besides the
		// release's plans
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long district = districts.designated(2959, "ULSAN", "울산광역시", LocalDate.of(2960, 1, 1),
				LocalDate.of(2962, 12, 31), 2, 1);
		districts.published(district);
		districts.acceptedReport(district, 1, LocalDate.of(2961, 3, 1), "1차년도 성과 <서술> & 검증");
		// its steps: some the public knows (the submission; the decision of a published
		// meeting, undated), some it does not (the evaluation; a decision not yet
		// published; a designation recorded without its meeting)
		long publishedMeeting = this.jdbc.queryForObject("""
				insert into committee_meeting (held_on, title, round_id, kind, published_at)
				select date '2959-12-01', '최종 확정 <위원회> & 공개', r.id, 'FINAL_CONFIRMATION', now()
				from program_round r where r.year = 2959 returning id""", Long.class);
		long unpublished = this.jdbc.queryForObject("""
				insert into committee_meeting (held_on, title, round_id, kind)
				select date '2959-09-01', '예비선정 (미공개)', r.id, 'PRELIMINARY_SELECTION'
				from program_round r where r.year = 2959 returning id""", Long.class);
		this.jdbc.update("""
				insert into plan_status_event (plan_id, status, occurred_on, meeting_id, note) values
				  (?, 'SUBMITTED', date '2959-06-01', null, '제출 "원본"'),
				  (?, 'UNDER_EVALUATION', date '2959-07-01', null, '평가 중'),
				  (?, 'PRELIMINARILY_SELECTED', date '2959-09-01', ?, '비공개 결정'),
				  (?, 'CONFIRMED', null, ?, '최종 확정'),
				  (?, 'DESIGNATED', date '2959-12-20', null, '지정')""", district, district, district, unpublished,
				district, publishedMeeting, district);
		// milestones: the submission's and the copy's the public may open, not the one of
		// the decision it does not know yet
		this.jdbc.update("""
				insert into plan_milestone (plan_id, kind, taken_at, content)
				select ?, k.kind, m.taken_at - k.days * interval '1 day', m.content
				from plan_milestone m, (values ('SUBMITTED', 90), ('PRELIMINARILY_SELECTED', 30)) k (kind, days)
				where m.plan_id = ? and m.kind = 'CONFIRMED'""", district, district);
		List<Long> published = this.jdbc
			.queryForList("select id from innovation_plan where published_on is not null order by id", Long.class);
		assertThat(published).isNotEmpty();
		Set<String> seen = new HashSet<>();
		for (long id : published) {
			for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
				String java = this.mvc.perform(get("/plans/" + id).param("lang", locale.getLanguage()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				assertThat(java).as("plan %d in %s", id, locale).isEqualTo(fromRecord(id, locale));
				// what the pages compared held
				if (java.contains("id=\"district-figures\"")) {
					seen.add("figures");
				}
				if (java.contains("id=\"milestones\"")) {
					seen.add("milestones");
				}
				if (java.contains("class=\"note\"")) {
					seen.add("source note");
				}
				if (java.contains("id=\"district-period\"")) {
					seen.add("district period");
				}
				if (java.contains("(현재 명칭: ") || java.contains("(now: ")) {
					seen.add("renamed region");
				}
				if (java.contains("<span class=\"muted\">· ")) {
					seen.add("meeting");
				}
			}
		}
		assertThat(seen).contains("milestones", "source note", "district period", "figures", "renamed region",
				"meeting");
		// the district's page: the steps and milestones the public knows, nothing else
		Document page = Jsoup.parse(this.mvc.perform(get("/plans/" + district))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("ol.timeline > li .krds-badge").eachText()).containsExactly("예비접수", "최종 확정");
		assertThat(page.select("ol.timeline").text()).doesNotContain("비공개", "평가 중", "미공개")
			.contains("제출 \"원본\"", "일자 미기재", "· 최종 확정 <위원회> & 공개");
		assertThat(page.select("#milestones a").eachAttr("href")).containsExactly(
				"/plans/" + district + "/milestones/SUBMITTED", "/plans/" + district + "/milestones/CONFIRMED");
	}

	@Test
	void aSignedInReaderWhoDoesNotFollowThePlanHasTheFrameAndTheMessageOfWhatTheyDid() throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from innovation_plan where published_on is not null",
				Long.class);
		// the message a redirect after a change leaves (DispatcherServlet puts it there
		// from
		// the session)
		Document page = Jsoup.parse(this.mvc
			.perform(get("/plans/" + id).with(this.accounts.as("evaluator"))
				.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Map.of("flashMessage", "plan.withdraw.done")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.selectFirst(".portal-user-name").text()).isEqualTo("외부 평가위원 (데모)");
		assertThat(page.selectFirst("form[action=/logout] input[name=_csrf]").val()).isNotBlank();
		assertThat(page.selectFirst("main > .portal-alert.success[role=status]").text())
			.isEqualTo(this.messages.getMessage("plan.withdraw.done", null, Locale.KOREAN));
		// what the public reads: no workflow, no form
		assertThat(page.select("#workflow-section, main form")).isEmpty();
		assertThat(page.selectFirst("main h1").text()).isNotBlank();
	}

	/** The public's page written from the plan's record, as the ministry's is. */
	private String fromRecord(long id, Locale locale) throws Exception {
		SecurityContextHolder.clearContext();
		MockHttpServletRequest request = new MockHttpServletRequest(this.context.getServletContext(), "GET",
				"/plans/" + id);
		request.setQueryString("lang=" + locale.getLanguage());
		request.setParameter("lang", locale.getLanguage());
		request.setPreferredLocales(List.of(locale));
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, this.context);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		PlanCatalog.PlanReading reading = this.catalog.plan(id, null).orElseThrow();
		Set<PlanStatus> known = new HashSet<>(reading.history().stream().map(PlanStatusEvent::getStatus).toList());
		known.add(reading.publicKind());
		List<PlanMilestones.Milestone> milestones = this.review.milestones(id)
			.stream()
			.filter((milestone) -> known.contains(milestone.kind()))
			.toList();
		RenderedHtml sections = this.views.sections(this.views.of(reading.content(), locale),
				this.complexes.rows(reading.content().complexIds()), locale);
		// the page as written from the plan's record
		PlanFacts facts = PlanFacts.of(reading);
		DistrictViews.PublicFigures figures = this.districts.publicFigures(id).orElse(null);
		View view = this.pages.page(
				HtmlWriter.message(this.messages, locale, "plan.title", facts.regionNameIn(locale), facts.roundYear()),
				this.parts.readerContent(facts, sections,
						(figures != null) ? this.figuresHtml.kept(figures, locale) : null, milestones, locale));
		MockHttpServletResponse response = new MockHttpServletResponse();
		view.render(Map.of(), request, response);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
