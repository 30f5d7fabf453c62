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
		List<Scoring.Indicator> indicators = Ranking.indicators(call.getRound());
		List<Scoring.Sheet> counted = new ArrayList<>();
		List<SheetDetail> details = new ArrayList<>();
		int expected = 0;
		Map<Long, int[]> progress = new java.util.HashMap<>();
		Map<Long, int[]> planProgress = new java.util.HashMap<>();
		for (EvaluationSheet sheet : all) {
			if (!planById.containsKey(sheet.getPlanId())) {
				continue;
			}
			boolean excluded = panel.isExcluded(sheet.getAccountId(), sheet.getPlanId());
			details.add(new SheetDetail(sheet.getAccountId(), sheet.getPlanId(), sheet.getStatus(), excluded,
					sheet.scoreValues(), comments(sheet), sheet.getOpinion(),
					sheet.isSubmitted() ? Scoring.total(sheet.scoreValues(), indicators) : null,
					sheet.getSubmittedAt()));
			if (excluded) {
				continue;
			}
			expected++;
			int[] counts = progress.computeIfAbsent(sheet.getAccountId(), (id) -> new int[2]);
			int[] ofPlan = planProgress.computeIfAbsent(sheet.getPlanId(), (id) -> new int[2]);
			counts[0]++;
			ofPlan[0]++;
			if (sheet.isSubmitted()) {
				counts[1]++;
				ofPlan[1]++;
				counted.add(new Scoring.Sheet(sheet.getAccountId(), sheet.getPlanId(), sheet.scoreValues()));
			}
		}
		List<Exclusion> exclusions = panel.getConflicts()
			.stream()
			.filter((conflict) -> planById.containsKey(conflict.getPlanId()))
			.map((conflict) -> new Exclusion(conflict.getAccountId(), conflict.getPlanId(), conflict.getReason(),
					conflict.getDetail(), conflict.getRecordedAt()))
			.toList();
		Ranking.Result result = Ranking.compute(indicators,
				plans.stream()
					.map((plan) -> new Ranking.Plan(plan.planId(), plan.regionName(), plan.firstSubmittedAt(),
							plan.regionPosition()))
					.toList(),
				counted, panel.rules());
		Set<Long> memberIds = new HashSet<>();
		panel.getMembers().forEach((member) -> memberIds.add(member.getAccountId()));
		List<Evaluators.Profile> people = this.evaluators.of(memberIds);
		Map<Long, Scoring.EvaluatorSpread> spreads = result.evaluators()
			.stream()
			.collect(Collectors.toMap(Scoring.EvaluatorSpread::accountId, Function.identity()));
		List<EvaluatorLine> lines = people.stream().map((person) -> {
			int[] counts = progress.getOrDefault(person.id(), new int[2]);
			return new EvaluatorLine(person, counts[0], counts[1], spreads.get(person.id()));
		}).toList();
		List<BoardRow> rows = result.rows().stream().map((row) -> {
			int[] ofPlan = planProgress.getOrDefault(row.plan().planId(), new int[2]);
			return new BoardRow(row, planById.get(row.plan().planId()), ofPlan[0], ofPlan[1], row.appliedRule(),
					row.belowMinimum());
		}).toList();
		return new Board(call.getId(), call.getRound().getYear(), call.getRound().getOrdinal(), panel.getStage(),
				panel.getAggregation(), panel.getDivergenceThreshold(), panel.getOutlierThreshold(),
				panel.getMinimumEvaluators(), indicators, rows, lines, expected, counted.size(), panel.getCompletedAt(),
				details, exclusions);
	}

	private static Map<Long, String> comments(EvaluationSheet sheet) {
		Map<Long, String> comments = new java.util.HashMap<>();
		sheet.getScores()
			.stream()
			.filter((score) -> score.comment() != null)
			.forEach((score) -> comments.put(score.indicatorId(), score.comment()));
		return comments;
	}

	/**
	 * A call's ranking: rows in rank order, how each evaluator scores, every sheet of the
	 * ranked plans (with its scores, comments and exact total) and who is excluded from
	 * what.
	 */
	public record Board(long callId, int year, int ordinal, PanelStage stage, Aggregation aggregation,
			BigDecimal divergenceThreshold, BigDecimal outlierThreshold, int minimumEvaluators,
			List<Scoring.Indicator> indicators, List<BoardRow> rows, List<EvaluatorLine> evaluators, int expectedSheets,
			int submittedSheets, Instant completedAt, List<SheetDetail> sheets, List<Exclusion> exclusions) {

		/** The evaluator's sheet for the plan, if they were assigned it. */
		public SheetDetail sheet(long accountId, long planId) {
			return this.sheets.stream()
				.filter((sheet) -> sheet.accountId() == accountId && sheet.planId() == planId)
				.findFirst()
				.orElse(null);
		}

		public String evaluatorName(long accountId) {
			return this.evaluators.stream()
				.filter((line) -> line.person().id() == accountId)
				.map((line) -> line.person().displayName())
				.findFirst()
				.orElse(String.valueOf(accountId));
		}

		public BoardRow row(long planId) {
			return this.rows.stream().filter((row) -> row.plan().planId() == planId).findFirst().orElse(null);
		}

		public boolean isFinal() {
			return this.stage == PanelStage.COMPLETED || this.stage == PanelStage.PUBLISHED;
		}

		public String indicatorName(Long id) {
			return this.indicators.stream()
				.filter((indicator) -> id != null && indicator.id() == id)
				.map(Scoring.Indicator::name)
				.findFirst()
				.orElse("");
		}

	}

	/**
	 * A ranked plan with its applicant, its sheets (counted: assigned and not excluded;
	 * submitted), how its score was made, and whether fewer evaluators count than the
	 * committee's minimum.
	 */
	public record BoardRow(Ranking.Row result, Submission plan, int countedSheets, int submittedSheets,
			Scoring.AppliedRule appliedRule, boolean belowMinimum) {

		public BigDecimal total(long accountId) {
			return Scoring.round(this.result.totals().get(accountId));
		}

		public boolean outlier(long accountId) {
			return this.result.outlierAccounts().contains(accountId);
		}

	}

	/**
	 * One evaluator's sheet of a ranked plan.
	 *
	 * @param total the exact weighted total of a submitted sheet (null before)
	 */
	public record SheetDetail(long accountId, long planId, SheetStatus status, boolean excluded,
			Map<Long, BigDecimal> scores, Map<Long, String> comments, String opinion, BigDecimal total,
			Instant submittedAt) {
	}

	/** An evaluator excluded from a plan, and why. */
	public record Exclusion(long accountId, long planId, ConflictReason reason, String detail, Instant recordedAt) {
	}

	/** An evaluator: sheets to do, submitted, and how far from the others they score. */
	public record EvaluatorLine(Evaluators.Profile person, int counted, int submitted, Scoring.EvaluatorSpread spread) {

		public boolean flagged() {
			return this.spread != null && this.spread.flagged();
		}

	}

}
