package kr.go.sandan.plan;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages and answers that read plain statements only read them on one
 * connection without beginning a transaction (issue 18: a begin and commit were a tenth
 * of a fresh page, and a read-only transaction buys rows no consistency read committed
 * does not give). A service method that is still {@code REQUIRED} — an annotation on the
 * overload the page does not call, a class-level default — shows here as a transaction.
 */
@PortalTest
@Import(CountingDataSource.class)
class RowPagesBeginNoTransactionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePublicsRowPagesBeginNone() throws Exception {
		long plan = this.jdbc.queryForObject(
				"select id from innovation_plan where published_on is not null order by id limit 1", Long.class);
		long round = this.jdbc.queryForObject("select round_id from innovation_plan where id = ?", Long.class, plan);
		String region = this.jdbc.queryForObject(
				"select r.code from innovation_plan p join region r on r.id = p.region_id where p.id = ?", String.class,
				plan);
		long roundWithCall = roundWithAnnouncedCall(2965);
		String[] pages = { "/", "/plans/" + plan, "/rounds/" + round, "/rounds/" + roundWithCall,
				"/regions/" + region.toLowerCase(java.util.Locale.ROOT), "/complexes",
				"/complexes?name=%EC%B0%BD%EC%9B%90", "/map", "/dashboard", "/plans?status=DESIGNATED", "/calls",
				"/open-data", "/open-data/targets.csv", "/api/v1/plans", "/api/v1/plans/" + plan,
				"/api/v1/datasets/targets" };
		for (String page : pages) {
			CountingDataSource.reset();
			this.mvc.perform(get(page).header("Cache-Control", "no-cache")).andExpect(status().isOk());
			assertThat(CountingDataSource.STATEMENTS.get()).as(page).isPositive();
			assertThat(CountingDataSource.TRANSACTIONS.get()).as(page).isZero();
		}
		// the round's call is read as a row, and shown
		long call = this.jdbc.queryForObject("select id from proposal_call where round_id = ?", Long.class,
				roundWithCall);
		int ordinal = this.jdbc.queryForObject("select ordinal from program_round where id = ?", Integer.class,
				roundWithCall);
		this.mvc.perform(get("/rounds/" + roundWithCall))
			.andExpect(content().string(containsString("href=\"/calls/" + call + "\"")))
			.andExpect(content().string(containsString("2965년 (" + ordinal + "차) 지역선정 공모")))
			.andExpect(content().string(containsString("시험 지표 둘")));
	}

	/** A round of the year with two indicators and a call announced on it, made once. */
	private long roundWithAnnouncedCall(int year) {
		this.jdbc.update("""
				insert into program_round (year, ordinal, planned_designations) select ?, ? - 2000, 3
				where not exists (select 1 from program_round where year = ?)""", year, year, year);
		long round = this.jdbc.queryForObject("select id from program_round where year = ?", Long.class, year);
		this.jdbc.update("""
				insert into proposal_call (round_id, opens_at, closes_at, notice, opened_at, opened_by)
				select ?, now() - interval '1 day', now() + interval '30 days', '공고', now(), 'test'
				where not exists (select 1 from proposal_call where round_id = ?)""", round, round);
		this.jdbc.update("""
				insert into evaluation_indicator (round_id, position, code, name, weight)
				select ?, p, 'TEST_' || p, '시험 지표 ' || (case p when 1 then '하나' else '둘' end), 50
				from generate_series(1, 2) p
				where not exists (select 1 from evaluation_indicator where round_id = ?)""", round, round);
		return round;
	}

}
