package kr.go.sandan.complex;

import java.time.LocalDate;

/**
 * A complex as the lists show it, with its Smart Green designation: the year
 * ({@code null} when it has none) and the day it was announced, when known (a committee's
 * selection is dated by its meeting); and whether it is still a region's proposal (shown
 * to the ministry and that region only).
 */
public record ComplexRow(long id, String name, String nameEn, ComplexType type, long regionId, Integer smartGreenYear,
		LocalDate smartGreenAnnouncedOn, boolean proposed) {

	/** The name in the reader's language: English where a well-known one exists. */
	public String nameIn(java.util.Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.nameEn != null) ? this.nameEn : this.name;
	}

	public boolean smartGreen() {
		return this.smartGreenYear != null;
	}

}
