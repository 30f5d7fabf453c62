package kr.go.sandan.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.account.PortalUser;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.notification.Notifications;
import kr.go.sandan.plan.InnovationPlan;
import kr.go.sandan.plan.PlanDecisions;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.plan.PlanSubmissions;
import kr.go.sandan.plan.PlanSubmissions.Submission;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.CommitteeMeeting;
import kr.go.sandan.round.CommitteeMeetings;
import kr.go.sandan.round.MeetingKind;
import kr.go.sandan.round.ProposalCall;

/**
 * After the final confirmation: its publication, the designation of the confirmed regions
 * as 경쟁력강화사업지구 for three years and its publication, and the closing of a district after
 * its period. Each publication shows the decision on the public pages and tells the
 * regions in the portal; everything is audited.
 */
@Service
@Transactional
public class Designations {

	private final Calls calls;

	private final CommitteeMeetings meetings;

	private final DecisionRepository decisions;

	private final PlanDecisions plans;

	private final PlanSubmissions submissions;

	private final Notifications notifications;

	private final AuditLog audit;

	private final TransactionLocks locks;

	Designations(Calls calls, CommitteeMeetings meetings, DecisionRepository decisions, PlanDecisions plans,
			PlanSubmissions submissions, Notifications notifications, AuditLog audit, TransactionLocks locks) {
		this.locks = locks;
		this.calls = calls;
		this.meetings = meetings;
		this.decisions = decisions;
		this.plans = plans;
		this.submissions = submissions;
		this.notifications = notifications;
		this.audit = audit;
	}

	/**
	 * A confirmed plan at the designation, with what was decided on it and its district
	 * period once designated.
	 */
	public record DesignationLine(Submission plan, Decisions.Decision decision, PlanDecisions.District district) {

		/** Whether the committee can designate it now (confirmed, not withdrawn). */
		public boolean isDesignatable() {
			return this.plan.status() == PlanStatus.CONFIRMED;
		}

	}

