package kr.go.sandan.opendata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One open dataset (a CSV, the API's page of it) reads only what it shows, and shows
 * exactly what the same dataset shows among all of them (issue 18: each had read the
 * whole published program, seven statements, to show one part of it).
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
	void eachDatasetAloneIsWhatItIsAmongAllAndReadsOnlyItsOwn() throws Exception {
		List<OpenData.Table> all = this.openData.tables();
		assertThat(all).hasSize(Dataset.values().length);
		// the release's plans, targets and sites are published: there is something to
		// compare
		assertThat(all.get(Dataset.TARGETS.ordinal()).rows()).isNotEmpty();
		assertThat(all.get(Dataset.TARGETS.ordinal()).updatedOn())
			.isEqualTo(this.jdbc.queryForObject("select max(published_on) from innovation_plan", LocalDate.class));
		for (Dataset dataset : Dataset.values()) {
			CountingDataSource.reset();
			OpenData.Table alone = this.openData.table(dataset);
			assertThat(CountingDataSource.STATEMENTS.get()).as(dataset.name()).isBetween(1L, BOUNDS.get(dataset));
			assertThat(alone).as(dataset.name()).isEqualTo(all.get(dataset.ordinal()));
			// and through the web, beginning no transaction
			CountingDataSource.reset();
			this.mvc.perform(get("/open-data/" + dataset.getId() + ".csv").header("Cache-Control", "no-cache"))
				.andExpect(status().isOk());
			assertThat(CountingDataSource.STATEMENTS.get()).as(dataset.name() + " CSV")
				.isBetween(1L, BOUNDS.get(dataset));
			assertThat(CountingDataSource.TRANSACTIONS.get()).as(dataset.name() + " CSV").isZero();
		}
	}

}
