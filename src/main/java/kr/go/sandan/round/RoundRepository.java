package kr.go.sandan.round;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RoundRepository extends Repository<ProgramRound, Long> {

	@Query("select r from ProgramRound r order by r.year")
	List<ProgramRound> findAllByYear();

	@Query("select r from ProgramRound r left join fetch r.indicators where r.id = :id")
	Optional<ProgramRound> findWithIndicators(long id);

	@Query("select r from ProgramRound r left join fetch r.indicators where r.year = :year")
	Optional<ProgramRound> findByYear(int year);

	ProgramRound save(ProgramRound round);

	@Query("select count(r) > 0 from ProgramRound r where r.ordinal = :ordinal and r.year <> :year")
	boolean ordinalTakenByAnotherYear(int ordinal, int year);

}
