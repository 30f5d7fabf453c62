package kr.go.sandan.cache;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept page that shows a call's phase (접수 예정, 접수 중, 마감) is served again only until the
 * phase moves with the clock, though no data changed (issue #17).
 */
class PageValidityTest {

	private static KeptPages.Page page(long generation, Instant validUntil) {
		return new KeptPages.Page(generation, "text/html", "ko", null, new byte[0], validUntil);
	}

	@Test
	void aPageIsServedAgainOnlyInItsGenerationAndBeforeItStopsBeingTrue() {
		Instant now = Instant.parse("2027-01-06T00:00:00Z");
		assertThat(page(7, null).isValid(7, now)).isTrue();
		assertThat(page(7, null).isValid(8, now)).isFalse();
		assertThat(page(7, now.plusSeconds(60)).isValid(7, now)).isTrue();
		// the call opened (or closed) meanwhile: the page says something no longer true
		assertThat(page(7, now).isValid(7, now)).isFalse();
		assertThat(page(7, now.minusSeconds(1)).isValid(7, now)).isFalse();
	}

}
