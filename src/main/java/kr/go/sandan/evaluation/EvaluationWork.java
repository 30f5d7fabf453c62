package kr.go.sandan.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.plan.PlanSubmissions;
import kr.go.sandan.plan.PlanSubmissions.Submission;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.ProposalCall;

/**
 * What the evaluation waits for from ministry officers, for their work list: evaluations
 * whose counted sheets are all in and that can be completed (a fixed number of queries).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationWork {

	private final PanelRepository panels;

	private final SheetRepository sheets;

	private final PlanSubmissions submissions;

	private final Calls calls;

	EvaluationWork(PanelRepository panels, SheetRepository sheets, PlanSubmissions submissions, Calls calls) {
		this.panels = panels;
		this.sheets = sheets;
		this.submissions = submissions;
		this.calls = calls;
	}

	/** An evaluation every counted sheet of which is submitted. */
	public record ReadyToComplete(long callId, int year, int ordinal, int submittedSheets) {
	}

	/**
	 * Evaluations in progress whose counted sheets (of plans not withdrawn) are all
	 * submitted: the ministry may complete them.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public List<ReadyToComplete> readyToComplete() {
		List<EvaluationPanel> running = this.panels.findInProgress();
		if (running.isEmpty()) {
			return List.of();
		}
		this.panels.fetchConflicts(running);
		List<EvaluationSheet> all = this.sheets.findByPanels(running);
		Set<Long> withdrawn = this.submissions
			.of(all.stream().map(EvaluationSheet::getPlanId).collect(Collectors.toSet()))
			.stream()
			.filter((plan) -> plan.status() == PlanStatus.WITHDRAWN)
			.map(Submission::planId)
			.collect(Collectors.toSet());
		Map<Long, ProposalCall> callsById = this.calls.all()
			.stream()
			.collect(Collectors.toMap(ProposalCall::getId, Function.identity()));
		List<ReadyToComplete> ready = new ArrayList<>();
		for (EvaluationPanel panel : running) {
			List<EvaluationSheet> counted = all.stream()
				.filter((sheet) -> sheet.getPanel().getId().equals(panel.getId()))
				.filter((sheet) -> !withdrawn.contains(sheet.getPlanId()))
				.filter((sheet) -> !panel.isExcluded(sheet.getAccountId(), sheet.getPlanId()))
				.toList();
			ProposalCall call = callsById.get(panel.getCallId());
			if (!counted.isEmpty() && counted.stream().allMatch(EvaluationSheet::isSubmitted) && call != null) {
				ready.add(new ReadyToComplete(call.getId(), call.getRound().getYear(), call.getRound().getOrdinal(),
						counted.size()));
			}
		}
		return ready;
	}

}
