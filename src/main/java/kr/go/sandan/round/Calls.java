package kr.go.sandan.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.web.NotFoundException;

/**
 * Calls for proposals; the part of the round module that ministry officers work with.
 * Preparing, changing and opening a call are audited; a call's rules cannot change once
 * it is open.
 */
@Service
@Transactional
public class Calls {

	public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	/** The release's four indicators, offered for every new call. */
	public static final List<String> DEFAULT_INDICATORS = List.of("지역진단 전략성", "거점·연계지역 적절성", "혁신계획 타당성", "성과목표 실현가능성");

	private final CallRepository calls;

	private final RoundRepository rounds;

	private final AuditLog audit;

	private final Clock clock;

	Calls(CallRepository calls, RoundRepository rounds, AuditLog audit, Clock clock) {
		this.calls = calls;
		this.rounds = rounds;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a ministry officer decides for a call. Times are Korean local times. */
	public record CallDefinition(int year, int ordinal, int plannedDesignations, LocalDateTime opensAt,
			LocalDateTime closesAt, String notice, List<String> requiredAttachments,
			List<EvaluationIndicator.Definition> indicators) {

		public static List<EvaluationIndicator.Definition> defaultIndicators() {
			return DEFAULT_INDICATORS.stream()
				.map((name) -> new EvaluationIndicator.Definition(name, new BigDecimal("25"), ""))
				.toList();
		}

	}

	@Transactional(readOnly = true)
	public List<ProposalCall> all() {
		return this.calls.findAllWithRound();
	}

	/** A call with its round, indicators and required attachments (three queries). */
	@Transactional(readOnly = true)
	/** A round as titles name it. */
	public record RoundName(int year, int ordinal) {
	}

	/** The year and ordinal of the call's round (one light query). */
	@Transactional(readOnly = true)
	public RoundName roundName(long callId) {
		return this.calls.findRoundName(callId).orElseThrow(() -> new NotFoundException("call", callId));
	}

	public ProposalCall get(long id) {
		ProposalCall call = this.calls.findDetailed(id).orElseThrow(() -> new NotFoundException("call", id));
		this.calls.fetchAttachments(id);
		return call;
	}

	@Transactional(readOnly = true)
	public Optional<ProposalCall> ofRound(long roundId) {
		return this.calls.findByRound(roundId);
	}

	/** The documents the round's call requires (empty when it has no call). */
	@Transactional(readOnly = true)
	public List<String> requiredDocuments(long roundId) {
		return this.calls.findByRound(roundId)
			.map((call) -> List.copyOf(call.getRequiredAttachments()))
			.orElse(List.of());
	}

	/** Calls regions may submit to now. */
	@Transactional(readOnly = true)
	public List<ProposalCall> acceptingSubmissions() {
		Instant now = this.clock.instant();
		return this.calls.findAllWithRound().stream().filter((call) -> call.isAcceptingSubmissions(now)).toList();
	}

	/**
	 * Prepares a call for the round of the given year, creating the round if the program
	 * has none for that year yet.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public ProposalCall prepare(CallDefinition definition) {
		if (definition.year() < this.clock.instant().atZone(SEOUL).getYear()) {
			// past rounds are the program's history, not open for calls
			throw new ProposalCall.CallRuleException("call.error.pastYear");
		}
		ProgramRound round = this.rounds.findByYear(definition.year()).orElse(null);
		if (round != null && this.calls.findByRound(round.getId()).isPresent()) {
			throw new ProposalCall.CallRuleException("call.error.yearHasCall");
		}
		if (this.rounds.ordinalTakenByAnotherYear(definition.ordinal(), definition.year())) {
			throw new ProposalCall.CallRuleException("call.error.ordinalTaken");
		}
		if (round == null) {
			round = this.rounds
				.save(new ProgramRound(definition.year(), definition.ordinal(), definition.plannedDesignations()));
		}
		else {
			round.replan(definition.ordinal(), definition.plannedDesignations());
		}
		round.defineIndicators(definition.indicators());
		ProposalCall call = this.calls.save(new ProposalCall(round, toInstant(definition.opensAt()),
				toInstant(definition.closesAt()), definition.notice(), definition.requiredAttachments()));
		this.audit.record(AuditEntry.of("CALL_PREPARED", "call", call.getId(), null, state(call)));
		return call;
	}

	/** Changes a call that is not open yet, unless someone changed it meanwhile. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void change(long id, long expectedVersion, CallDefinition definition) {
		ProposalCall call = current(id, expectedVersion);
		call.requireNotOpened();
		if (definition.year() != call.getRound().getYear()) {
			throw new ProposalCall.CallRuleException("call.error.yearFixed");
		}
		if (this.rounds.ordinalTakenByAnotherYear(definition.ordinal(), definition.year())) {
			throw new ProposalCall.CallRuleException("call.error.ordinalTaken");
		}
		Map<String, Object> before = state(call);
		call.getRound().replan(definition.ordinal(), definition.plannedDesignations());
		call.getRound().defineIndicators(definition.indicators());
		call.change(toInstant(definition.opensAt()), toInstant(definition.closesAt()), definition.notice(),
				definition.requiredAttachments());
		this.audit.record(AuditEntry.of("CALL_CHANGED", "call", id, before, state(call)));
	}

	/** Opens the call: regions may submit within its period, and its rules are fixed. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void open(long id, long expectedVersion, String by) {
		ProposalCall call = current(id, expectedVersion);
		Map<String, Object> before = state(call);
		call.open(this.clock.instant(), by);
		this.audit.record(AuditEntry.of("CALL_OPENED", "call", id, before, state(call)));
	}

	private ProposalCall current(long id, long expectedVersion) {
		ProposalCall call = get(id);
		if (call.getVersion() != expectedVersion) {
			throw new ProposalCall.CallRuleException("call.error.conflict");
		}
		return call;
	}

	private static Instant toInstant(LocalDateTime seoulTime) {
		return seoulTime.atZone(SEOUL).toInstant();
	}

	private static Map<String, Object> state(ProposalCall call) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("year", call.getRound().getYear());
		state.put("ordinal", call.getRound().getOrdinal());
		state.put("plannedDesignations", call.getRound().getPlannedDesignations());
		state.put("opensAt", call.getOpensAt().toString());
		state.put("closesAt", call.getClosesAt().toString());
		state.put("requiredAttachments", List.copyOf(call.getRequiredAttachments()));
		state.put("indicators",
				call.getRound()
					.getIndicators()
					.stream()
					.map((indicator) -> indicator.getName() + " (" + indicator.getWeight() + ")")
					.toList());
		state.put("opened", call.isOpened());
		return state;
	}

}
