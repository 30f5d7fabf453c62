package kr.go.sandan.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An evaluator on a call's committee, and when they signed the conflict-of-interest
 * pledge.
 */
@Entity
@Table(name = "evaluation_member")
class PanelMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "panel_id")
	private EvaluationPanel panel;

	private long accountId;

	private Instant addedAt;

	private Instant pledgeSignedAt;

	protected PanelMember() {
	}

	PanelMember(EvaluationPanel panel, long accountId, Instant addedAt) {
		this.panel = panel;
		this.accountId = accountId;
		this.addedAt = addedAt;
	}

	void signPledge(Instant now) {
		if (this.pledgeSignedAt != null) {
			throw new EvaluationRuleException("evaluation.error.pledgeSigned");
		}
		this.pledgeSignedAt = now;
	}

	long getAccountId() {
		return this.accountId;
	}

	Instant getAddedAt() {
		return this.addedAt;
	}

	Instant getPledgeSignedAt() {
		return this.pledgeSignedAt;
	}

	boolean hasSignedPledge() {
		return this.pledgeSignedAt != null;
	}

}
