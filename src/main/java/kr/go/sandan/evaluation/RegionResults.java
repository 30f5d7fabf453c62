package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;
import kr.go.sandan.plan.PlanDecisions;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.plan.PlanSubmissions;
import kr.go.sandan.plan.PlanSubmissions.Submission;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.ProposalCall;

/**
 * A plan's evaluation as its region reads it once the committee's decisions are
 * published: the score, how it was made (the rule applied to how many counted
 * evaluators), the mean of each indicator, the evaluators' comments and opinions without
 * their names, and the committee's decision with its rationale. A plan withdrawn during
 * the evaluation has no score: it left the ranking, and its result says so.
 */
@Service
@Transactional(readOnly = true)
public class RegionResults {

	private final PanelRepository panels;

	private final SheetRepository sheets;

	private final Calls calls;

	private final PlanSubmissions submissions;

	private final PlanDecisions decisions;

	private final JdbcClient jdbc;

	RegionResults(PanelRepository panels, SheetRepository sheets, Calls calls, PlanSubmissions submissions,
			PlanDecisions decisions, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.panels = panels;
		this.sheets = sheets;
		this.calls = calls;
		this.submissions = submissions;
		this.decisions = decisions;
	}

	/**
	 * The plan's result; empty before publication and for anyone but the plan's region
	 * and the ministry.
	 */
	public Optional<RegionResult> of(long planId, PortalUser viewer) {
		if (viewer == null || !(viewer.has(Role.REGION) || viewer.has(Role.MINISTRY))) {
			return Optional.empty();
		}
		List<Submission> found = this.submissions.of(List.of(planId));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Submission plan = found.get(0);
		if (!viewer.has(Role.MINISTRY) && !Objects.equals(viewer.getRegionId(), plan.regionId())) {
			return Optional.empty();
		}
		Optional<EvaluationPanel> published = this.sheets.findPanelOfPlan(planId)
			.stream()
			.filter((panel) -> panel.getStage() == PanelStage.PUBLISHED)
			.findFirst();
		if (published.isEmpty()) {
			return Optional.empty();
		}
		EvaluationPanel panel = published.get();
		ProposalCall call = this.calls.get(panel.getCallId());
		Optional<PlanDecisions.PublishedDecision> decision = this.decisions.latestPublished(planId);
		if (plan.status() == PlanStatus.WITHDRAWN) {
			// it left the ranking when it was withdrawn: no score anywhere
			return Optional.of(new RegionResult(plan, call.getRound().getYear(), call.getRound().getOrdinal(),
					panel.getAggregation(), null, null, 0, panel.getMinimumEvaluators(), List.of(), List.of(),
					decision.orElse(null), true));
		}
		this.panels.fetchConflicts(panel.getId());
		List<Scoring.Indicator> indicators = Ranking.indicators(call.getRound());
		List<EvaluationSheet> counted = this.sheets.findWithScoresByPlan(panel.getId(), planId)
			.stream()
			.filter((sheet) -> sheet.isSubmitted() && !panel.isExcluded(sheet.getAccountId(), planId))
			.toList();
		Ranking.Row row = Ranking.compute(indicators,
				List.of(new Ranking.Plan(planId, plan.regionName(), plan.firstSubmittedAt(), plan.regionPosition())),
				counted.stream()
					.map((sheet) -> new Scoring.Sheet(sheet.getAccountId(), planId, sheet.scoreValues()))
					.toList(),
				panel.rules())
			.rows()
			.get(0);
		List<IndicatorResult> lines = indicators.stream()
			.map((indicator) -> new IndicatorResult(indicator.name(), indicator.weight(),
					row.indicatorMeans().get(indicator.id()),
					counted.stream()
						.map((sheet) -> sheet.score(indicator.id()).map(Score::comment).orElse(null))
						.filter((comment) -> comment != null && !comment.isBlank())
						.sorted()
						.toList()))
			.toList();
		List<String> opinions = counted.stream()
			.map(EvaluationSheet::getOpinion)
			.filter((opinion) -> opinion != null && !opinion.isBlank())
			.sorted()
			.toList();
		return Optional.of(new RegionResult(plan, call.getRound().getYear(), call.getRound().getOrdinal(),
				panel.getAggregation(), row.appliedRule(), row.score(), row.count(), panel.getMinimumEvaluators(),
				lines, opinions, decision.orElse(null), false));
	}

	/**
	 * Which of the given plans have published evaluation results (one plain statement:
	 * the JPA query's translation, made again for every length of the list, was a tenth
	 * of a region's {@code /me}; issue 18).
	 */
	public Set<Long> withPublishedResults(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("""
				select distinct s.plan_id from evaluation_sheet s join evaluation_panel p on p.id = s.panel_id
				where s.plan_id = any(?) and p.results_published_at is not null""")
			.param(planIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	/**
	 * A plan's evaluation as its region reads it.
	 *
	 * @param aggregation the committee's rule
	 * @param appliedRule how the score was actually made; {@code null} when withdrawn
	 * @param score {@code null} when withdrawn (or nothing counted)
	 * @param evaluators how many evaluators' totals counted
	 * @param decision the committee's published decision with its rationale, if any
	 */
	public record RegionResult(Submission plan, int year, int ordinal, Aggregation aggregation,
			Scoring.AppliedRule appliedRule, BigDecimal score, int evaluators, int minimumEvaluators,
			List<IndicatorResult> indicators, List<String> opinions, PlanDecisions.PublishedDecision decision,
			boolean withdrawn) {

		public boolean belowMinimum() {
			return !this.withdrawn && this.evaluators < this.minimumEvaluators;
		}

	}

	public record IndicatorResult(String name, BigDecimal weight, BigDecimal mean, List<String> comments) {
	}

}
