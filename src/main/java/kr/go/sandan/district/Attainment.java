package kr.go.sandan.district;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * How far a target's year was reached: the verified actual as a share of the year's
 * target, in percent rounded half up to one decimal. Green from {@link #GREEN} %, amber
 * from {@link #AMBER} %, red below; grey when there is no verified actual or no target to
 * compare it with (a target of zero is met by any actual of zero or more).
 *
 * @param percent the share, or {@code null} when grey
 * @param status the colour
 */
public record Attainment(@Nullable BigDecimal percent, Status status) {

	/** Percent from which a year is green. */
	public static final BigDecimal GREEN = BigDecimal.valueOf(100);

	/** Percent from which a year is amber. */
	public static final BigDecimal AMBER = BigDecimal.valueOf(70);

	/** The colours of attainment. */
	public enum Status {

		GREEN, AMBER, RED, GREY

	}

	/** The attainment of {@code actual} (verified, or null) against {@code target}. */
	public static Attainment of(@Nullable BigDecimal target, @Nullable BigDecimal actual) {
		return of(target, actual, GREEN, AMBER);
	}

	/**
	 * The attainment of {@code actual} against {@code target} with a round's thresholds:
	 * green from {@code green} %, amber from {@code amber} %.
	 */
	public static Attainment of(@Nullable BigDecimal target, @Nullable BigDecimal actual, BigDecimal green,
			BigDecimal amber) {
		if (target == null || actual == null) {
			return new Attainment(null, Status.GREY);
		}
		if (target.signum() == 0) {
			return (actual.signum() >= 0) ? new Attainment(GREEN, Status.GREEN) : new Attainment(null, Status.GREY);
		}
		BigDecimal percent = actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
		Status status = (percent.compareTo(green) >= 0) ? Status.GREEN
				: (percent.compareTo(amber) >= 0) ? Status.AMBER : Status.RED;
		return new Attainment(percent, status);
	}

}
