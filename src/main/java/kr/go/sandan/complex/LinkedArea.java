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
 * A linked area (연계지역): a place tied to a hub complex that is not itself an industrial
 * complex, such as a free economic zone or a smart city.
 */
@Entity
public class LinkedArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private LinkedAreaKind kind;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_id")
	private Region region;

	/** Named by a region in a draft and not yet by a published plan: not public. */
	private boolean proposed;

	@Version
	private long version;

	protected LinkedArea() {
	}

	/**
	 * An area a region names in its draft: a proposal until a plan naming it is
	 * published.
	 */
	static LinkedArea proposed(String name, LinkedAreaKind kind, Region region) {
		LinkedArea area = new LinkedArea();
		area.name = name;
		area.kind = kind;
		area.region = region;
		area.proposed = true;
		return area;
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

	public LinkedAreaKind getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

}
