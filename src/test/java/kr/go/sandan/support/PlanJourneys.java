package kr.go.sandan.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

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
		long id = this.jdbc.queryForObject(
				"select c.id from proposal_call c join program_round r on r.id = c.round_id where r.year = ?",
				Long.class, year);
		this.mvc
			.perform(post("/ministry/calls/" + id + "/open").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version",
						String.valueOf(this.jdbc.queryForObject("select version from proposal_call where id = ?",
								Long.class, id))))
			.andExpect(status().is3xxRedirection());
		return id;
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
	 * The plan's edit form with every field empty but the version just read; pairs of
	 * {@code fields} set values.
	 */
	public MockMultipartHttpServletRequestBuilder edit(long planId, String who, String action, String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("vision", "");
		values.put("mainIndustries", "");
		values.put("hubComplexId", "");
		values.put("governance", "");
		values.put("diagnosis", "");
		for (int i = 0; i < 3; i++) {
			values.put("targets[" + i + "].metric", "");
			values.put("targets[" + i + "].value", "");
			values.put("targets[" + i + "].unit", "");
			values.put("targets[" + i + "].targetYear", "");
			values.put("targets[" + i + "].asWritten", "");
		}
		values.put("version", String.valueOf(version(planId)));
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/plans/" + planId + "/edit");
		request.with(csrf()).with(this.accounts.as(who)).param("action", action);
		values.forEach(request::param);
		return request;
	}

	/** A small but real PDF. */
	public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	/**
	 * Every section filled in, with the given hub complex and the call's required
	 * document attached: ready to submit.
	 */
	public MockMultipartHttpServletRequestBuilder complete(long planId, String who, String action, String hubName,
			String vision, String... more) {
		String[] fields = { "vision", vision, "mainIndustries", "자동차, 조선", "hubComplexId",
				String.valueOf(complex(hubName)), "governance", "추진단 구성", "diagnosis", "주력산업 정체\n청년 유출",
				"targets[0].metric", "JOBS_CREATED", "targets[0].value", "1", "targets[0].unit", "만명", "tasks[0]",
				"스마트 제조혁신", "projects[0].task", "1", "projects[0].name", "스마트공장 구축", "projects[0].leadMinistry", "MSS",
				"projects[0].amounts[0]", "1000", "projects[0].amounts[1]", "500" };
		String[] all = Arrays.copyOf(fields, fields.length + more.length);
		System.arraycopy(more, 0, all, fields.length, more.length);
		MockMultipartHttpServletRequestBuilder request = edit(planId, who, action, all);
		request.file(new MockMultipartFile("file", "혁신계획서.pdf", "application/pdf", PDF)).param("document", "산단혁신계획서");
		return request;
	}

}
