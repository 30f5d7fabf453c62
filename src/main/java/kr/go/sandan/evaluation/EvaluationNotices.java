package kr.go.sandan.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import kr.go.sandan.notification.Notifications;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.plan.PlanSubmissions;
import kr.go.sandan.plan.PlanSubmissions.Submission;
import kr.go.sandan.round.ProposalCall;

/**
 * Who the evaluation tells what, in the transaction of the change (each person once per
 * event, {@link Notifications}): evaluators when they are assigned, when the evaluation
 * starts and when a sheet of theirs is reopened; ministry officers when every counted
 * sheet is in.
 */
@Component
class EvaluationNotices {

	private final Notifications notifications;

	private final SheetRepository sheets;

	private final PlanSubmissions submissions;

	EvaluationNotices(Notifications notifications, SheetRepository sheets, PlanSubmissions submissions) {
		this.notifications = notifications;
		this.sheets = sheets;
		this.submissions = submissions;
	}

	/** The evaluators were put on the call's committee (once per committee). */
	void assigned(EvaluationPanel panel, ProposalCall call, Collection<Long> accountIds) {
		for (Long accountId : accountIds) {
			this.notifications.notifyAccounts(Set.of(accountId), "evaluation:" + panel.getId() + ":member:" + accountId,
					"notification.evaluatorAssigned", subject(call), "/evaluations");
		}
	}

	/** The evaluation started: every member may read and score their plans. */
	void started(EvaluationPanel panel, ProposalCall call) {
		this.notifications.notifyAccounts(
				panel.getMembers().stream().map(PanelMember::getAccountId).collect(Collectors.toSet()),
				"evaluation:" + panel.getId() + ":started", "notification.evaluationStarted", subject(call),
				"/evaluations");
	}

	/** A ministry officer sent a submitted sheet back to its evaluator. */
	void reopened(EvaluationSheet sheet, String regionName, ProposalCall call, Instant now) {
		this.notifications.notifyAccounts(Set.of(sheet.getAccountId()),
				"evaluation-sheet:" + sheet.getId() + ":reopened:" + now.toEpochMilli(), "notification.sheetReopened",
				regionName + " (" + subject(call) + ")", "/evaluations/sheets/" + sheet.getId());
	}

	/**
	 * A sheet was submitted: when it was the last counted one of the plans still in the
	 * evaluation, the ministry is told the evaluation can be completed.
	 */
	void submitted(EvaluationSheet submitted, ProposalCall call) {
		EvaluationPanel panel = submitted.getPanel();
		Set<Long> withdrawn = this.submissions.ofRound(call.getRound().getId())
			.stream()
			.filter((plan) -> plan.status() == PlanStatus.WITHDRAWN)
			.map(Submission::planId)
			.collect(Collectors.toSet());
		boolean outstanding = this.sheets.findByPanel(panel.getId())
			.stream()
			.anyMatch((sheet) -> !sheet.isSubmitted() && !withdrawn.contains(sheet.getPlanId())
					&& !panel.isExcluded(sheet.getAccountId(), sheet.getPlanId()));
		if (!outstanding) {
			this.notifications.notifyMinistry(
					"evaluation:" + panel.getId() + ":all-in:" + submitted.getId() + ":"
							+ submitted.getSubmittedAt().toEpochMilli(),
					"notification.sheetsAllIn", subject(call), "/ministry/calls/" + call.getId() + "/evaluation");
		}
	}

	private static String subject(ProposalCall call) {
		return call.getRound().getYear() + "년 " + call.getRound().getOrdinal() + "차 평가";
	}

}
