package kr.go.sandan.annual;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The committee's rating scale (e.g. 우수 from 80, 보통 from 60, 미흡 from 0): a district gets
 * the first band, highest cut-off first, whose cut-off its score reaches. The lowest band
 * starts at 0, so that every score has a rating; labels are distinct and cut-offs
 * strictly fall.
 */
public record RatingScale(List<Band> bands) {

	/** A rating and the lowest score that earns it. */
	public record Band(String label, BigDecimal minScore) {
	}

	public RatingScale {
		bands = bands.stream().sorted(Comparator.comparing(Band::minScore).reversed()).toList();
	}

	/** What is wrong with the scale, as a message key; {@code null} when it holds. */
	static String problem(List<Band> bands) {
		if (bands.size() < 2) {
			return "annual.error.scaleTooSmall";
		}
		Set<String> labels = new HashSet<>();
		Set<BigDecimal> cutOffs = new HashSet<>();
		for (Band band : bands) {
			if (!labels.add(band.label().strip()) || !cutOffs.add(band.minScore().stripTrailingZeros())) {
				return "annual.error.scaleDuplicate";
			}
		}
		boolean startsAtZero = bands.stream().anyMatch((band) -> band.minScore().signum() == 0);
		return startsAtZero ? null : "annual.error.scaleFromZero";
	}

	/** The rating the score earns; {@code null} without a score. */
	public String rate(BigDecimal score) {
		if (score == null) {
			return null;
		}
		return this.bands.stream()
			.filter((band) -> score.compareTo(band.minScore()) >= 0)
			.map(Band::label)
			.findFirst()
			.orElse(null);
	}

	public boolean has(String label) {
		return this.bands.stream().anyMatch((band) -> band.label().equals(label));
	}

	/** The lowest rating (미흡): the one a district may be put on notice for. */
	public String lowest() {
		return this.bands.get(this.bands.size() - 1).label();
	}

}
