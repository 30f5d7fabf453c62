package kr.go.sandan.round;

import java.time.Instant;

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
 * A notice the ministry posted about an announced call: a correction (정정공고), a deadline
 * moved later, or an early close, with the deadline before and after. Kept as posted (the
 * database refuses changes), for regions and the public to read.
 */
@Entity
@Table(name = "proposal_call_notice")
public class CallNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "call_id")
	private ProposalCall call;

	@Enumerated(EnumType.STRING)
	private CallNoticeKind kind;

	private String body;

	private Instant closesBefore;

	private Instant closesAfter;

	private Instant postedAt;

	private String postedBy;

	protected CallNotice() {
	}

	CallNotice(ProposalCall call, CallNoticeKind kind, String body, Instant closesBefore, Instant closesAfter,
			Instant postedAt, String postedBy) {
		this.call = call;
		this.kind = kind;
		this.body = body;
		this.closesBefore = closesBefore;
		this.closesAfter = closesAfter;
		this.postedAt = postedAt;
		this.postedBy = postedBy;
	}

	public Long getId() {
		return this.id;
	}

	public CallNoticeKind getKind() {
		return this.kind;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getClosesBefore() {
		return this.closesBefore;
	}

	public Instant getClosesAfter() {
		return this.closesAfter;
	}

	public Instant getPostedAt() {
		return this.postedAt;
	}

	public String getPostedBy() {
		return this.postedBy;
	}

}
