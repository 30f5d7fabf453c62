package kr.go.sandan.opendata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.district.DesignatedDistricts;
import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One open dataset (a CSV, the API's page of it) reads only what it shows, and the list
 * of datasets counts and dates exactly what each holds without making their rows (issue
 * 18: each dataset had read the whole published program, seven statements, to show one
 * part of it, and the list had made every row of every dataset to count them).
 */
@PortalTest
@Import(CountingDataSource.class)
class OpenDatasetsReadWhatTheyShowTest {

	/**
	 * The statements each dataset may read as after a start (the copies' JSON and the
	 * regions not kept yet); the whole program is seven.
	 */
	private static final Map<Dataset, Long> BOUNDS = Map.of(Dataset.ROUNDS, 3L, Dataset.PLANS, 2L, Dataset.SITES, 2L,
			Dataset.TARGETS, 2L, Dataset.CONFIRMED_BUDGETS, 2L, Dataset.VERIFIED_ACTUALS, 3L, Dataset.SMART_GREEN, 3L,
			Dataset.BUDGET_EXECUTION, 1L);

	@Autowired
	OpenData openData;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachDatasetAloneIsWhatTheListCountsAndReadsOnlyItsOwn() throws Exception {
		// a verified actual of an accepted report, so that the verified actuals have rows
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(2966, "JEJU", "제주특별자치도", LocalDate.of(2967, 1, 1), LocalDate.of(2969, 12, 31),
				2, 1);
		districts.confirmedTargetPaths(plan);
		districts.acceptedReport(plan, 1, LocalDate.of(2968, 3, 1), "1차년도");

		CountingDataSource.reset();
		List<OpenData.Summary> summaries = this.openData.summaries();
		assertThat(CountingDataSource.STATEMENTS.get()).isBetween(1L, 7L);
		assertThat(summaries).extracting(OpenData.Summary::dataset).containsExactly(Dataset.values());
		assertThat(summaries.get(Dataset.TARGETS.ordinal()).updatedOn())
			.isEqualTo(this.jdbc.queryForObject("select max(published_on) from innovation_plan", LocalDate.class));
		assertThat(summaries.get(Dataset.VERIFIED_ACTUALS.ordinal()).rows()).isPositive();
		for (Dataset dataset : Dataset.values()) {
			CountingDataSource.reset();
			OpenData.Table alone = this.openData.table(dataset);
			assertThat(CountingDataSource.STATEMENTS.get()).as(dataset.name()).isBetween(1L, BOUNDS.get(dataset));
			// the list of datasets counts what the dataset holds, dated as it is
			OpenData.Summary summary = summaries.get(dataset.ordinal());
			assertThat(summary.rows()).as(dataset.name()).isEqualTo(alone.rows().size());
			assertThat(summary.updatedOn()).as(dataset.name()).isEqualTo(alone.updatedOn());
			// (no budget confirmed nor execution published in the test's own data: those
			// two are compared on the synthetic program with scripts/capture-pages.sh)
			if (dataset != Dataset.BUDGET_EXECUTION && dataset != Dataset.CONFIRMED_BUDGETS) {
				assertThat(alone.rows()).as(dataset.name()).isNotEmpty();
			}
			// and through the web, beginning no transaction
			CountingDataSource.reset();
			this.mvc.perform(get("/open-data/" + dataset.getId() + ".csv").header("Cache-Control", "no-cache"))
				.andExpect(status().isOk());
			assertThat(CountingDataSource.STATEMENTS.get()).as(dataset.name() + " CSV")
				.isBetween(1L, BOUNDS.get(dataset));
			assertThat(CountingDataSource.TRANSACTIONS.get()).as(dataset.name() + " CSV").isZero();
		}
		// the list shows the counts
		this.mvc.perform(get("/open-data").header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString(summaries.get(Dataset.VERIFIED_ACTUALS.ordinal()).rows() + "건")));
	}

}
