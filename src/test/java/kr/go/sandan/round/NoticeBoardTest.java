package kr.go.sandan.round;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public notice board of calls (issue #17): announced calls with their period,
 * notice, required documents, files and contact, read by anyone; the ministry's
 * corrections, extensions and early closes read by everybody and told to every region; a
 * call's state read from its dates; buttons that say why they cannot act yet.
 */
class NoticeBoardTest extends WorkflowTestSupport {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	/**
	 * A call of the year prepared (not announced) by a ministry officer, with a contact.
	 */
	private long prepare(int year, LocalDateTime opensAt, LocalDateTime closesAt) throws Exception {
		MockHttpServletRequestBuilder request = post("/ministry/calls").with(csrf())
			.with(this.accounts.as("ministry"))
			.param("year", String.valueOf(year))
			.param("ordinal", String.valueOf(year - 2000))
			.param("plannedDesignations", "5")
			.param("opensAt", opensAt.format(LOCAL))
			.param("closesAt", closesAt.format(LOCAL))
			.param("notice", year + "년 산업단지 대개조 지역선정 공모를 다음과 같이 공고합니다.")
			.param("requiredAttachments", "산단혁신계획서\n지자체 추진의지 확인서")
			.param("contact", "국토교통부 산업입지정책과 044-201-0000")
			.param("indicators[0].name", "혁신계획 타당성")
			.param("indicators[0].weight", "100")
			.param("indicators[0].description", "");
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
		return this.evaluations.callOfYear(year);
	}

	private void announce(long call) throws Exception {
		this.mvc
			.perform(post("/ministry/calls/" + call + "/open").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", String.valueOf(version(call))))
			.andExpect(flash().attribute("flashMessage", "call.opened"));
	}

	private long version(long call) {
		return this.jdbc.queryForObject("select version from proposal_call where id = ?", Long.class, call);
	}

	private Document read(RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private MockMultipartHttpServletRequestBuilder attach(long call, String kind, String title, String name,
			byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/ministry/calls/" + call + "/files")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content));
		request.param("kind", kind).param("title", title).with(csrf()).with(this.accounts.as("ministry"));
		return request;
	}

	@Test
	void anyoneReadsAnAnnouncedCallWithItsPeriodNoticeDocumentsFilesAndContact() throws Exception {
		LocalDateTime now = LocalDateTime.now(SEOUL);
		long call = prepare(2080, now.minusDays(1), now.plusDays(20));
		this.mvc.perform(attach(call, "NOTICE", "2080년 공모 공고문", "공고문.pdf", PlanJourneys.PDF))
			.andExpect(redirectedUrl("/ministry/calls/" + call + "#files"));
		// checked by content, as a plan's documents are
		assertThat(read(attach(call, "TEMPLATE", "서식", "서식.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)))
			.getElementById("call-file-hint")
			.text()).contains("파일 내용이 확장자와 맞지 않습니다");
		long file = this.jdbc.queryForObject("select id from proposal_call_file where call_id = ?", Long.class, call);

		// not announced yet: nobody outside the ministry sees it or its files
		this.mvc.perform(get("/calls/" + call)).andExpect(status().isNotFound());
		this.mvc.perform(get("/calls/" + call + "/files/" + file)).andExpect(status().isNotFound());
		assertThat(read(get("/calls")).select("#board a").eachText()).doesNotContain("2080년 (80차) 지역선정 공모");

		announce(call);
		Document board = read(get("/calls"));
		assertThat(board.select("#board tbody tr")
			.stream()
			.filter((row) -> row.text().contains("2080년 (80차) 지역선정 공모"))
			.findFirst()
			.orElseThrow()
			.text()).contains("접수 중", "(한국 시간)");
		Document page = read(get("/calls/" + call));
		assertThat(page.selectFirst("h1").text()).isEqualTo("2080년 (80차) 지역선정 공모 접수 중");
		assertThat(page.getElementById("call-summary").text()).contains(
				now.minusDays(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
				now.plusDays(20).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), "국토교통부 산업입지정책과 044-201-0000");
		assertThat(page.getElementById("call-notice-text").text()).contains("지역선정 공모를 다음과 같이 공고합니다");
		assertThat(page.select("#required-documents li").eachText()).containsExactly("산단혁신계획서", "지자체 추진의지 확인서");

		// the ministry reads an announced call's rules as text, not as a disabled form
		Document overview = read(get("/ministry/calls/" + call).with(this.accounts.as("ministry")));
		assertThat(overview.getElementById("call-rules").text()).contains("국토교통부 산업입지정책과 044-201-0000",
				"지역선정 공모를 다음과 같이 공고합니다", "지자체 추진의지 확인서",
				now.plusDays(20).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
		assertThat(overview.select("#indicator-rows tbody tr").eachText()).containsExactly("1 혁신계획 타당성 100");
		assertThat(overview.select("#indicator-rows caption, #indicator-rows thead th").eachText())
			.containsExactly("평가지표, 가중치, 설명", "#", "지표", "가중치", "설명");
		assertThat(overview.select("textarea#notice, input#closesAt, #indicator-rows input")).isEmpty();
		assertThat(read(get("/ministry/calls/" + call).param("lang", "en").with(this.accounts.as("ministry")))
			.select("#call-rules h2")
			.text()).isEqualTo("Rules of the call");
		// a change sent from a form opened before the announcement is refused, and comes
		// back as typed with the reason
		Document refusedChange = read(post("/ministry/calls/" + call).with(csrf())
			.with(this.accounts.as("ministry"))
			.param("year", "2080")
			.param("ordinal", "80")
			.param("plannedDesignations", "5")
			.param("opensAt", now.minusDays(1).format(LOCAL))
			.param("closesAt", now.plusDays(30).format(LOCAL))
			.param("notice", "공고 전에 열어 둔 양식의 고친 공고문")
			.param("requiredAttachments", "산단혁신계획서")
			.param("indicators[0].name", "혁신계획 타당성")
			.param("indicators[0].weight", "100")
			.param("version", String.valueOf(version(call) - 1)));
		assertThat(refusedChange.getElementById("call-rules")).isNull();
		assertThat(refusedChange.getElementById("notice").text()).isEqualTo("공고 전에 열어 둔 양식의 고친 공고문");
		assertThat(refusedChange.getElementById("error-summary")).isNotNull();
		assertThat(page.select("#call-files a").eachAttr("href")).containsExactly("/calls/" + call + "/files/" + file);
		byte[] downloaded = this.mvc.perform(get("/calls/" + call + "/files/" + file))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-SHA256", kr.go.sandan.web.DocumentFormat.sha256(PlanJourneys.PDF)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(PlanJourneys.PDF);
		// once announced, a file stays: it is what regions downloaded
		this.mvc
			.perform(post("/ministry/calls/" + call + "/files/" + file + "/remove").with(csrf())
				.with(this.accounts.as("ministry")))
			.andExpect(flash().attribute("callError", "call.error.alreadyOpen"));
		assertThat(this.jdbc.queryForList("select action from audit_event where object_type = 'call' and object_id = ?",
				String.class, String.valueOf(call)))
			.contains("CALL_PREPARED", "CALL_FILE_ADDED", "CALL_OPENED");
		// other tests' regions find no call of this one open
		this.jdbc.update("update proposal_call set closes_at = now() - interval '1 minute' where id = ?", call);
	}

	@Test
	void theMinistryExtendsClosesEarlyAndCorrectsWithNoticesThatRegionsAreToldOfAndThePublicReads() throws Exception {
		LocalDateTime now = LocalDateTime.now(SEOUL).withSecond(0).withNano(0);
		long call = prepare(2081, now.minusDays(1), now.plusDays(10));
		announce(call);
		long regionStaff = this.jdbc.queryForObject("""
				select count(*) from account a where a.enabled and a.region_id is not null
				and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'REGION')""",
				Long.class);
		assertThat(this.jdbc.queryForObject("select count(*) from notification where event_key = ?", Long.class,
				"call:" + call + ":announced"))
			.isEqualTo(regionStaff);

		// an extension must move the deadline later
		String extension = "/ministry/calls/" + call + "/extension";
		Document refused = read(post(extension).with(csrf())
			.with(this.accounts.as("ministry"))
			.param("closesAt", now.plusDays(5).format(LOCAL))
			.param("body", "마감을 앞당깁니다")
			.param("version", String.valueOf(version(call))));
		assertThat(refused.select("#deadline [role=alert]").text()).contains("새 마감은 지금의 마감보다 뒤여야 합니다");
		// a stale form answers 409 and keeps what was typed
		this.mvc
			.perform(post(extension).with(csrf())
				.with(this.accounts.as("ministry"))
				.param("closesAt", now.plusDays(17).format(LOCAL))
				.param("body", "지역 요청으로 1주 연장합니다")
				.param("version", String.valueOf(version(call) - 1)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post(extension).with(csrf())
				.with(this.accounts.as("ministry"))
				.param("closesAt", now.plusDays(17).format(LOCAL))
				.param("body", "지역 요청으로 1주 연장합니다")
				.param("version", String.valueOf(version(call))))
			.andExpect(flash().attribute("flashMessage", "call.extended"));
		Map<String, Object> audited = this.jdbc.queryForMap("""
				select before_state ->> 'closesAt' before, after_state ->> 'closesAt' after, detail from audit_event
				where action = 'CALL_EXTENDED' and object_id = ?""", String.valueOf(call));
		assertThat(audited.get("detail")).isEqualTo("지역 요청으로 1주 연장합니다");
		assertThat(audited.get("before")).isNotEqualTo(audited.get("after"));
		// every region is told, once per person
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where event_key like ? and message_key = 'notification.callExtended'",
				Long.class, "call:" + call + ":notice:EXTENSION:%"))
			.isEqualTo(regionStaff);
		assertThat(read(get("/me").with(this.accounts.as("region-busan"))).select("#notifications-home li").eachText())
			.anyMatch((line) -> line.contains("2081년 81차 공모의 접수 마감이 연장되었습니다."));

		// the public reads the extension and the new deadline
		Document page = read(get("/calls/" + call));
		assertThat(page.select("#call-notices li").eachText()).singleElement()
			.asString()
			.contains("접수 마감 연장", now.plusDays(10).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
					now.plusDays(17).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), "지역 요청으로 1주 연장합니다");
		assertThat(page.getElementById("latest-notice").text()).contains("접수 마감 연장");

		this.mvc
			.perform(post("/ministry/calls/" + call + "/corrections").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("body", "제출 서류 중 확인서 서식을 바로잡습니다"))
			.andExpect(flash().attribute("flashMessage", "call.corrected"));
		// the home page lists the call still taking submissions with the notices posted
		// on
		// it counted (read as rows: issue 18)
		assertThat(read(get("/")).select(".plain-list li:has(a[href=/calls/" + call + "]) strong").eachText())
			.containsExactly("정정·변경 공고 2건");
		// a region's work list names the notice posted last
		assertThat(read(get("/me").with(this.accounts.as("region-busan")))
			.select(".open-call:contains(2081년 (81차)) .call-notice-alert")
			.text()).contains("정정공고").doesNotContain("접수 마감 연장");
		// an empty notice is refused beside its field
		assertThat(read(post("/ministry/calls/" + call + "/early-close").with(csrf())
			.with(this.accounts.as("ministry"))
			.param("body", " ")
			.param("version", String.valueOf(version(call)))).getElementById("early-close-body-error")).isNotNull();
		this.mvc
			.perform(post("/ministry/calls/" + call + "/early-close").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("body", "예산 사정으로 접수를 조기 마감합니다")
				.param("version", String.valueOf(version(call))))
			.andExpect(flash().attribute("flashMessage", "call.closedEarly"));
		page = read(get("/calls/" + call));
		assertThat(page.selectFirst("h1").text()).endsWith("마감");
		assertThat(page.select("#call-notices li strong").eachText()).containsExactly("접수 마감 연장", "정정공고", "접수 조기 마감");
		// the notice board says it closed and counts its three notices
		assertThat(read(get("/calls")).select("#board tr:has(a[href=/calls/" + call + "]) td").eachText())
			.endsWith("마감", "3");
		// closed: a region can no longer start a plan for it, and nothing moves the
		// deadline now
		assertThat(this.jdbc.queryForObject("select closes_at <= now() from proposal_call where id = ?", Boolean.class,
				call))
			.isTrue();
		assertThat(read(get("/ministry/calls/" + call).with(this.accounts.as("ministry"))).getElementById("extend-why")
			.text()).isEqualTo("접수가 이미 마감되어 연장할 수 없습니다.");
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where object_type = 'call' and object_id = ? order by id", String.class,
				String.valueOf(call)))
			.containsSubsequence("CALL_OPENED", "CALL_EXTENDED", "CALL_CORRECTED", "CALL_CLOSED_EARLY");
		// the notices are kept as posted
		assertThat(this.jdbc.queryForObject("select count(*) from proposal_call_notice where call_id = ?", Long.class,
				call))
			.isEqualTo(3);
	}

	@Test
	void aCallReadsItsStateFromItsDatesTheHomePageShowsItAndButtonsSayWhyTheyCannotActYet() throws Exception {
		LocalDateTime now = LocalDateTime.now(SEOUL);
		long call = prepare(2082, now.plusDays(3), now.plusDays(30));
		announce(call);
		Document home = read(get("/"));
		assertThat(home.select("#open-calls li")
			.stream()
			.filter((item) -> item.text().contains("2082년 (82차) 지역선정 공모"))
			.findFirst()
			.orElseThrow()
			.text()).contains("접수 예정");
		// the round's row links the call too
		assertThat(home.select("a[href=/calls/" + call + "]")).hasSizeGreaterThanOrEqualTo(2);

		// "평가 시작" before the deadline: disabled, and it says until when
		this.mvc
			.perform(post("/ministry/calls/" + call + "/evaluation").with(csrf()).with(this.accounts.as("ministry")))
			.andExpect(status().is3xxRedirection());
		Document panel = read(get("/ministry/calls/" + call + "/evaluation").with(this.accounts.as("ministry")));
		assertThat(panel.getElementById("start-button").hasAttr("disabled")).isTrue();
		assertThat(panel.getElementById("start-button").attr("aria-describedby")).isEqualTo("start-why");
		assertThat(panel.getElementById("start-why").text()).startsWith("공모 접수가 ")
			.contains(now.plusDays(30).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
			.endsWith("마감된 뒤에 평가를 시작할 수 있습니다.");

		this.jdbc.update("update proposal_call set opens_at = now() - interval '1 day' where id = ?", call);
		assertThat(read(get("/calls/" + call)).selectFirst("h1").text()).endsWith("접수 중");
		this.jdbc.update(
				"update proposal_call set opens_at = now() - interval '2 day', closes_at = now() - interval '1 day' where id = ?",
				call);
		assertThat(read(get("/calls/" + call)).selectFirst("h1").text()).endsWith("마감");
		// the ministry's list reads the same states
		assertThat(read(get("/ministry/calls").with(this.accounts.as("ministry"))).select("#calls tbody tr")
			.stream()
			.filter((row) -> row.text().contains("2082년"))
			.findFirst()
			.orElseThrow()
			.text()).contains("마감");
		// closed now: what still stops the start is said instead
		assertThat(read(get("/ministry/calls/" + call + "/evaluation").with(this.accounts.as("ministry")))
			.getElementById("start-why")
			.text()).isEqualTo("평가위원이 한 명도 없습니다.");
	}

	@Test
	void aCallPastItsDeadlineCannotBeAnnouncedAndANewCallOffersTheFirstYearWithoutOne() throws Exception {
		LocalDateTime now = LocalDateTime.now(SEOUL);
		long late = prepare(2083, now.minusDays(3), now.minusDays(2));
		Document prepared = read(get("/ministry/calls/" + late).with(this.accounts.as("ministry")));
		assertThat(prepared.selectFirst("form[action=/ministry/calls/" + late + "/open] button").hasAttr("disabled"))
			.isTrue();
		assertThat(prepared.getElementById("open-help").text()).contains("접수 마감이 이미 지나 공고할 수 없습니다");

		List<Integer> taken = this.jdbc.queryForList(
				"select r.year from proposal_call c join program_round r on r.id = c.round_id", Integer.class);
		int expected = now.getYear() + 1;
		while (taken.contains(expected)) {
			expected++;
		}
		Document form = read(get("/ministry/calls/new").with(this.accounts.as("ministry")));
		assertThat(form.getElementById("year").val()).isEqualTo(String.valueOf(expected));
		// the fixed texts offered follow the reader's language
		Document english = read(get("/ministry/calls/new").param("lang", "en").with(this.accounts.as("ministry")));
		assertThat(english.getElementById("requiredAttachments").text()).contains("Innovation plan")
			.doesNotContainPattern("[가-힣]");
		assertThat(english.select("#indicator-rows input[name$=.name]").eachAttr("value"))
			.startsWith("Regional diagnosis strategy");
	}

}
