package kr.go.sandan.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.go.sandan.web.FieldLabel;

/**
 * The program ministry's decision to publish a year's execution figures: the year, a note
 * for the record, and the version it read (the year's newest publication, 0 when none).
 */
public class PublicationForm {

	@FieldLabel("ledger.publication.year")
	@NotNull
	@Min(2000)
	@Max(9999)
	private Integer year;

	@FieldLabel("ledger.publication.note")
	@Size(max = 1000)
	private String note;

	@FieldLabel("ledger.publication.version")
	@NotNull
	private Long version;

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
