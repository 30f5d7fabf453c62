package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What share of a year's allocated money a round expects executed by the end of each
 * month (cumulative percent, twelve values that never fall, 0–100), set by the program
 * ministry. Without one set, an even share a month.
 */
public record Schedule(List<BigDecimal> months, long version) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** An even share a month: 8.3, 16.7 … 100. */
	public static final Schedule EVEN = even();

	private static Schedule even() {
		List<BigDecimal> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(BigDecimal.valueOf(m * 100L).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP));
		}
		return new Schedule(months, -1);
	}

	public Schedule {
		months = List.copyOf(months);
		if (months.size() != 12) {
			throw new IllegalArgumentException("twelve months");
		}
	}

	/**
	 * The share expected by {@code asOf} of the money of {@code year}: all of a year gone
	 * by, nothing of a year to come, the month's share of the current year.
	 */
	public BigDecimal expected(int year, LocalDate asOf) {
		if (year < asOf.getYear()) {
			return HUNDRED;
		}
		if (year > asOf.getYear()) {
			return BigDecimal.ZERO;
		}
		return this.months.get(asOf.getMonthValue() - 1);
	}

	/**
	 * Whether a line is behind: something was allocated and its execution rate is below
	 * the share expected by {@code asOf}.
	 */
	public boolean behind(LedgerViews.Line line, LocalDate asOf) {
		@Nullable BigDecimal rate = line.rate();
		return rate != null && rate.compareTo(expected(line.year(), asOf)) < 0;
	}

	/**
	 * What is wrong with twelve entered shares, by month index (the form's field), or
	 * nothing: each between 0 and 100, none below the month before.
	 */
	static List<Integer> problems(List<BigDecimal> months) {
		List<Integer> problems = new ArrayList<>();
		for (int m = 0; m < months.size(); m++) {
			BigDecimal share = months.get(m);
			if (share == null) {
				continue;
			}
			if (share.signum() < 0 || share.compareTo(HUNDRED) > 0
					|| (m > 0 && months.get(m - 1) != null && share.compareTo(months.get(m - 1)) < 0)) {
				problems.add(m);
			}
		}
		return problems;
	}

}
