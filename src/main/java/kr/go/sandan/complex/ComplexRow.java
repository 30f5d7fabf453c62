package kr.go.sandan.complex;

import java.time.LocalDate;

/**
 * A complex as the lists show it, with its Smart Green designation year ({@code null}
 * when it has none), and whether it is still a region's proposal (shown to the ministry
 * and that region only).
 */
public record ComplexRow(long id, String name, ComplexType type, long regionId, Integer smartGreenYear,
		LocalDate smartGreenAnnouncedOn, boolean proposed) {

	public boolean smartGreen() {
		return this.smartGreenYear != null;
	}

}
