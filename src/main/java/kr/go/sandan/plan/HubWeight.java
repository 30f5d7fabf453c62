package kr.go.sandan.plan;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The hub complex's weight in its region (기여도/중요도) on one measure: an amount with its
 * unit and/or the share of the region's total.
 */
@Entity
@Table(name = "plan_hub_weight")
public class HubWeight {

	/** What the weight measures. */
	public enum Measure {

		PRODUCTION, EXPORTS, TENANT_FIRMS, EMPLOYMENT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private InnovationPlan plan;

	private int position;

	@Enumerated(EnumType.STRING)
	private Measure measure;

	private BigDecimal amount;

	private MeasureUnit unit;

	private BigDecimal sharePercent;

	private String asWritten;

	protected HubWeight() {
	}

	HubWeight(InnovationPlan plan, int position, DraftContent.Weight weight) {
		this.plan = plan;
		this.position = position;
		restate(weight);
	}

	void restate(DraftContent.Weight weight) {
		this.measure = weight.measure();
		this.amount = weight.amount();
		this.unit = (weight.amount() != null) ? weight.unit() : null;
		this.sharePercent = weight.sharePercent();
		this.asWritten = weight.asWritten();
	}

	/** Whether the weight states the same figures as {@code weight}. */
	boolean sameAs(DraftContent.Weight weight) {
		return this.measure == weight.measure() && same(this.amount, weight.amount())
				&& this.unit == ((weight.amount() != null) ? weight.unit() : null)
				&& same(this.sharePercent, weight.sharePercent());
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public MeasureUnit getUnit() {
		return this.unit;
	}

	public BigDecimal getSharePercent() {
		return this.sharePercent;
	}

	public String getAsWritten() {
		return this.asWritten;
	}

}
