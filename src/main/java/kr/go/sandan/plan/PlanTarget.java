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

/**
 * A numeric target of a plan: metric, exact value and unit, and the words it was written
 * in. Yearly actuals of designated regions will be recorded against a target in its unit.
 */
@Entity
public class PlanTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private InnovationPlan plan;

	@Enumerated(EnumType.STRING)
	private TargetSource source;

	private int position;

	@Enumerated(EnumType.STRING)
	private TargetMetric metric;

	private BigDecimal value;

	private MeasureUnit unit;

	private Integer targetYear;

	private String asWritten;

	protected PlanTarget() {
	}

	PlanTarget(InnovationPlan plan, TargetSource source, int position, DraftContent.Target target) {
		this.plan = plan;
		this.source = source;
		this.position = position;
		restate(target);
	}

	void restate(DraftContent.Target target) {
		this.metric = target.metric();
		this.value = target.value();
		this.unit = target.unit();
		this.targetYear = target.targetYear();
		this.asWritten = target.asWritten();
	}

	void placeAt(int position) {
		this.position = position;
	}

	/** The plan's id (without loading the plan). */
	long planId() {
		return this.plan.getId();
	}

	public Long getId() {
		return this.id;
	}

	public TargetSource getSource() {
		return this.source;
	}

	public int getPosition() {
		return this.position;
	}

	public TargetMetric getMetric() {
		return this.metric;
	}

	/**
	 * The value as written in its unit (1.3 for "1.3만명"); empty for a qualitative target.
	 */
	public BigDecimal getValue() {
		return this.value;
	}

	public MeasureUnit getUnit() {
		return this.unit;
	}

	public Integer getTargetYear() {
		return this.targetYear;
	}

	public String getAsWritten() {
		return this.asWritten;
	}

}
