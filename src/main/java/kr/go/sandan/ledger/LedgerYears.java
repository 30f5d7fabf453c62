package kr.go.sandan.ledger;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district's money of one budget year as other modules read it (the annual evaluation's
 * evaluators, beside the accepted report): confirmed, allocated, executed and the rest
 * per source, with the execution rate, by the ledger's own roll-up ({@link Rollup}). The
 * caller decides who may read it; two statements whatever the number of projects.
 */
@Service
@Transactional(readOnly = true)
public class LedgerYears {

	private final LedgerViews views;

	LedgerYears(LedgerViews views) {
		this.views = views;
	}

	/**
	 * The year's figures of a district.
	 *
	 * @param year the budget (calendar) year
	 * @param bySource one roll-up per source with a line in the year, keyed by the
	 * source's name ({@code NATIONAL}, {@code LOCAL}, {@code PRIVATE})
	 * @param total all sources of the year
	 */
	public record Figures(int year, List<Rollup> bySource, Rollup total) {

		public boolean empty() {
			return this.bySource.isEmpty();
		}

	}

	/** The district's ledger in the budget year {@code year}. */
	public Figures of(long planId, int year) {
		List<LedgerViews.Line> lines = this.views.lines(planId).stream().filter((line) -> line.year() == year).toList();
		return new Figures(year, Rollup.by(lines, (line) -> line.source().name()), Rollup.of("total", lines));
	}

}
