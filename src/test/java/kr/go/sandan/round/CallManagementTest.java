package kr.go.sandan.round;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.account.AccountUserDetailsService;
import kr.go.sandan.support.Accounts;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ministry officers prepare a call, correct it, and open it; from then on its rules
 * cannot change. Every step is audited; bad input is explained next to the field.
 */
@PortalTest
class CallManagementTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountUserDetailsService users;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.users);
	}

	/**
	 * A complete, valid call form for the year with the four default indicators; each
	 * pair of {@code overrides} replaces one field.
	 */
	private MockHttpServletRequestBuilder callForm(String path, int year, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("year", String.valueOf(year));
		fields.put("ordinal", String.valueOf(year - 2019));
		fields.put("plannedDesignations", "5");
		fields.put("opensAt", year + "-01-06T09:00");
		fields.put("closesAt", year + "-02-26T18:00");
		fields.put("notice", year + "년 산업단지 대개조 지역선정 공모");
		fields.put("requiredAttachments", "산단혁신계획서\n추진의지 확인서");
		String[] names = { "지역진단 전략성", "거점·연계지역 적절성", "혁신계획 타당성", "성과목표 실현가능성" };
		for (int i = 0; i < 8; i++) {
			fields.put("indicators[" + i + "].name", (i < 4) ? names[i] : "");
			fields.put("indicators[" + i + "].weight", (i < 4) ? "25" : "");
			fields.put("indicators[" + i + "].description", "");
		}
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(this.accounts.as("ministry"));
		fields.forEach(request::param);
		return request;
	}

	private long callId(int year) {
		return this.jdbc.queryForObject(
				"select c.id from proposal_call c join program_round r on r.id = c.round_id where r.year = ?",
				Long.class, year);
	}

	private long version(long callId) {
		return this.jdbc.queryForObject("select version from proposal_call where id = ?", Long.class, callId);
	}

	@Test
	void anOfficerPreparesChangesAndOpensACallAfterWhichItsRulesAreFixed() throws Exception {
		this.mvc.perform(get("/ministry/calls/new").with(this.accounts.as("ministry")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("지역진단 전략성"), containsString("성과목표 실현가능성"))));

		this.mvc.perform(callForm("/ministry/calls", 2031)).andExpect(status().is3xxRedirection());
		long id = callId(2031);
		assertThat(this.jdbc.queryForList("""
				select i.name || ':' || i.weight from evaluation_indicator i join program_round r on r.id = i.round_id
				where r.year = 2031 order by i.position""", String.class)).containsExactly("지역진단 전략성:25.00",
				"거점·연계지역 적절성:25.00", "혁신계획 타당성:25.00", "성과목표 실현가능성:25.00");
		assertThat(this.jdbc.queryForList(
				"select name from proposal_call_attachment where call_id = ? order by position", String.class, id))
			.containsExactly("산단혁신계획서", "추진의지 확인서");

		// correct it before opening: three indicators, different weights
		this.mvc
			.perform(callForm("/ministry/calls/" + id, 2031, "version", String.valueOf(version(id)),
					"indicators[0].weight", "40", "indicators[1].weight", "30", "indicators[2].weight", "30",
					"indicators[3].name", "", "indicators[3].weight", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("""
				select i.name || ':' || i.weight from evaluation_indicator i join program_round r on r.id = i.round_id
				where r.year = 2031 order by i.position""", String.class)).containsExactly("지역진단 전략성:40.00",
				"거점·연계지역 적절성:30.00", "혁신계획 타당성:30.00");

		this.mvc
			.perform(post("/ministry/calls/" + id + "/open").with(csrf())
				.with(this.accounts.as("ministry"))
				.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select opened_by from proposal_call where id = ?", String.class, id))
			.isEqualTo("ministry");

		// once open, a change is refused with a reason and nothing changes
		this.mvc
			.perform(callForm("/ministry/calls/" + id, 2031, "version", String.valueOf(version(id)), "closesAt",
					"2031-03-31T18:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이미 공고된 공모라 바꿀 수 없습니다.")));
		assertThat(this.jdbc.queryForObject(
				"select closes_at at time zone 'Asia/Seoul' from proposal_call where id = ?", String.class, id))
			.startsWith("2031-02-26 18:00");
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where object_type = 'call' and object_id = ? order by id", String.class,
				String.valueOf(id)))
			.containsExactly("CALL_PREPARED", "CALL_CHANGED", "CALL_OPENED");
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndPreparesNothing() throws Exception {
		int calls = this.jdbc.queryForObject("select count(*) from proposal_call", Integer.class);
		MvcResult backwards = this.mvc.perform(callForm("/ministry/calls", 2032, "closesAt", "2032-01-01T09:00"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(backwards.getResponse().getContentAsString()).contains("접수 마감은 접수 시작보다 뒤여야 합니다.");
		MvcResult weights = this.mvc.perform(callForm("/ministry/calls", 2032, "indicators[0].weight", "15"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(weights.getResponse().getContentAsString()).contains("가중치의 합이 90입니다. 100이 되도록 맞춰 주세요.");
		MvcResult noNotice = this.mvc.perform(callForm("/ministry/calls", 2032, "notice", " "))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(noNotice.getResponse().getContentAsString()).contains("반드시 입력해 주세요.");
		assertThat(this.jdbc.queryForObject("select count(*) from proposal_call", Integer.class)).isEqualTo(calls);
		this.mvc.perform(callForm("/ministry/calls", 2021))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("지난 연도의 차수에는 공모를 만들 수 없습니다.")));
		this.mvc.perform(callForm("/ministry/calls", 2032)).andExpect(status().is3xxRedirection());
		this.mvc.perform(callForm("/ministry/calls", 2032))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이 연도에는 이미 공모가 있습니다.")));
		assertThat(this.jdbc.queryForObject("select count(*) from proposal_call", Integer.class)).isEqualTo(calls + 1);
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from evaluation_indicator i join program_round r on r.id = i.round_id where r.year = 2021""",
				Integer.class))
			.as("the 2021 round's indicators are untouched")
			.isEqualTo(4);
	}

	@Test
	void aConcurrentChangeIsAConflictThatKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(callForm("/ministry/calls", 2033)).andExpect(status().is3xxRedirection());
		long id = callId(2033);
		long version = version(id);
		this.mvc
			.perform(callForm("/ministry/calls/" + id, 2033, "version", String.valueOf(version), "notice",
					"첫 번째 담당자의 공고문"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(callForm("/ministry/calls/" + id, 2033, "version", String.valueOf(version), "notice",
					"두 번째 담당자의 공고문"))
			.andExpect(status().isConflict())
			.andExpect(content()
				.string(allOf(containsString("그사이 다른 담당자가 이 공모를 수정했습니다"), containsString("두 번째 담당자의 공고문"))));
		assertThat(this.jdbc.queryForObject("select notice from proposal_call where id = ?", String.class, id))
			.isEqualTo("첫 번째 담당자의 공고문");
	}

	@Test
	void onlyMinistryOfficersManageCalls() throws Exception {
		for (String who : new String[] { "region-gyeonggi", "evaluator", "admin" }) {
			this.mvc.perform(get("/ministry/calls").with(this.accounts.as(who))).andExpect(status().isForbidden());
			this.mvc.perform(callForm("/ministry/calls", 2034).with(this.accounts.as(who)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/ministry/calls")).andExpect(status().is3xxRedirection());
	}

}
