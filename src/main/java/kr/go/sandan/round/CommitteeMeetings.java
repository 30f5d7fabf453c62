package kr.go.sandan.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.web.NotFoundException;

/**
 * Meetings of the 경쟁력강화추진위원회 of a round; part of the round module's public API. A round
 * holds at most one meeting of each kind.
 */
@Service
@Transactional
public class CommitteeMeetings {

	/** The committee's name as the release writes it. */
	public static final String TITLE = "노후거점산업단지 경쟁력강화추진위원회";

	private final MeetingRepository meetings;

	private final RoundRepository rounds;

	private final Clock clock;

	CommitteeMeetings(MeetingRepository meetings, RoundRepository rounds, Clock clock) {
		this.meetings = meetings;
		this.rounds = rounds;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<CommitteeMeeting> of(long roundId, MeetingKind kind) {
		return this.meetings.findByRoundAndKind(roundId, kind);
	}

	/** Records that the committee met for the round; refused when it already did. */
	@PreAuthorize("hasRole('MINISTRY')")
	public CommitteeMeeting hold(long roundId, MeetingKind kind, LocalDate heldOn, String chair, String overQuotaReason,
			String by) {
		if (this.meetings.findByRoundAndKind(roundId, kind).isPresent()) {
			throw new ProposalCall.CallRuleException("decision.error.meetingExists");
		}
		ProgramRound round = this.rounds.findWithIndicators(roundId)
			.orElseThrow(() -> new NotFoundException("round", roundId));
		return this.meetings.save(new CommitteeMeeting(round, kind, heldOn, TITLE, chair, overQuotaReason, by));
	}

	@PreAuthorize("hasRole('MINISTRY')")
	public void publish(CommitteeMeeting meeting) {
		meeting.publish(this.clock.instant());
	}

}
