package kr.go.sandan.district;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.go.sandan.support.PlanJourneys;
import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The district pages read what they show in a fixed number of statements, whatever the
 * number of targets, tasks, requested projects, reports and districts. The district
 * module reads through JDBC, which Hibernate's statistics ({@code support.SqlStatements})
 * do not see; here every statement prepared on a connection of the portal's data source
 * is counted.
 */
@Import(CountingDataSource.class)
class DistrictQueryBudgetTest extends WorkflowTestSupport {

	private static final int YEAR = 2091;

	/**
	 * Statements of the request made a second time (what is cached once is not counted).
	 */
	private long count(MockHttpServletRequestBuilder request, String who) throws Exception {
		this.mvc.perform(request.with(this.accounts.as(who))).andExpect(status().isOk());
		CountingDataSource.reset();
		this.mvc.perform(request.with(this.accounts.as(who))).andExpect(status().isOk());
		return CountingDataSource.STATEMENTS.get();
	}

	private void report(String who, DesignatedDistricts districts, long plan, int year, int targets) throws Exception {
		var save = post("/districts/" + plan + "/reports/" + year).with(csrf())
			.with(this.accounts.as(who))
			.param("version", "0")
			.param("narrative", "보고");
		for (int i = 0; i < targets; i++) {
			save.param("actuals[" + i + "].targetId", String.valueOf(districts.target(plan, i)))
				.param("actuals[" + i + "].value", "7")
				.param("actuals[" + i + "].source", "통계");
		}
		this.mvc.perform(save).andExpect(status().is3xxRedirection());
	}

	@Test
	void districtPagesReadAFixedNumberOfStatements() throws Exception {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long small = districts.designated(YEAR, "GYEONGGI", "경기도", LocalDate.of(2092, 1, 1), LocalDate.of(2094, 12, 31),
				1, 1);
		long overviewBefore = count(get("/ministry/districts"), "ministry");
		long meBefore = count(get("/me"), "ministry");
		long large = districts.designated(YEAR, "GWANGJU", "광주광역시", LocalDate.of(2092, 1, 1),
				LocalDate.of(2094, 12, 31), 3, 2);
		// its confirmed requested projects' progress is read in one statement too
		districts.confirmedProjects(large, YEAR, 3);
		report("region-gwangju", districts, large, 1, 3);
		report("region-gwangju", districts, large, 2, 3);
		report("region-gyeonggi", districts, small, 1, 1);
		for (int i = 0; i < 3; i++) {
			this.mvc
				.perform(multipart("/districts/" + large + "/reports/1/evidence")
					.file(new MockMultipartFile("file", "근거" + i + ".pdf", "application/pdf", PlanJourneys.PDF))
					.with(csrf())
					.with(this.accounts.as("region-gwangju")))
				.andExpect(status().is3xxRedirection());
		}

		assertThat(count(get("/districts/" + large), "ministry"))
			.isEqualTo(count(get("/districts/" + small), "ministry"))
			.isLessThanOrEqualTo(12);
		// (with its evidence, their versions and the ministry's comments per section)
		assertThat(count(get("/districts/" + large + "/reports/1"), "ministry"))
			.isEqualTo(count(get("/districts/" + small + "/reports/1"), "ministry"))
			.isLessThanOrEqualTo(15);
		// the plan page reads a district's public figures in three statements, whatever
		// its size (issue #19)
		assertThat(count(get("/plans/" + large), "ministry")).isEqualTo(count(get("/plans/" + small), "ministry"));
		assertThat(count(get("/ministry/districts"), "ministry")).isEqualTo(overviewBefore).isLessThanOrEqualTo(10);
		assertThat(count(get("/me"), "ministry")).isEqualTo(meBefore);
	}

}
