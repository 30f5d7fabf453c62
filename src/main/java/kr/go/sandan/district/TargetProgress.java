package kr.go.sandan.district;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One target of a district over its years: the year's target, what the region reported,
 * the ministry's finding, and the attainment counted from verified actuals only; with the
 * coordinates of its chart (target path against verified actuals), drawn on the server.
 *
 * @param target the target and its path
 * @param years one cell per district year
 */
public record TargetProgress(DistrictViews.Target target, List<Cell> years) {

	/** Chart width and height in SVG units. */
	static final int WIDTH = 360;

	static final int HEIGHT = 160;

	private static final int PAD = 28;

	/** A district year of the target. */
	public record Cell(DistrictYear year, @Nullable BigDecimal target, DistrictViews.@Nullable Actual actual,
			Attainment attainment, @Nullable Point targetPoint, @Nullable Point actualPoint) {
	}

	/** A point of the chart. */
	public record Point(int x, int y) {
	}

	/** The progress of each target, from the actuals of the district's reports. */
	static List<TargetProgress> of(List<DistrictViews.Target> targets, List<DistrictYear> years,
			List<DistrictViews.Actual> actuals, RoundRules rules) {
		List<TargetProgress> progress = new ArrayList<>();
		for (DistrictViews.Target target : targets) {
			Map<Integer, DistrictViews.Actual> byYear = new java.util.HashMap<>();
			for (DistrictViews.Actual actual : actuals) {
				if (actual.targetId() == target.id()) {
					byYear.put(actual.year(), actual);
				}
			}
			BigDecimal max = BigDecimal.ONE;
			for (BigDecimal value : values(target, byYear)) {
				max = max.max(value);
			}
			List<Cell> cells = new ArrayList<>();
			for (DistrictYear year : years) {
				BigDecimal yearTarget = target.yearTarget(year.number());
				DistrictViews.Actual actual = byYear.get(year.number());
				BigDecimal verified = (actual != null && actual.verified()) ? actual.value() : null;
				int x = x(year.number(), years.size());
				cells.add(new Cell(year, yearTarget, actual, rules.attainment(yearTarget, verified),
						(yearTarget != null) ? new Point(x, y(yearTarget, max)) : null,
						(verified != null) ? new Point(x, y(verified, max)) : null));
			}
			progress.add(new TargetProgress(target, cells));
		}
		return progress;
	}

	private static List<BigDecimal> values(DistrictViews.Target target, Map<Integer, DistrictViews.Actual> actuals) {
		List<BigDecimal> values = new ArrayList<>();
		for (BigDecimal v : new BigDecimal[] { target.baselineValue(), target.year1(), target.year2(),
				target.year3() }) {
			if (v != null) {
				values.add(v);
			}
		}
		actuals.values()
			.stream()
			.filter((a) -> a.verified() && a.value() != null)
			.forEach((a) -> values.add(a.value()));
		return values;
	}

	private static int x(int number, int count) {
		return PAD + (WIDTH - 2 * PAD) * number / Math.max(count, 1);
	}

	private static int y(BigDecimal value, BigDecimal max) {
		BigDecimal share = value.max(BigDecimal.ZERO).divide(max, 6, RoundingMode.HALF_UP);
		return HEIGHT - PAD - share.multiply(BigDecimal.valueOf(HEIGHT - 2 * PAD)).intValue();
	}

	/** The baseline's point (at the chart's left edge), if set. */
	public @Nullable Point baselinePoint() {
		if (this.target.baselineValue() == null) {
			return null;
		}
		BigDecimal max = BigDecimal.ONE;
		for (BigDecimal v : values(this.target, Map.of())) {
			max = max.max(v);
		}
		for (Cell cell : this.years) {
			if (cell.actual() != null && cell.actual().verified() && cell.actual().value() != null) {
				max = max.max(cell.actual().value());
			}
		}
		return new Point(PAD, y(this.target.baselineValue(), max));
	}

	/** The target path as SVG polyline points, baseline first. */
	public String pathPoints() {
		StringBuilder points = new StringBuilder();
		Point baseline = baselinePoint();
		if (baseline != null) {
			points.append(baseline.x()).append(',').append(baseline.y());
		}
		for (Cell cell : this.years) {
			if (cell.targetPoint() != null) {
				points.append(points.isEmpty() ? "" : " ")
					.append(cell.targetPoint().x())
					.append(',')
					.append(cell.targetPoint().y());
			}
		}
		return points.toString();
	}

	public int getWidth() {
		return WIDTH;
	}

	public int getHeight() {
		return HEIGHT;
	}

	public int getBottom() {
		return HEIGHT - PAD;
	}

	public int getLeft() {
		return PAD;
	}

}
