package kr.go.sandan.complex;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import kr.go.sandan.region.Region;

/**
 * An industrial complex (산업단지). Its type is empty where the source does not state it: the
 * portal never guesses.
 */
@Entity
public class IndustrialComplex {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private ComplexType type;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_id")
	private Region region;

	@Version
	private long version;

	protected IndustrialComplex() {
	}

	IndustrialComplex(String name, ComplexType type, Region region) {
		this.name = name;
		this.type = type;
		this.region = region;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	/** The well-known English name, or {@code null} where none is known. */
	public String getNameEn() {
		return this.nameEn;
	}

	/** The name in the reader's language: English where a well-known one exists. */
	public String nameIn(java.util.Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.nameEn != null) ? this.nameEn : this.name;
	}

	public ComplexType getType() {
		return this.type;
	}

	public Region getRegion() {
		return this.region;
	}

}
