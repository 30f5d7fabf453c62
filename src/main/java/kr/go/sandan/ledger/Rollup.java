package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Sums of ledger lines under one key (a project, a year, a source, the district),
 * computed when read and never stored. The execution rate is executed over allocated (집행률
 * = 집행액 / 교부액), in percent with one decimal, half up; none when nothing was allocated.
 */
public record Rollup(String key, BigDecimal confirmed, BigDecimal secured, BigDecimal allocated, BigDecimal executed,
		BigDecimal settled, BigDecimal carriedOver, BigDecimal returned) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public @Nullable BigDecimal rate() {
		return rate(this.executed, this.allocated);
	}

	static @Nullable BigDecimal rate(@Nullable BigDecimal executed, @Nullable BigDecimal allocated) {
		if (allocated == null || allocated.signum() <= 0) {
			return null;
		}
		BigDecimal done = (executed != null) ? executed : BigDecimal.ZERO;
		return done.multiply(HUNDRED).divide(allocated, 1, RoundingMode.HALF_UP);
	}

	/** The bar's length in a chart of {@code width} units: capped at 100 %. */
	public int barLength(int width) {
		BigDecimal rate = rate();
		if (rate == null) {
			return 0;
		}
		return rate.min(HUNDRED)
			.multiply(BigDecimal.valueOf(width))
			.divide(HUNDRED, 0, RoundingMode.HALF_UP)
			.intValue();
	}

	/** The lines summed per key, keys in the order they first appear. */
	static List<Rollup> by(List<LedgerViews.Line> lines, Function<LedgerViews.Line, String> key) {
		return group(lines, Function.identity(), key);
	}

	/** Lines of several districts summed per key, keys in the order they first appear. */
	static List<Rollup> byPlaced(List<LedgerViews.Placed> lines, Function<LedgerViews.Placed, String> key) {
		return group(lines, LedgerViews.Placed::line, key);
	}

	private static <T> List<Rollup> group(List<T> items, Function<T, LedgerViews.Line> line, Function<T, String> key) {
		Map<String, List<LedgerViews.Line>> groups = new LinkedHashMap<>();
		for (T item : items) {
			groups.computeIfAbsent(key.apply(item), (k) -> new ArrayList<>()).add(line.apply(item));
		}
		List<Rollup> sums = new ArrayList<>();
		groups.forEach((k, group) -> sums.add(of(k, group)));
		return sums;
	}

	/** The sum of lines of several districts. */
	static Rollup ofPlaced(String key, List<LedgerViews.Placed> lines) {
		return of(key, lines.stream().map(LedgerViews.Placed::line).toList());
	}

	static Rollup of(String key, List<LedgerViews.Line> lines) {
		return new Rollup(key, sum(lines, null), sum(lines, Stage.SECURED), sum(lines, Stage.ALLOCATED),
				sum(lines, Stage.EXECUTED), sum(lines, Stage.SETTLED), sum(lines, Stage.CARRIED_OVER),
				sum(lines, Stage.RETURNED));
	}

	private static BigDecimal sum(List<LedgerViews.Line> lines, @Nullable Stage stage) {
		BigDecimal sum = BigDecimal.ZERO;
		for (LedgerViews.Line line : lines) {
			BigDecimal amount = (stage != null) ? line.amount(stage) : line.confirmed();
			if (amount != null) {
				sum = sum.add(amount);
			}
		}
		return sum;
	}

}
