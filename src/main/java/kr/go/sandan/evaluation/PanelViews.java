package kr.go.sandan.evaluation;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import kr.go.sandan.account.Evaluators;
import kr.go.sandan.plan.PlanSubmissions;
import kr.go.sandan.plan.PlanSubmissions.Submission;
import kr.go.sandan.round.ProposalCall;

/**
 * The committee page's reading of a call's evaluation: members and their progress, the
 * assignment matrix, exclusions, how many evaluators count for each plan and how many
 * sheets are outstanding (a fixed number of queries).
 */
@Component
class PanelViews {

	private final PanelRepository panels;

	private final SheetRepository sheets;

	private final PlanSubmissions submissions;

	private final Evaluators evaluators;

	private final Clock clock;

	PanelViews(PanelRepository panels, SheetRepository sheets, PlanSubmissions submissions, Evaluators evaluators,
			Clock clock) {
		this.panels = panels;
		this.sheets = sheets;
		this.submissions = submissions;
		this.evaluators = evaluators;
		this.clock = clock;
	}

	PanelView view(ProposalCall call, EvaluationPanel panel) {
		this.panels.fetchConflicts(panel.getId());
		List<Submission> plans = this.submissions.ofRound(call.getRound().getId());
		Map<Long, Evaluators.Profile> people = new LinkedHashMap<>();
		this.evaluators.of(panel.getMembers().stream().map(PanelMember::getAccountId).toList())
			.forEach((profile) -> people.put(profile.id(), profile));
		List<EvaluationSheet> sheets = this.sheets.findByPanel(panel.getId());
		Map<String, PanelView.Cell> cells = new HashMap<>();
		Map<Long, int[]> progress = new HashMap<>();
		Map<Long, Integer> counted = new HashMap<>();
		Map<Long, Submission> planById = plans.stream()
			.collect(Collectors.toMap(Submission::planId, Function.identity()));
		int outstanding = 0;
		for (EvaluationSheet sheet : sheets) {
			boolean excluded = panel.isExcluded(sheet.getAccountId(), sheet.getPlanId());
			cells.put(Evaluations.key(sheet.getAccountId(), sheet.getPlanId()),
					new PanelView.Cell(sheet.getId(), sheet.getStatus(), excluded));
			int[] counts = progress.computeIfAbsent(sheet.getAccountId(), (id) -> new int[2]);
			if (!excluded) {
				counts[0]++;
				counted.merge(sheet.getPlanId(), 1, Integer::sum);
				if (sheet.isSubmitted()) {
					counts[1]++;
				}
				else if (planById.containsKey(sheet.getPlanId())
						&& planById.get(sheet.getPlanId()).status() != kr.go.sandan.plan.PlanStatus.WITHDRAWN) {
					outstanding++;
				}
			}
		}
		List<PanelView.MemberView> members = panel.getMembers().stream().map((member) -> {
			Evaluators.Profile profile = people.get(member.getAccountId());
			int[] counts = progress.getOrDefault(member.getAccountId(), new int[2]);
			return new PanelView.MemberView(member.getAccountId(), profile.displayName(), profile.username(),
					profile.affiliation(), profile, member.getPledgeSignedAt(), counts[0], counts[1]);
		}).toList();
		List<PanelView.ConflictView> conflicts = panel.getConflicts()
			.stream()
			.filter((conflict) -> planById.containsKey(conflict.getPlanId()))
			.map((conflict) -> new PanelView.ConflictView(conflict.getAccountId(),
					people.containsKey(conflict.getAccountId()) ? people.get(conflict.getAccountId()).displayName()
							: String.valueOf(conflict.getAccountId()),
					conflict.getPlanId(), planById.get(conflict.getPlanId()), conflict.getReason(),
					conflict.getDetail(), conflict.getRecordedAt()))
			.toList();
		Set<Long> memberIds = people.keySet();
		// evaluators can join while forming, and during the evaluation as replacements
		List<Evaluators.Profile> candidates = (panel.getStage() == PanelStage.FORMING
				|| panel.getStage() == PanelStage.IN_PROGRESS)
						? this.evaluators.all().stream().filter((profile) -> !memberIds.contains(profile.id())).toList()
						: List.of();
		return new PanelView(call.getId(), call.getRound().getYear(), call.getRound().getOrdinal(),
				call.isClosed(this.clock.instant()), panel.getId(), panel.getStage(), panel.getAggregation(),
				panel.getDivergenceThreshold(), panel.getOutlierThreshold(), panel.getMinimumEvaluators(),
				panel.getVersion(), panel.getStartedAt(), panel.getCompletedAt(), members, plans, cells, conflicts,
				candidates, counted, outstanding);
	}

}
