package kr.go.sandan.round;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MeetingRepository extends Repository<CommitteeMeeting, Long> {

	CommitteeMeeting save(CommitteeMeeting meeting);

	@Query("""
			select new kr.go.sandan.round.CommitteeMeetings$Unpublished(m.id, m.kind, r.year, r.ordinal, c.id, m.heldOn)
			from CommitteeMeeting m join m.round r join ProposalCall c on c.round = r
			where m.publishedAt is null order by m.heldOn, m.id""")
	java.util.List<CommitteeMeetings.Unpublished> findUnpublished();

	@Query("select m from CommitteeMeeting m where m.round.id = :roundId and m.kind = :kind")
	Optional<CommitteeMeeting> findByRoundAndKind(long roundId, MeetingKind kind);

}
