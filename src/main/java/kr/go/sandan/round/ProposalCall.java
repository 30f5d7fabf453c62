package kr.go.sandan.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;

/**
 * A call for proposals (공모) of a round. Ministry officers prepare it, then open it; from
 * then on its rules (period, attachments, indicators) are fixed, and regions may submit
 * between its opening and closing times. After the announcement the ministry may only
 * post notices: a correction (정정공고), a later deadline, or an early close, each one kept
 * for everybody to read ({@link CallNotice}).
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

	private String contact;

	@OneToMany(mappedBy = "call", fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
	@OrderBy("postedAt, id")
	private List<CallNotice> notices = new ArrayList<>();

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

	ProposalCall(ProgramRound round, Instant opensAt, Instant closesAt, String notice, List<String> attachments,
			String contact) {
		this.round = round;
		setRules(opensAt, closesAt, notice, attachments);
		this.contact = contact;
	}

	/** Changes the call's rules; refused once the call is open. */
	void change(Instant opensAt, Instant closesAt, String notice, List<String> attachments, String contact) {
		requireNotOpened();
		setRules(opensAt, closesAt, notice, attachments);
		this.contact = contact;
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

	/**
	 * Posts a correction of the announced call (정정공고): its rules stay as they are, the
	 * correction is read beside them.
	 */
	CallNotice correct(String body, Instant now, String by) {
		requireOpenedForNotice();
		return post(new CallNotice(this, CallNoticeKind.CORRECTION, body, null, null, now, by));
	}

	/**
	 * Moves the deadline later, with a notice saying so; only while the call has not
	 * closed.
	 */
	CallNotice extend(Instant newClosesAt, String body, Instant now, String by) {
		requireOpenedForNotice();
		if (isClosed(now)) {
			throw new CallRuleException("call.error.alreadyClosed");
		}
		if (!newClosesAt.isAfter(this.closesAt)) {
			throw new CallRuleException("call.error.extendNotLater");
		}
		Instant before = this.closesAt;
		this.closesAt = newClosesAt;
		return post(new CallNotice(this, CallNoticeKind.EXTENSION, body, before, newClosesAt, now, by));
	}

	/** Closes the call now, with a notice saying why; only while it takes submissions. */
	CallNotice closeEarly(String body, Instant now, String by) {
		requireOpenedForNotice();
		if (!isAcceptingSubmissions(now)) {
			throw new CallRuleException("call.error.notAccepting");
		}
		Instant before = this.closesAt;
		this.closesAt = now;
		return post(new CallNotice(this, CallNoticeKind.EARLY_CLOSE, body, before, now, now, by));
	}

	private CallNotice post(CallNotice notice) {
		this.notices.add(notice);
		return notice;
	}

	private void requireOpenedForNotice() {
		if (!isOpened()) {
			throw new CallRuleException("call.error.notAnnounced");
		}
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
		return phase(now) == CallPhase.OPEN;
	}

	public boolean isClosed(Instant now) {
		return !now.isBefore(this.closesAt);
	}

	/**
	 * Where the call stands now: prepared, or announced and before, in or after its
	 * period.
	 */
	public CallPhase phase(Instant now) {
		return isOpened() ? CallPhase.ofAnnounced(this.opensAt, this.closesAt, now) : CallPhase.PREPARED;
	}

	/**
	 * When the phase next changes by itself (the opening or the deadline), or
	 * {@code null} when it no longer will.
	 */
	public Instant nextPhaseChange(Instant now) {
		return isOpened() ? CallPhase.nextChangeOfAnnounced(this.opensAt, this.closesAt, now) : null;
	}

	/** Whom to ask about the call, as the ministry wrote it. */
	public String getContact() {
		return this.contact;
	}

	/** What the ministry announced after the announcement, oldest first. */
	public List<CallNotice> getNotices() {
		return this.notices;
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
