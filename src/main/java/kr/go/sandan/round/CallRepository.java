package kr.go.sandan.round;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CallRepository extends Repository<ProposalCall, Long> {

	ProposalCall save(ProposalCall call);

	@Query("select c from ProposalCall c join fetch c.round r order by r.year desc")
	List<ProposalCall> findAllWithRound();

	@Query("select c from ProposalCall c join fetch c.round r left join fetch r.indicators where c.id = :id")
	Optional<ProposalCall> findDetailed(long id);

	/** The year and ordinal of the call's round, without loading the call. */
	@Query("select new kr.go.sandan.round.Calls$RoundName(r.year, r.ordinal) from ProposalCall c join c.round r where c.id = :id")
	Optional<Calls.RoundName> findRoundName(long id);

	@Query("select c from ProposalCall c left join fetch c.requiredAttachments where c.id = :id")
	Optional<ProposalCall> fetchAttachments(long id);

	@Query("select c from ProposalCall c left join fetch c.notices where c.id = :id")
	Optional<ProposalCall> fetchNotices(long id);

	@Query("select c from ProposalCall c join fetch c.round where c.round.id = :roundId")
	Optional<ProposalCall> findByRound(long roundId);

}
