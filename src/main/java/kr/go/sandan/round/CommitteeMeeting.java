package kr.go.sandan.round;

import java.time.Instant;
import java.time.LocalDate;

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

/** A meeting of the 노후거점산업단지 경쟁력강화추진위원회, where selections are decided. */
@Entity
public class CommitteeMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate heldOn;

	private String title;

	private String chair;

	private String coChair;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "round_id")
	private ProgramRound round;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private String overQuotaReason;

	private String recordedBy;

	private Instant publishedAt;

	@Version
	private long version;

	protected CommitteeMeeting() {
	}

	CommitteeMeeting(ProgramRound round, MeetingKind kind, LocalDate heldOn, String title, String chair,
			String overQuotaReason, String recordedBy) {
		this.round = round;
		this.kind = kind;
		this.heldOn = heldOn;
		this.title = title;
		this.chair = chair;
		this.overQuotaReason = overQuotaReason;
		this.recordedBy = recordedBy;
	}

	/** Makes the meeting's decisions public; once. */
	void publish(Instant now) {
		if (this.publishedAt != null) {
			throw new ProposalCall.CallRuleException("decision.error.published");
		}
		this.publishedAt = now;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public String getOverQuotaReason() {
		return this.overQuotaReason;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public boolean isPublished() {
		return this.publishedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getTitle() {
		return this.title;
	}

	public String getChair() {
		return this.chair;
	}

	public String getCoChair() {
		return this.coChair;
	}

}
