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

	/** Named by a region in a draft and not yet by a published plan: not public. */
	private boolean proposed;

	@Version
	private long version;

	protected IndustrialComplex() {
	}

	/**
	 * A complex a region names in its draft: a proposal until a plan naming it is
	 * published.
	 */
	static IndustrialComplex proposed(String name, ComplexType type, Region region) {
		IndustrialComplex complex = new IndustrialComplex();
		complex.name = name;
		complex.type = type;
		complex.region = region;
		complex.proposed = true;
		return complex;
	}

	/** A published plan names it: it is public from now on. */
	void adopt() {
		this.proposed = false;
	}

	public boolean isProposed() {
		return this.proposed;
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
