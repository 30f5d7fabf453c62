package kr.go.sandan.region;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.CountingDataSource;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regions are reference data (written by migrations only): the pages that show them
 * read them once, not at every render (issue 18), and show what the database holds.
 */
@PortalTest
@Import(CountingDataSource.class)
class RegionsReferenceTest {

	@Autowired
	Regions regions;

	@Autowired
	MockMvc mvc;

	@Test
	void theRegionsAreReadOnceAndAreTheDatabases() {
		assertThat(this.regions.reference()).isSameAs(this.regions.reference());
		assertThat(this.regions.reference()).hasSize(17)
			.extracting(Region::getCode, (region) -> region.currentName().getName())
			.containsExactlyElementsOf(this.regions.all()
				.stream()
				.map((region) -> Tuple.tuple(region.getCode(), region.currentName().getName()))
				.toList());
	}

	@Test
	void aFreshComplexesPageDoesNotReadTheRegionsAgain() throws Exception {
		CountingDataSource.reset();
		fresh("/complexes");
		long cold = CountingDataSource.STATEMENTS.get();
		CountingDataSource.STATEMENTS.set(0);
		fresh("/complexes");
		assertThat(CountingDataSource.STATEMENTS.get()).isEqualTo(cold - 1);
	}

	private void fresh(String url) throws Exception {
		this.mvc.perform(get(url).header("Cache-Control", "no-cache")).andExpect(status().isOk());
	}

}
