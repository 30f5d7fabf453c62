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

	protected SmartGreenDesignation() {
	}

	public int getYear() {
		return this.year;
	}

	/** The day it was announced, where the source gives one. */
	public LocalDate getAnnouncedOn() {
		return this.announcedOn;
	}

}
