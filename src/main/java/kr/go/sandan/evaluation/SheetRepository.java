package kr.go.sandan.evaluation;

import java.math.BigDecimal;
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
	 * The evaluator's sheets on the panels they sit on, a row per score (one for a sheet
	 * without any), in no order (PostgreSQL's sort of the ten synthetic years' 680 rows
	 * was a quarter of the statement; the inbox orders the sheets itself): what the inbox
	 * lists, read as rows rather than records (the sheets with their scores as records,
	 * asked for {@code DISTINCT}, were a fifth of an evaluator's inbox over ten years'
	 * panels; issue 18). The panels by a subquery, not a list of ids: Hibernate builds a
	 * query with a list parameter afresh at every execution (a twentieth of the inbox).
	 */
	@Query("""
			select new kr.go.sandan.evaluation.SheetRepository$ScoreRow(s.id, s.panel.id, s.planId, s.status,
			       s.reopenedReason, sc.indicatorId, sc.score)
			from EvaluationSheet s left join s.scores sc
			where s.accountId = :accountId
			  and exists (select 1 from PanelMember m where m.panel = s.panel and m.accountId = :accountId)""")
	List<ScoreRow> scoresOf(long accountId);

	/**
	 * A sheet with one of its scores ({@code indicatorId} and {@code score} null
	 * without).
	 */
	record ScoreRow(long sheetId, long panelId, long planId, SheetStatus status, String reopenedReason,
			Long indicatorId, BigDecimal score) {
	}

}
