package kr.go.sandan.decision;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DecisionRepository extends Repository<CommitteeDecision, Long> {

	CommitteeDecision save(CommitteeDecision decision);

	@Query("select d from CommitteeDecision d where d.meeting.id = :meetingId order by d.id")
	List<CommitteeDecision> findByMeeting(long meetingId);

}
