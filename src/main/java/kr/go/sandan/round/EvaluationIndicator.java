package kr.go.sandan.round;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An indicator plans are scored on (평가지표); its weight is empty where not published. */
@Entity
public class EvaluationIndicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id")
	private ProgramRound round;

	private int position;

	private String code;

	private String name;

	private BigDecimal weight;

	private String description;

	protected EvaluationIndicator() {
	}

	EvaluationIndicator(ProgramRound round, int position, Definition definition) {
		this.round = round;
		this.position = position;
		redefine(definition);
	}

	/** The code is tied to the position, so that reordering never collides. */
	void redefine(Definition definition) {
		this.code = "INDICATOR_" + this.position;
		this.name = definition.name();
		this.weight = definition.weight();
		this.description = definition.description();
	}

	/** What an indicator is: name, weight and description. */
	public record Definition(String name, BigDecimal weight, String description) {
	}

	public Long getId() {
		return this.id;
	}

	public String getDescription() {
		return this.description;
	}

	public int getPosition() {
		return this.position;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public BigDecimal getWeight() {
		return this.weight;
	}

}
