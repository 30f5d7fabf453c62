package kr.go.sandan.complex;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/** Designation of a complex as a Smart Green Industrial Complex (스마트그린산단). */
@Entity
public class SmartGreenDesignation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "complex_id")
	private IndustrialComplex complex;

	private int year;

	private LocalDate announcedOn;

	/** The committee meeting that selected it (none for the 2019 designations). */
	private Long meetingId;

	/**
	 * Whether the public may know it (a selection recorded but not yet published is not).
	 */
	private boolean published;

	private String rationale;

	protected SmartGreenDesignation() {
	}

	/** A selection the committee has just recorded; public once published. */
	SmartGreenDesignation(IndustrialComplex complex, int year, long meetingId, String rationale) {
		this.complex = complex;
		this.year = year;
		this.meetingId = meetingId;
		this.rationale = rationale;
		this.published = false;
	}

	/** Makes the selection public, announced on the day of the committee's meeting. */
	void publish(LocalDate announcedOn) {
		if (!this.published) {
			this.published = true;
			this.announcedOn = announcedOn;
		}
	}

	public IndustrialComplex getComplex() {
		return this.complex;
	}

	public boolean isPublished() {
		return this.published;
	}

	public String getRationale() {
		return this.rationale;
	}

	public int getYear() {
		return this.year;
	}

	/** The day it was announced, where the source gives one. */
	public LocalDate getAnnouncedOn() {
		return this.announcedOn;
	}

}
