package kr.go.sandan.web;

import org.springframework.data.domain.PageRequest;

/**
 * A page of a list as people (and crawlers) ask for it: {@code ?page=} from 1, clamped to
 * the pages a list can have, so that {@code ?page=2147483647} is an empty last page, not
 * an offset that overflows in the database.
 */
public final class Paging {

	/** More pages than any list of the portal has. */
	static final int MAX_PAGE = 100_000;

	private Paging() {
	}

	/** Page {@code page} (from 1) of {@code size} rows. */
	public static PageRequest page(int page, int size) {
		return PageRequest.of(Math.min(Math.max(page, 1), MAX_PAGE) - 1, size);
	}

}
