package kr.go.sandan.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.round.CommitteeMeeting;

interface DecisionRepository extends Repository<CommitteeDecision, Long> {

	CommitteeDecision save(CommitteeDecision decision);

	@Query("select d from CommitteeDecision d where d.meeting.id = :meetingId order by d.id")
	List<CommitteeDecision> findByMeeting(long meetingId);

	/**
	 * What the meeting decided, by plan, in the order recorded; empty when there is no
	 * meeting (one query).
	 */
	default Map<Long, Decisions.Decision> decidedAt(CommitteeMeeting meeting) {
		Map<Long, Decisions.Decision> decided = new LinkedHashMap<>();
		if (meeting != null) {
			findByMeeting(meeting.getId()).forEach((decision) -> decided.put(decision.getPlanId(),
					new Decisions.Decision(decision.getPlanId(), decision.getOutcome(), decision.getRationale())));
		}
		return decided;
	}

	/**
	 * The plans the meeting gave this outcome; none when there is no meeting (one query).
	 */
	default List<Long> plansDecided(CommitteeMeeting meeting, PlanStatus outcome) {
		return decidedAt(meeting).values()
			.stream()
			.filter((decision) -> decision.outcome() == outcome)
			.map(Decisions.Decision::planId)
			.toList();
	}

}
