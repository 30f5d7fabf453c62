package kr.go.sandan.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.account.PortalUser;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.complex.ComplexRow;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.plan.InnovationPlan;
import kr.go.sandan.plan.PlanCatalog;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.CommitteeMeeting;
import kr.go.sandan.round.CommitteeMeetings;
import kr.go.sandan.round.MeetingKind;
import kr.go.sandan.round.ProposalCall;

/**
 * The committee's selection of selected regions' hub complexes as Smart Green Industrial
 * Complexes (스마트그린산단), with the year, counted against the program's cumulative plan (7 →
 * 10 → 15). Recorded, then published like every decision.
 */
@Service
@Transactional
public class SmartGreenSelections {

	private final Calls calls;

	private final CommitteeMeetings meetings;

	private final PlanCatalog plans;

	private final Complexes complexes;

	private final AuditLog audit;

	private final TransactionLocks locks;

	SmartGreenSelections(Calls calls, CommitteeMeetings meetings, PlanCatalog plans, Complexes complexes,
			AuditLog audit, TransactionLocks locks) {
		this.locks = locks;
		this.calls = calls;
		this.meetings = meetings;
		this.plans = plans;
		this.complexes = complexes;
		this.audit = audit;
	}

	/** A selected region's hub complex, and whether it is a Smart Green complex. */
	public record Candidate(String regionName, String regionNameEn, long complexId, String complexName,
			ComplexRow row) {

		/** The region's name (as when the plan was made) in the reader's language. */
		public String regionNameIn(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.regionNameEn : this.regionName;
		}

		public boolean isSmartGreen() {
			return this.row != null && this.row.smartGreen();
		}

	}

	/** The Smart Green selection of a call's round as the ministry prepares it. */
	public record SmartGreenView(long callId, int year, int ordinal, boolean preliminaryPublished,
			List<Candidate> candidates, CommitteeMeeting meeting, List<Complexes.SmartGreenSelection> selected,
			Complexes.SmartGreenSummary summary) {

		public boolean isRecorded() {
			return this.meeting != null;
		}

		public boolean isPublished() {
			return this.meeting != null && this.meeting.isPublished();
		}

		/** Hub complexes that could still be selected. */
		public List<Candidate> selectable() {
			Set<Long> chosen = new HashSet<>();
			this.selected.forEach((selection) -> chosen.add(selection.complexId()));
			return this.candidates.stream()
				.filter((candidate) -> !candidate.isSmartGreen() && !chosen.contains(candidate.complexId()))
				.toList();
		}

	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('MINISTRY')")
	public SmartGreenView view(long callId) {
		ProposalCall call = this.calls.get(callId);
		long roundId = call.getRound().getId();
		CommitteeMeeting preliminary = this.meetings.of(roundId, MeetingKind.PRELIMINARY_SELECTION).orElse(null);
		CommitteeMeeting meeting = this.meetings.of(roundId, MeetingKind.SMART_GREEN_SELECTION).orElse(null);
		List<InnovationPlan> selected = this.plans.publishedInRound(roundId)
			.stream()
			.filter((plan) -> plan.getPublicStatus() != null && plan.getPublicStatus().isSelected())
			.filter((plan) -> plan.getHubComplex() != null)
			.toList();
		Map<Long, ComplexRow> rows = this.complexes
			.rows(selected.stream().map((plan) -> plan.getHubComplex().getId()).toList());
		List<Candidate> candidates = selected.stream()
			.map((plan) -> new Candidate(plan.getRegionName(), plan.regionNameIn(java.util.Locale.ENGLISH),
					plan.getHubComplex().getId(), plan.getHubComplex().getName(),
					rows.get(plan.getHubComplex().getId())))
			.toList();
		return new SmartGreenView(callId, call.getRound().getYear(), call.getRound().getOrdinal(),
				preliminary != null && preliminary.isPublished(), candidates, meeting,
				(meeting == null) ? List.of() : this.complexes.smartGreenOfMeeting(meeting.getId()),
				this.complexes.smartGreenSummary());
	}

	/**
	 * Records the selection of the chosen hub complexes, in the year of the meeting.
	 * Refused before the preliminary selection is published, a second time, without a
	 * complex or rationale, or for a complex that is not a selected region's hub.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void record(long callId, LocalDate heldOn, String chair, List<Long> complexIds, String rationale,
			PortalUser officer) {
		this.locks.serialize("decisions", callId);
		SmartGreenView view = view(callId);
		if (!view.preliminaryPublished()) {
			throw new DecisionRuleException("smartGreen.error.preliminaryNotPublished");
		}
		if (view.isRecorded()) {
			throw new DecisionRuleException("smartGreen.error.recorded");
		}
		if (complexIds.isEmpty()) {
			throw new DecisionRuleException("smartGreen.complexes.required");
		}
		if (rationale == null || rationale.isBlank()) {
			throw new DecisionRuleException("decision.error.rationaleRequired");
		}
		List<Long> allowed = view.selectable().stream().map(Candidate::complexId).toList();
		if (!allowed.containsAll(complexIds)) {
			throw new DecisionRuleException("smartGreen.error.notCandidate");
		}
		ProposalCall call = this.calls.get(callId);
		CommitteeMeeting meeting = this.meetings.hold(call.getRound().getId(), MeetingKind.SMART_GREEN_SELECTION,
				heldOn, chair, null, officer.getUsername());
		this.complexes.selectSmartGreen(complexIds, heldOn.getYear(), meeting.getId(), rationale.strip());
		List<String> names = new ArrayList<>();
		view.candidates()
			.stream()
			.filter((candidate) -> complexIds.contains(candidate.complexId()))
			.forEach((candidate) -> names.add(candidate.complexName()));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("heldOn", heldOn.toString());
		after.put("chair", chair);
		after.put("year", heldOn.getYear());
		after.put("complexes", names);
		this.audit.record(AuditEntry.of("SMART_GREEN_SELECTION_RECORDED", "call", callId, null, after)
			.withDetail(rationale.strip()));
	}

	/** Publishes the selection: the complexes list and home page count it from now on. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void publish(long callId) {
		this.locks.serialize("decisions", callId);
		ProposalCall call = this.calls.get(callId);
		CommitteeMeeting meeting = this.meetings.of(call.getRound().getId(), MeetingKind.SMART_GREEN_SELECTION)
			.orElseThrow(() -> new DecisionRuleException("smartGreen.error.notRecorded"));
		if (meeting.isPublished()) {
			throw new DecisionRuleException("decision.error.published");
		}
		this.meetings.publish(meeting);
		this.complexes.publishSmartGreen(meeting.getId(), meeting.getHeldOn());
		this.audit.record(AuditEntry.of("SMART_GREEN_SELECTION_PUBLISHED", "call", callId, null,
				Map.of("complexes", this.complexes.smartGreenOfMeeting(meeting.getId()).size())));
	}

}
