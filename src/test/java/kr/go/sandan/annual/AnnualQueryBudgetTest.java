package kr.go.sandan.annual;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ministry's page of a year's annual evaluation and a district's decision page read
 * what they show in a fixed number of statements, whatever the number of districts,
 * evaluators and sheets.
 */
@Import(CountingDataSource.class)
class AnnualQueryBudgetTest extends WorkflowTestSupport {

	private static final int YEAR = 2621;

	private long count(MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.with(this.accounts.as("ministry"))).andExpect(status().isOk());
		CountingDataSource.reset();
		this.mvc.perform(request.with(this.accounts.as("ministry"))).andExpect(status().isOk());
		return CountingDataSource.STATEMENTS.get();
	}

	@Test
	void theYearsPageReadsAFixedNumberOfStatements() throws Exception {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long evaluation = this.jdbc.queryForObject("""
				insert into annual_evaluation (year, aggregation, divergence_threshold, outlier_threshold,
				    minimum_evaluators, formed_at, formed_by, started_at, completed_at)
				values (?, 'TRIMMED_MEAN', 10, 10, 3, now(), 'ministry', now(), now()) returning id""", Long.class,
				YEAR);
		long indicator = this.jdbc.queryForObject("""
				insert into annual_indicator (evaluation_id, position, name, weight) values (?, 0, '종합', 1)
				returning id""", Long.class, evaluation);
		this.jdbc.update("""
				insert into annual_rating_band (evaluation_id, position, label, min_score)
				values (?, 0, '우수', 80), (?, 1, '미흡', 0)""", evaluation, evaluation);
		String[] regions = { "SEJONG", "GANGWON", "CHUNGBUK" };
		String[] names = { "세종특별자치시", "강원특별자치도", "충청북도" };
		long[] evaluators = new long[3];
		for (int i = 0; i < 3; i++) {
			evaluators[i] = this.evaluations.evaluator("budget-eval-" + i, "평가위원 " + i, "SEOUL", "연구원");
		}
		long first = district(districts, evaluation, indicator, regions[0], names[0], evaluators, 1);
		long small = count(get("/ministry/annual-evaluations/" + YEAR));
		long smallDecision = count(get("/ministry/annual-evaluations/" + YEAR + "/districts/" + first));
		for (int i = 1; i < 3; i++) {
			district(districts, evaluation, indicator, regions[i], names[i], evaluators, 3);
		}
		assertThat(count(get("/ministry/annual-evaluations/" + YEAR))).isEqualTo(small).isLessThanOrEqualTo(20);
		assertThat(count(get("/ministry/annual-evaluations/" + YEAR + "/districts/" + first))).isEqualTo(smallDecision);
	}

	/** A district of the year, scored by the first {@code scored} evaluators, decided. */
	private long district(DesignatedDistricts districts, long evaluation, long indicator, String code, String name,
			long[] evaluators, int scored) {
		long plan = districts.designated(YEAR - 1, code, name, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR + 2, 12, 31),
				1, 1);
		long report = districts.acceptedReport(plan, 1, LocalDate.of(YEAR + 1, 3, 1), name + " 서술");
		long subject = this.jdbc.queryForObject("""
				insert into annual_subject (evaluation_id, plan_id, district_year, report_id, report_version, rating,
				    decided_at, decided_by) values (?, ?, 1, ?, 1, '우수', now(), 'ministry') returning id""", Long.class,
				evaluation, plan, report);
		this.jdbc.update("""
				insert into annual_recommendation (subject_id, position, text, due_on) values (?, 0, '권고', ?)""",
				subject, LocalDate.of(YEAR + 1, 6, 30));
		for (int i = 0; i < scored; i++) {
			long sheet = this.jdbc.queryForObject("""
					insert into annual_sheet (evaluation_id, account_id, subject_id, status, submitted_at)
					values (?, ?, ?, 'SUBMITTED', now()) returning id""", Long.class, evaluation, evaluators[i],
					subject);
			this.jdbc.update("insert into annual_score (sheet_id, indicator_id, score) values (?, ?, ?)", sheet,
					indicator, 80 + i);
		}
		return subject;
	}

}
