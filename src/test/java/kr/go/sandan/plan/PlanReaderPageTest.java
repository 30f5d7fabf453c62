package kr.go.sandan.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
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
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import kr.go.sandan.complex.Complexes;
import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.district.PublicFiguresHtml;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's page for a reader who does not follow the plan is written in Java, without the
 * template engine (issue 18: {@link PlanPageHtml#readerContent}); readers who follow it
 * keep {@code plans/detail}, which also has the forms. The two must not drift apart: for
 * every published plan, in Korean and English, the public's page is the same, byte for
 * byte, as the template writes for the same reader.
 */
class PlanReaderPageTest extends WorkflowTestSupport {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private ThymeleafViewResolver thymeleaf;

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
	void thePublicReadsWhatTheTemplateWritesForIt() throws Exception {
		// a published district with a verified actual of an accepted report, besides the
		// release's plans
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long district = districts.designated(2959, "ULSAN", "울산광역시", LocalDate.of(2960, 1, 1),
				LocalDate.of(2962, 12, 31), 2, 1);
		districts.published(district);
		districts.acceptedReport(district, 1, LocalDate.of(2961, 3, 1), "1차년도 성과 <서술> & 검증");
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
				assertThat(java).as("plan %d in %s", id, locale).isEqualTo(template(id, locale));
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
			}
		}
		assertThat(seen).contains("milestones", "source note", "district period", "figures");
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

	/** The page {@code plans/detail} writes for the public, as the controller used to. */
	private String template(long id, Locale locale) throws Exception {
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
		Map<String, Object> model = new HashMap<>();
		model.put("plan", reading.plan());
		model.put("reading", reading);
		model.put("planContent", reading.content());
		model.put("canFollow", false);
		model.put("planSectionsHtml", this.views.sections(this.views.of(reading.content(), locale),
				this.complexes.rows(reading.content().complexIds()), locale));
		model.put("milestones", milestones);
		model.put("planHeadingHtml", this.parts.heading(reading, false, false, locale));
		model.put("milestonesHtml", this.parts.milestones(id, milestones, locale));
		model.put("historyHtml", this.parts.history(reading.history(), locale));
		DistrictViews.PublicFigures figures = this.districts.publicFigures(id).orElse(null);
		model.put("districtFigures", figures);
		if (figures != null) {
			model.put("districtFiguresHtml", this.figuresHtml.kept(figures, locale));
		}
		View view = this.thymeleaf.resolveViewName("plans/detail", locale);
		MockHttpServletResponse response = new MockHttpServletResponse();
		view.render(model, request, response);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
