package kr.go.sandan.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;

/**
 * A call for proposals (공모) of a round. Ministry officers prepare it, then open it; from
 * then on its rules (period, attachments, indicators) are fixed, and regions may submit
 * between its opening and closing times.
 */
@Entity
public class ProposalCall {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id")
	private ProgramRound round;

	private Instant opensAt;

	private Instant closesAt;

	private String notice;

	private Instant openedAt;

	private String openedBy;

	@ElementCollection
	@CollectionTable(name = "proposal_call_attachment", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "name")
	private List<String> requiredAttachments = new ArrayList<>();

	@Version
	private long version;

	protected ProposalCall() {
	}

	ProposalCall(ProgramRound round, Instant opensAt, Instant closesAt, String notice, List<String> attachments) {
		this.round = round;
		setRules(opensAt, closesAt, notice, attachments);
	}

	/** Changes the call's rules; refused once the call is open. */
	void change(Instant opensAt, Instant closesAt, String notice, List<String> attachments) {
		requireNotOpened();
		setRules(opensAt, closesAt, notice, attachments);
	}

	private void setRules(Instant opensAt, Instant closesAt, String notice, List<String> attachments) {
		if (!opensAt.isBefore(closesAt)) {
			throw new IllegalArgumentException("A call must open before it closes");
		}
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.notice = notice;
		this.requiredAttachments = new ArrayList<>(attachments);
	}

	/** Publishes the call: its rules are fixed from now on. */
	void open(Instant now, String by) {
		requireNotOpened();
		if (!now.isBefore(this.closesAt)) {
			throw new CallRuleException("call.error.closesInPast");
		}
		this.openedAt = now;
		this.openedBy = by;
	}

	void requireNotOpened() {
		if (isOpened()) {
			throw new CallRuleException("call.error.alreadyOpen");
		}
	}

	public boolean isOpened() {
		return this.openedAt != null;
	}

	/** Whether regions may submit now: opened, and within the period. */
	public boolean isAcceptingSubmissions(Instant now) {
		return isOpened() && !now.isBefore(this.opensAt) && now.isBefore(this.closesAt);
	}

	public boolean isClosed(Instant now) {
		return !now.isBefore(this.closesAt);
	}

	public Long getId() {
		return this.id;
	}

	public ProgramRound getRound() {
		return this.round;
	}

	public Instant getOpensAt() {
		return this.opensAt;
	}

	public Instant getClosesAt() {
		return this.closesAt;
	}

	public String getNotice() {
		return this.notice;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public String getOpenedBy() {
		return this.openedBy;
	}

	public List<String> getRequiredAttachments() {
		return this.requiredAttachments;
	}

	public long getVersion() {
		return this.version;
	}

	/** A rule of the call was broken; the message key says which. */
	public static class CallRuleException extends RuntimeException {

		private final String messageKey;

		public CallRuleException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String getMessageKey() {
			return this.messageKey;
		}

	}

}
