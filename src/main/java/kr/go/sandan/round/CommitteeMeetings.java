package kr.go.sandan.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.notification.Notifications;
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

	private final CallRepository calls;

	private final Notifications notifications;

	private final Clock clock;

	private final JdbcClient jdbc;

	CommitteeMeetings(MeetingRepository meetings, RoundRepository rounds, CallRepository calls,
			Notifications notifications, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.rounds = rounds;
		this.calls = calls;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * A decision recorded and not yet published, as the ministry's work list shows it.
	 */
	public record Unpublished(long meetingId, @Nullable MeetingKind kind, int year, int ordinal, long callId,
			java.time.LocalDate heldOn) {

		/** The page where the decision is published. */
		public String link() {
			return pageOf(this.callId, this.kind);
		}

	}

	/**
	 * Recorded decisions that wait to be published, oldest first (one plain statement:
	 * the JPA query's constructor projection was a seventeenth of the ministry's
	 * {@code /me}; issue 18).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	@PreAuthorize("hasRole('MINISTRY')")
	public java.util.List<Unpublished> unpublished() {
		return this.jdbc.sql("""
				select m.id, m.kind, r.year, r.ordinal, c.id as call_id, m.held_on
				from committee_meeting m join program_round r on r.id = m.round_id
				join proposal_call c on c.round_id = r.id
				where m.published_at is null
				order by m.held_on, m.id""")
			.query((rs, n) -> new Unpublished(rs.getLong("id"),
					(rs.getString("kind") != null) ? MeetingKind.valueOf(rs.getString("kind")) : null,
					rs.getInt("year"), rs.getInt("ordinal"), rs.getLong("call_id"),
					rs.getObject("held_on", LocalDate.class)))
			.list();
	}

	/** The ministry's page of a call's decision of the kind. */
	static String pageOf(long callId, MeetingKind kind) {
		String page = switch (kind) {
			case PRELIMINARY_SELECTION -> "decisions";
			case FINAL_CONFIRMATION -> "confirmation";
			case DESIGNATION -> "designation";
			case SMART_GREEN_SELECTION -> "smart-green";
		};
		return "/ministry/calls/" + callId + "/" + page;
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
		CommitteeMeeting meeting = this.meetings
			.save(new CommitteeMeeting(round, kind, heldOn, TITLE, chair, overQuotaReason, by));
		// the decision waits to be published: every officer has it on their work list
		this.calls.findByRound(roundId)
			.ifPresent((call) -> this.notifications.notifyMinistry("meeting:" + meeting.getId() + ":recorded",
					"notification.decisionToPublish." + kind, round.getYear() + "년 " + round.getOrdinal() + "차",
					pageOf(call.getId(), kind)));
		return meeting;
	}

	@PreAuthorize("hasRole('MINISTRY')")
	public void publish(CommitteeMeeting meeting) {
		meeting.publish(this.clock.instant());
	}

}
