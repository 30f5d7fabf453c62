package kr.go.sandan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import kr.go.sandan.complex.IndustrialComplex;
import kr.go.sandan.complex.LinkedArea;

/**
 * A linked complex (연계산단) or linked area (연계지역) of a plan, with the function it serves
 * for the hub (연계기능). Exactly one of complex and area is set.
 */
@Entity
@Table(name = "plan_linked_site")
public class LinkedSite {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private InnovationPlan plan;

	private int position;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "complex_id")
	private IndustrialComplex complex;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "area_id")
	private LinkedArea area;

	private String linkageFunction;

	protected LinkedSite() {
	}

	LinkedSite(InnovationPlan plan, int position, IndustrialComplex complex, LinkedArea area, String linkageFunction) {
		this.plan = plan;
		this.position = position;
		restate(complex, area, linkageFunction);
	}

	void restate(IndustrialComplex complex, LinkedArea area, String linkageFunction) {
		this.complex = complex;
		this.area = area;
		this.linkageFunction = linkageFunction;
	}

	public IndustrialComplex getComplex() {
		return this.complex;
	}

	public LinkedArea getArea() {
		return this.area;
	}

	public boolean isComplex() {
		return this.complex != null;
	}

	public String getName() {
		return isComplex() ? this.complex.getName() : this.area.getName();
	}

	public String getLinkageFunction() {
		return this.linkageFunction;
	}

}