	/** The designation of a call's confirmed regions as the ministry prepares it. */
	public record DesignationView(long callId, long roundId, int year, int ordinal, CommitteeMeeting confirmation,
			CommitteeMeeting meeting, List<DesignationLine> plans, LocalDate suggestedStart, LocalDate suggestedEnd) {

		public boolean isConfirmationPublished() {
			return this.confirmation != null && this.confirmation.isPublished();
		}

		public boolean isRecorded() {
			return this.meeting != null;
		}

		public boolean isPublished() {
			return this.meeting != null && this.meeting.isPublished();
		}

	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('MINISTRY')")
	public DesignationView designation(long callId) {
		ProposalCall call = this.calls.get(callId);
		long roundId = call.getRound().getId();
		CommitteeMeeting confirmation = this.meetings.of(roundId, MeetingKind.FINAL_CONFIRMATION).orElse(null);
		CommitteeMeeting meeting = this.meetings.of(roundId, MeetingKind.DESIGNATION).orElse(null);
		List<Long> confirmed = this.decisions.plansDecided(confirmation, PlanStatus.CONFIRMED);
		Map<Long, Decisions.Decision> designated = this.decisions.decidedAt(meeting);
		Map<Long, PlanDecisions.District> districts = this.plans.districts(confirmed);
		List<DesignationLine> lines = this.submissions.of(confirmed)
			.stream()
			.map((plan) -> new DesignationLine(plan, designated.get(plan.planId()), districts.get(plan.planId())))
			.toList();
		// the round's three budget years, as the confirmed budgets are planned
		LocalDate start = LocalDate.of(call.getRound().getYear(), 1, 1);
		return new DesignationView(callId, roundId, call.getRound().getYear(), call.getRound().getOrdinal(),
				confirmation, meeting, lines, start, start.plusYears(3).minusDays(1));
	}

	/**
	 * Publishes the recorded final confirmation: the public pages show the confirmed
	 * plans, and each region is told in the portal.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void publishConfirmation(long callId) {
		this.locks.serialize("decisions", callId);
		ProposalCall call = this.calls.get(callId);
		CommitteeMeeting meeting = this.meetings.of(call.getRound().getId(), MeetingKind.FINAL_CONFIRMATION)
			.orElseThrow(() -> new DecisionRuleException("decision.error.notConfirmed"));
		publish(call, meeting, PlanStatus.CONFIRMED, "confirmation", "notification.confirmed",
				"FINAL_CONFIRMATION_PUBLISHED");
	}

	/**
	 * Records the designation: every confirmed plan's region becomes a district for the
	 * period (at most three years), each with its rationale. Refused before the
	 * confirmation is published, a second time, or when a plan has been withdrawn.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void recordDesignation(long callId, LocalDate heldOn, String chair, LocalDate start, LocalDate end,
			Map<Long, String> rationales, PortalUser officer) {
		this.locks.serialize("decisions", callId);
		DesignationView view = designation(callId);
		if (!view.isConfirmationPublished()) {
			throw new DecisionRuleException("decision.error.confirmationNotPublished");
		}
		if (view.isRecorded()) {
			throw new DecisionRuleException("decision.error.designated");
		}
		List<DesignationLine> designatable = view.plans().stream().filter(DesignationLine::isDesignatable).toList();
		if (designatable.isEmpty()) {
			throw new DecisionRuleException("decision.error.nothingToDesignate");
		}
		if (!InnovationPlan.isValidDistrictPeriod(start, end)) {
			throw new DecisionRuleException("designation.period.invalid");
		}
		for (DesignationLine line : designatable) {
			String rationale = rationales.get(line.plan().planId());
			if (rationale == null || rationale.isBlank()) {
				throw new DecisionRuleException("decision.error.rationaleRequired");
			}
		}
		CommitteeMeeting meeting = this.meetings.hold(view.roundId(), MeetingKind.DESIGNATION, heldOn, chair, null,
				officer.getUsername());
		List<String> lines = new ArrayList<>();
		for (DesignationLine line : designatable) {
			String rationale = rationales.get(line.plan().planId()).strip();
			this.plans.designate(line.plan().planId(), meeting, rationale, start, end);
			this.decisions.save(new CommitteeDecision(meeting, line.plan().planId(), PlanStatus.DESIGNATED, rationale));
			lines.add(line.plan().regionName());
		}
		this.audit.record(AuditEntry.of("DESIGNATION_RECORDED", "call", callId, null, Map.of("heldOn",
				heldOn.toString(), "chair", chair, "period", start + ".." + end, "designated", lines)));
	}

	/**
	 * Publishes the designation: the public pages show the districts with their period,
	 * each region is told, and the announcement summaries can be printed.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void publishDesignation(long callId) {
		this.locks.serialize("decisions", callId);
		ProposalCall call = this.calls.get(callId);
		CommitteeMeeting meeting = this.meetings.of(call.getRound().getId(), MeetingKind.DESIGNATION)
			.orElseThrow(() -> new DecisionRuleException("decision.error.notDesignated"));
		publish(call, meeting, PlanStatus.DESIGNATED, "designation", "notification.designated",
				"DESIGNATION_PUBLISHED");
	}

	private void publish(ProposalCall call, CommitteeMeeting meeting, PlanStatus outcome, String event,
			String messageKey, String action) {
		if (meeting.isPublished()) {
			throw new DecisionRuleException("decision.error.published");
		}
		this.meetings.publish(meeting);
		List<Long> decided = this.decisions.plansDecided(meeting, outcome);
		Map<Long, Submission> byId = this.submissions.of(decided)
			.stream()
			.collect(Collectors.toMap(Submission::planId, Function.identity()));
		// a plan withdrawn since the decision keeps its withdrawal as what the public
		// knows
		List<Long> current = decided.stream()
			.filter((planId) -> byId.containsKey(planId) && byId.get(planId).status() == outcome)
			.toList();
		this.plans.publish(current);
		for (long planId : current) {
			Submission plan = byId.get(planId);
			this.notifications.notifyRegion(plan.regionId(), "call:" + call.getId() + ":" + event, messageKey,
					plan.regionName() + " " + call.getRound().getYear() + "년 산단혁신계획", "/plans/" + planId);
		}
		this.audit.record(AuditEntry.of(action, "call", call.getId(), null, Map.of("published", current.size())));
	}

	/** Closes a designated district after its period, with a note. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void complete(long planId, String note) {
		this.locks.serialize("plan", planId);
		if (note == null || note.isBlank()) {
			throw new DecisionRuleException("designation.complete.noteRequired");
		}
		String problem = kr.go.sandan.web.TextInput.problem(note, 500);
		if (problem != null) {
			throw new DecisionRuleException(problem);
		}
		this.plans.complete(planId, note.strip());
	}

}
