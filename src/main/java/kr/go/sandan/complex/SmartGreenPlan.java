package kr.go.sandan.complex;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The program's cumulative target of Smart Green complexes for a year (7 → 10 → 15). */
@Entity
public class SmartGreenPlan {

	@Id
	private int year;

	private int cumulativeTarget;

	protected SmartGreenPlan() {
	}

	public int getYear() {
		return this.year;
	}

	public int getCumulativeTarget() {
		return this.cumulativeTarget;
	}

}
