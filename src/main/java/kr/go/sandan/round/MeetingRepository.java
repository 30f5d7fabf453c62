package kr.go.sandan.round;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MeetingRepository extends Repository<CommitteeMeeting, Long> {

	CommitteeMeeting save(CommitteeMeeting meeting);

	@Query("select m from CommitteeMeeting m where m.round.id = :roundId and m.kind = :kind")
	Optional<CommitteeMeeting> findByRoundAndKind(long roundId, MeetingKind kind);

}
