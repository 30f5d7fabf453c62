package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ledger across districts for one filter, with its roll-ups (computed here, never
 * stored) and what is behind schedule as of a date: what the ministry pages, the overview
 * and their exports show, so that they add up to the same totals.
 */
public record LedgerReport(LedgerFilter filter, LocalDate asOf, List<LedgerViews.Placed> lines, Rollup total,
		List<Rollup> byMinistry, List<Rollup> byDistrict, List<Rollup> byYear, List<Rollup> bySource,
		List<Behind> behind) {

	/** A line whose execution rate is below the share its round expects by the date. */
	public record Behind(LedgerViews.Placed placed, BigDecimal rate, BigDecimal expected) {
	}

	static LedgerReport of(LedgerFilter filter, LocalDate asOf, List<LedgerViews.Placed> lines,
			List<LedgerViews.RoundSchedule> rounds) {
		Map<Long, Schedule> schedules = new java.util.HashMap<>();
		rounds.forEach((round) -> schedules.put(round.roundId(), round.schedule()));
		List<Behind> behind = new ArrayList<>();
		for (LedgerViews.Placed placed : lines) {
			Schedule schedule = schedules.getOrDefault(placed.roundId(), Schedule.EVEN);
			if (schedule.behind(placed.line(), asOf)) {
				behind.add(new Behind(placed, placed.line().rate(), schedule.expected(placed.line().year(), asOf)));
			}
		}
		return new LedgerReport(filter, asOf, lines, Rollup.ofPlaced("total", lines),
				Rollup.byPlaced(lines, (p) -> String.valueOf(p.line().leadMinistry())),
				Rollup.byPlaced(lines, LedgerReport::district), Rollup.byPlaced(lines, (p) -> "" + p.line().year()),
				Rollup.byPlaced(lines, (p) -> p.line().source().name()), List.copyOf(behind));
	}

	/** How a district is named in the roll-ups: its region and round. */
	static String district(LedgerViews.Placed placed) {
		return placed.regionName() + " (" + placed.roundYear() + ")";
	}

}
