package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.Evaluators;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.plan.PlanSubmissions;
import kr.go.sandan.plan.PlanSubmissions.Submission;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.ProposalCall;
import kr.go.sandan.web.NotFoundException;

/**
 * The ranking of a call's plans, computed from the stored scores each time it is read (a
 * fixed number of queries whatever the number of plans and evaluators), so that it can
 * always be reproduced. Only submitted sheets of evaluators without a conflict count.
 */
@Service
@Transactional(readOnly = true)
public class RankingBoards {

	private final PanelRepository panels;

	private final SheetRepository sheets;

	private final Calls calls;

	private final PlanSubmissions submissions;

	private final Evaluators evaluators;

	RankingBoards(PanelRepository panels, SheetRepository sheets, Calls calls, PlanSubmissions submissions,
			Evaluators evaluators) {
		this.panels = panels;
		this.sheets = sheets;
		this.calls = calls;
		this.submissions = submissions;
		this.evaluators = evaluators;
	}

	/** What names a ranking board: its round. */
	public record Heading(int year, int ordinal) {
	}

	/** The round of the call whose board this is (one query). */
	@PreAuthorize("hasRole('MINISTRY')")
	public Heading heading(long callId) {
		Calls.RoundName round = this.calls.roundName(callId);
		return new Heading(round.year(), round.ordinal());
	}

	/** The ranking board of a call's evaluation. */
	@PreAuthorize("hasRole('MINISTRY')")
	public Board board(long callId) {
		ProposalCall call = this.calls.get(callId);
		EvaluationPanel panel = this.panels.findByCall(callId)
			.orElseThrow(() -> new NotFoundException("evaluation panel", callId));
		this.panels.fetchConflicts(panel.getId());
		List<EvaluationSheet> all = this.sheets.findWithScoresByPanel(panel.getId());
		Set<Long> evaluated = all.stream().map(EvaluationSheet::getPlanId).collect(Collectors.toSet());
		// a plan withdrawn during the evaluation leaves the ranking
		List<Submission> plans = this.submissions.ofRound(call.getRound().getId())
			.stream()
			.filter((plan) -> evaluated.contains(plan.planId()) && plan.status() != PlanStatus.WITHDRAWN)
			.toList();
		Map<Long, Submission> planById = plans.stream()
			.collect(Collectors.toMap(Submission::planId, Function.identity()));
		List<Ranking.Indicator> indicators = Ranking.indicators(call.getRound());
		List<Ranking.Sheet> counted = new ArrayList<>();
		int expected = 0;
		Map<Long, int[]> progress = new java.util.HashMap<>();
		for (EvaluationSheet sheet : all) {
			if (panel.isExcluded(sheet.getAccountId(), sheet.getPlanId()) || !planById.containsKey(sheet.getPlanId())) {
				continue;
			}
			expected++;
			int[] counts = progress.computeIfAbsent(sheet.getAccountId(), (id) -> new int[2]);
			counts[0]++;
			if (sheet.isSubmitted()) {
				counts[1]++;
				counted.add(new Ranking.Sheet(sheet.getAccountId(), sheet.getPlanId(), sheet.scoreValues()));
			}
		}
		Ranking.Result result = Ranking.compute(indicators,
				plans.stream()
					.map((plan) -> new Ranking.Plan(plan.planId(), plan.regionName(), plan.firstSubmittedAt(),
							plan.regionPosition()))
					.toList(),
				counted, panel.getAggregation(), panel.getDivergenceThreshold(), panel.getOutlierThreshold());
		Set<Long> memberIds = new HashSet<>();
		panel.getMembers().forEach((member) -> memberIds.add(member.getAccountId()));
		List<Evaluators.Profile> people = this.evaluators.of(memberIds);
		Map<Long, Ranking.EvaluatorSpread> spreads = result.evaluators()
			.stream()
			.collect(Collectors.toMap(Ranking.EvaluatorSpread::accountId, Function.identity()));
		List<EvaluatorLine> lines = people.stream().map((person) -> {
			int[] counts = progress.getOrDefault(person.id(), new int[2]);
			return new EvaluatorLine(person, counts[0], counts[1], spreads.get(person.id()));
		}).toList();
		List<BoardRow> rows = result.rows()
			.stream()
			.map((row) -> new BoardRow(row, planById.get(row.plan().planId())))
			.toList();
		return new Board(call.getId(), call.getRound().getYear(), call.getRound().getOrdinal(), panel.getStage(),
				panel.getAggregation(), panel.getDivergenceThreshold(), panel.getOutlierThreshold(), indicators, rows,
				lines, expected, counted.size(), panel.getCompletedAt());
	}

	/** A call's ranking: rows in rank order, and how each evaluator scores. */
	public record Board(long callId, int year, int ordinal, PanelStage stage, Aggregation aggregation,
			BigDecimal divergenceThreshold, BigDecimal outlierThreshold, List<Ranking.Indicator> indicators,
			List<BoardRow> rows, List<EvaluatorLine> evaluators, int expectedSheets, int submittedSheets,
			Instant completedAt) {

		public boolean isFinal() {
			return this.stage == PanelStage.COMPLETED || this.stage == PanelStage.PUBLISHED;
		}

		public String indicatorName(Long id) {
			return this.indicators.stream()
				.filter((indicator) -> id != null && indicator.id() == id)
				.map(Ranking.Indicator::name)
				.findFirst()
				.orElse("");
		}

	}

	/** A ranked plan with its applicant. */
	public record BoardRow(Ranking.Row result, Submission plan) {

		public BigDecimal total(long accountId) {
			return Ranking.round(this.result.totals().get(accountId));
		}

		public boolean outlier(long accountId) {
			return this.result.outlierAccounts().contains(accountId);
		}

	}

	/** An evaluator: sheets to do, submitted, and how far from the others they score. */
	public record EvaluatorLine(Evaluators.Profile person, int counted, int submitted, Ranking.EvaluatorSpread spread) {

		public boolean flagged() {
			return this.spread != null && this.spread.flagged();
		}

	}

}
