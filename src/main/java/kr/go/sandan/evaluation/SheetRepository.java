package kr.go.sandan.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SheetRepository extends Repository<EvaluationSheet, Long> {

	EvaluationSheet save(EvaluationSheet sheet);

	void delete(EvaluationSheet sheet);

	@Query("select s.panel.callId from EvaluationSheet s where s.id = :sheetId")
	java.util.Optional<Long> callIdOf(long sheetId);

	@Query("select s from EvaluationSheet s join fetch s.panel where s.id = :id")
	Optional<EvaluationSheet> findWithPanel(long id);

	@Query("select s from EvaluationSheet s where s.panel in :panels")
	List<EvaluationSheet> findByPanels(List<EvaluationPanel> panels);

	@Query("select s from EvaluationSheet s where s.panel.id = :panelId order by s.planId, s.accountId")
	List<EvaluationSheet> findByPanel(long panelId);

	/** Every sheet of the panel with its scores (one query). */
	@Query("select distinct s from EvaluationSheet s left join fetch s.scores where s.panel.id = :panelId")
	List<EvaluationSheet> findWithScoresByPanel(long panelId);

	@Query("select distinct s from EvaluationSheet s left join fetch s.scores where s.panel.id = :panelId and s.planId = :planId")
	List<EvaluationSheet> findWithScoresByPlan(long panelId, long planId);

	/** The panel that evaluated the plan, if any (a plan belongs to one call). */
	@Query("select distinct s.panel from EvaluationSheet s where s.planId = :planId")
	List<EvaluationPanel> findPanelOfPlan(long planId);

	/**
	 * The evaluator's sheets on these panels with their scores, each once, by id. The
	 * join repeats a sheet once per score: the repeats are dropped here, not by SQL
	 * {@code DISTINCT}, which had PostgreSQL sort every joined row by all its columns
	 * (0.8 of the statement's 2 ms over 170 sheets; issue 18).
	 */
	default List<EvaluationSheet> findByAccount(long accountId, List<EvaluationPanel> panels) {
		return List.copyOf(/* X */(findRowsByAccount(accountId, panels)));
	}

	/** {@link #findByAccount}'s rows: a sheet once per score. */
	@Query("select s from EvaluationSheet s left join fetch s.scores where s.accountId = :accountId and s.panel in :panels order by s.id")
	List<EvaluationSheet> findRowsByAccount(long accountId, List<EvaluationPanel> panels);

}
