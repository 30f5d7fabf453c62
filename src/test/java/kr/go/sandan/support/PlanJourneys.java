package kr.go.sandan.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Steps of the submission workflow through the real pages (MockMvc), for tests that need
 * an open call or a plan in some state.
 */
public final class PlanJourneys {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	public PlanJourneys(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * A call of the given year, prepared and opened by a ministry officer, open for 30
	 * days.
	 */
	public long openCall(int year) throws Exception {
		return openCall(year, "혁신계획 타당성", "100");
	}

	/**
	 * A call of the given year open for 30 days, scored on the given indicators (pairs of
	 * name and weight).
	 */
	public long openCall(int year, String... indicators) throws Exception {
		long id = prepareCall(year, indicators);
		this.mvc
			.perform(post("/ministry/calls/" + id + "/open").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version",
						String.valueOf(this.jdbc.queryForObject("select version from proposal_call where id = ?",
								Long.class, id))))
			.andExpect(status().is3xxRedirection());
		return id;
	}

	/**
	 * A call of a year past 2100 (the ministry's form takes none, and every year to it is
	 * some test's), announced and open for 30 days, written to the database directly.
	 */
	public long openCallPast2100(int year) {
		this.jdbc.update("insert into program_round (year, ordinal, planned_designations) values (?, ?, 5)", year,
				year - 2000);
		return this.jdbc.queryForObject("""
				insert into proposal_call (round_id, opens_at, closes_at, notice, opened_at, opened_by)
				select id, now() - interval '1 day', now() + interval '30 days', year || '년 공모', now(), 'ministry'
				from program_round where year = ? returning id""", Long.class, year);
	}

	/**
	 * A call of the given year prepared, not announced, to open for 30 days from
	 * yesterday, scored on the given indicators (pairs of name and weight).
	 */
	public long prepareCall(int year, String... indicators) throws Exception {
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
		var request = post("/ministry/calls").with(csrf())
			.with(this.accounts.as("ministry"))
			.param("year", String.valueOf(year))
			.param("ordinal", String.valueOf(year - 2000))
			.param("plannedDesignations", "5")
			.param("opensAt", now.minusDays(1).format(LOCAL))
			.param("closesAt", now.plusDays(30).format(LOCAL))
			.param("notice", year + "년 공모")
			.param("requiredAttachments", "산단혁신계획서");
		for (int i = 0; i < indicators.length; i += 2) {
			request.param("indicators[" + (i / 2) + "].name", indicators[i])
				.param("indicators[" + (i / 2) + "].weight", indicators[i + 1])
				.param("indicators[" + (i / 2) + "].description", "");
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject(
				"select c.id from proposal_call c join program_round r on r.id = c.round_id where r.year = ?",
				Long.class, year);
	}

	/** The region user starts the region's plan for the call; answers its id. */
	public long start(long callId, String who) throws Exception {
		this.mvc.perform(post("/calls/" + callId + "/plans").with(csrf()).with(this.accounts.as(who)))
			.andExpect(redirectedUrlPattern("/plans/*/edit"));
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join proposal_call c on c.round_id = p.round_id
				join account a on a.region_id = p.region_id where c.id = ? and a.username = ?""", Long.class, callId,
				who);
	}

	public long version(long planId) {
		return this.jdbc.queryForObject("select version from innovation_plan where id = ?", Long.class, planId);
	}

	public long complex(String name) {
		return this.jdbc.queryForObject("select id from industrial_complex where name = ?", Long.class, name);
	}

	/**
	 * A post of one section of the plan editor ({@code basics}, {@code hub},
	 * {@code sites}, {@code targets}, {@code tasks}, {@code narrative}) with the version
	 * just read; pairs of {@code fields} set values.
	 */
	public MockHttpServletRequestBuilder section(long planId, String who, String section, String... fields) {
		return withFields(post("/plans/" + planId + "/edit/" + section), planId, who, fields);
	}

	/** The request with the version just read, unless {@code fields} name another. */
	private MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder request, long planId, String who,
			String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("version", String.valueOf(version(planId)));
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		request.with(csrf()).with(this.accounts.as(who));
		values.forEach(request::param);
		return request;
	}

	/** A new requested project under the plan's key task at {@code taskPosition}. */
	public MockHttpServletRequestBuilder project(long planId, String who, int taskPosition, String... fields) {
		String[] all = new String[fields.length + 2];
		all[0] = "taskId";
		all[1] = String.valueOf(task(planId, taskPosition));
		System.arraycopy(fields, 0, all, 2, fields.length);
		return withFields(post("/plans/" + planId + "/edit/projects/new"), planId, who, all);
	}

	/** The id of the plan's key task at a position (from 1). */
	public long task(long planId, int position) {
		return this.jdbc.queryForObject("select id from plan_key_task where plan_id = ? and position = ?", Long.class,
				planId, position);
	}

	/** Saves a section and expects it kept. */
	public void save(long planId, String who, String section, String... fields) throws Exception {
		this.mvc.perform(section(planId, who, section, fields)).andExpect(redirectedUrlPattern("/plans/*/edit*"));
	}

	/** A small but real PDF. */
	public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	/** Attaches a document to the plan. */
	public ResultActions attach(long planId, String who, String document, String fileName, byte[] content)
			throws Exception {
		return this.mvc.perform(multipart("/plans/" + planId + "/attachments")
			.file(new MockMultipartFile("file", fileName, "application/pdf", content))
			.param("document", document)
			.with(csrf())
			.with(this.accounts.as(who)));
	}

	/**
	 * Fills every section of the plan with the given hub complex and vision (one target,
	 * one key task with one project) and attaches the call's required document: ready to
	 * submit.
	 */
	public void complete(long planId, String who, String hubName, String vision) throws Exception {
		save(planId, who, "basics", "vision", vision, "mainIndustries", "자동차, 조선");
		save(planId, who, "hub", "hubComplexId", String.valueOf(complex(hubName)));
		save(planId, who, "targets", "rows[0].metric", "JOBS_CREATED", "rows[0].value", "1", "rows[0].unit", "만명");
		save(planId, who, "narrative", "governance", "추진단 구성", "diagnosis", "주력산업 정체\n청년 유출");
		if (this.jdbc.queryForObject("select count(*) from plan_key_task where plan_id = ?", Integer.class,
				planId) == 0) {
			save(planId, who, "tasks", "rows[0].name", "스마트 제조혁신");
			this.mvc
				.perform(project(planId, who, 1, "name", "스마트공장 구축", "leadMinistry", "MSS", "amounts[0]", "1000",
						"amounts[1]", "500"))
				.andExpect(redirectedUrlPattern("/plans/*/edit/projects"));
		}
		if (this.jdbc.queryForObject("select count(*) from plan_attachment where plan_id = ? and document = '산단혁신계획서'",
				Integer.class, planId) == 0) {
			attach(planId, who, "산단혁신계획서", "혁신계획서.pdf", PDF).andExpect(status().is3xxRedirection());
		}
	}

	/** Submits the plan as it is saved now. */
	public ResultActions submit(long planId, String who) throws Exception {
		return this.mvc.perform(post("/plans/" + planId + "/submit").with(csrf())
			.with(this.accounts.as(who))
			.param("version", String.valueOf(version(planId))));
	}

	/** Fills every section and submits; expects the submission kept. */
	public void completeAndSubmit(long planId, String who, String hubName, String vision) throws Exception {
		complete(planId, who, hubName, vision);
		submit(planId, who).andExpect(redirectedUrlPattern("/plans/*"));
	}

}
