package kr.go.sandan.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import kr.go.sandan.round.ProposalCall;

interface PanelRepository extends Repository<EvaluationPanel, Long> {

	EvaluationPanel save(EvaluationPanel panel);

	/** The call's panel with its members; conflicts are fetched by the next query. */
	@Query("select p from EvaluationPanel p left join fetch p.members where p.callId = :callId")
	Optional<EvaluationPanel> findByCall(long callId);

	@Query("select p from EvaluationPanel p left join fetch p.members where p.id = :id")
	Optional<EvaluationPanel> findWithMembers(long id);

	@Query("select p from EvaluationPanel p left join fetch p.conflicts where p.id = :id")
	EvaluationPanel fetchConflicts(long id);

	/** The panels the evaluator sits on, newest first. */
	@Query("select distinct p from EvaluationPanel p join p.members m where m.accountId = :accountId order by p.id desc")
	List<EvaluationPanel> findByMember(long accountId);

	/**
	 * The calls of the panels the account sits on, with their rounds and the rounds'
	 * indicators (which score each sheet), in one query. The panels by a subquery, not a
	 * list of call ids: Hibernate builds a query with a list parameter afresh at every
	 * execution (a twentieth of an evaluator's inbox; issue 18). A call comes once per
	 * indicator at most (no SQL {@code DISTINCT}: Hibernate drops the repeats).
	 */
	@Query("""
			select c from ProposalCall c join fetch c.round r left join fetch r.indicators
			where c.id in (select p.callId from EvaluationPanel p join p.members m where m.accountId = :accountId)""")
	List<ProposalCall> callsWithIndicatorsOf(long accountId);

	/**
	 * When the evaluator signed each pledge of theirs, by panel ({@code null} unsigned).
	 */
	@Query("select new kr.go.sandan.evaluation.PanelRepository$Pledge(m.panel.id, m.pledgeSignedAt) from PanelMember m where m.accountId = :accountId")
	List<Pledge> pledgesOf(long accountId);

	/**
	 * The plans each panel keeps from the evaluator (conflicts of interest; a plan once
	 * per reason).
	 */
	@Query("select new kr.go.sandan.evaluation.PanelRepository$Exclusion(c.panel.id, c.planId) from Conflict c where c.accountId = :accountId")
	List<Exclusion> exclusionsOf(long accountId);

	/** An evaluator's pledge to one panel. */
	record Pledge(long panelId, Instant signedAt) {
	}

	/** A plan a panel keeps from an evaluator. */
	record Exclusion(long panelId, long planId) {
	}

	/**
	 * Loads these panels' conflicts. Only the loading counts (the answer is not read), so
	 * no SQL {@code DISTINCT} sorts the joined rows.
	 */
	@Query("select p from EvaluationPanel p left join fetch p.conflicts where p in :panels")
	List<EvaluationPanel> fetchConflicts(List<EvaluationPanel> panels);

	/** Panels whose evaluation has started and is not completed. */
	@Query("select p from EvaluationPanel p where p.startedAt is not null and p.completedAt is null order by p.id")
	List<EvaluationPanel> findInProgress();

	@Query("select p.callId from EvaluationPanel p where p.id = :panelId")
	Optional<Long> callIdOf(long panelId);

	@Query("select p from EvaluationPanel p where p.callId = :callId")
	Optional<EvaluationPanel> findPlainByCall(long callId);

}
