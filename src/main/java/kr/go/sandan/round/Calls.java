package kr.go.sandan.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.notification.Notifications;
import kr.go.sandan.web.NotFoundException;

/**
 * Calls for proposals; the part of the round module that ministry officers work with.
 * Preparing, changing and opening a call are audited; a call's rules cannot change once
 * it is open. After that the ministry posts notices (a correction, a later deadline, an
 * early close) that every region is told of and the public notice board shows.
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

	private final Notifications notifications;

	private final EntityManager entityManager;

	private final Clock clock;

	private final TransactionLocks locks;

	private final JdbcClient jdbc;

	Calls(CallRepository calls, RoundRepository rounds, AuditLog audit, Notifications notifications,
			EntityManager entityManager, Clock clock, TransactionLocks locks, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.locks = locks;
		this.calls = calls;
		this.rounds = rounds;
		this.audit = audit;
		this.notifications = notifications;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** What a ministry officer decides for a call. Times are Korean local times. */
	public record CallDefinition(int year, int ordinal, int plannedDesignations, LocalDateTime opensAt,
			LocalDateTime closesAt, String notice, List<String> requiredAttachments,
			List<EvaluationIndicator.Definition> indicators, String contact) {

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

	/** A round as titles name it. */
	public record RoundName(int year, int ordinal) {
	}

	/** The year and ordinal of the call's round (one light query). */
	@Transactional(readOnly = true)
	public RoundName roundName(long callId) {
		return this.calls.findRoundName(callId).orElseThrow(() -> new NotFoundException("call", callId));
	}

	/** A call with its round, indicators and required attachments (three queries). */
	@Transactional(readOnly = true)
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
		// two officers preparing the same year at once: the second is told the year has a
		// call
		this.locks.serialize("call-year", definition.year());
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
		ProposalCall call = this.calls
			.save(new ProposalCall(round, toInstant(definition.opensAt()), toInstant(definition.closesAt()),
					definition.notice(), definition.requiredAttachments(), definition.contact()));
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
				definition.requiredAttachments(), definition.contact());
		this.audit.record(AuditEntry.of("CALL_CHANGED", "call", id, before, state(call)));
	}

	/** Opens the call: regions may submit within its period, and its rules are fixed. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void open(long id, long expectedVersion, String by) {
		ProposalCall call = current(id, expectedVersion);
		Map<String, Object> before = state(call);
		call.open(this.clock.instant(), by);
		this.audit.record(AuditEntry.of("CALL_OPENED", "call", id, before, state(call)));
		this.notifications.notifyAllRegions("call:" + id + ":announced", "notification.callAnnounced", subject(call),
				"/calls/" + id);
	}

	/**
	 * Posts a correction of an announced call (정정공고) that regions and the public read
	 * beside it; every region is told.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void correct(long id, String body, String by) {
		ProposalCall call = get(id);
		CallNotice notice = call.correct(body.strip(), this.clock.instant(), by);
		// the call as a whole changed: a form read before it is out of date
		this.entityManager.lock(call, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		told(call, notice, null, "CALL_CORRECTED", "notification.callCorrected");
	}

	/**
	 * Moves the deadline of an announced call later, with a notice every region and the
	 * public read; refused once the call has closed or for a deadline that is not later.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public void extend(long id, long expectedVersion, LocalDateTime closesAt, String body, String by) {
		ProposalCall call = current(id, expectedVersion);
		Map<String, Object> before = state(call);
		CallNotice notice = call.extend(toInstant(closesAt), body.strip(), this.clock.instant(), by);
		told(call, notice, before, "CALL_EXTENDED", "notification.callExtended");
	}

	/** Closes an announced call now, before its deadline, with a notice saying why. */
	@PreAuthorize("hasRole('MINISTRY')")
	public void closeEarly(long id, long expectedVersion, String body, String by) {
		ProposalCall call = current(id, expectedVersion);
		Map<String, Object> before = state(call);
		CallNotice notice = call.closeEarly(body.strip(), this.clock.instant(), by);
		told(call, notice, before, "CALL_CLOSED_EARLY", "notification.callClosedEarly");
	}

	/** Audits a posted notice and tells every region's staff, once per notice. */
	private void told(ProposalCall call, CallNotice notice, Map<String, Object> before, String action,
			String messageKey) {
		Map<String, Object> after = (before != null) ? state(call) : new LinkedHashMap<>();
		after.put("notice", notice.getKind().name());
		this.audit.record(AuditEntry.of(action, "call", call.getId(), before, after).withDetail(notice.getBody()));
		this.notifications.notifyAllRegions(
				"call:" + call.getId() + ":notice:" + notice.getKind() + ":" + notice.getPostedAt().toEpochMilli(),
				messageKey, subject(call), "/calls/" + call.getId());
	}

	/** How notifications name a call: "2027년 8차 공모". */
	static String subject(ProposalCall call) {
		return call.getRound().getYear() + "년 " + call.getRound().getOrdinal() + "차 공모";
	}

	/**
	 * Calls announced to regions and the public as rows, the latest period first (one
	 * statement; no transaction of its own).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<AnnouncedCall> announcedRows() {
		return announced("", Map.of());
	}

	/**
	 * A round's call as a row once it is announced (one statement; no transaction of its
	 * own): what the round's public page shows of it.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<AnnouncedCall> announcedOfRound(long roundId) {
		return announced("and c.round_id = :round", Map.of("round", roundId)).stream().findFirst();
	}

	private List<AnnouncedCall> announced(String condition, Map<String, Object> params) {
		return this.jdbc.sql("""
				select c.id, c.round_id, r.year, r.ordinal, c.opens_at, c.closes_at,
				       (select count(*) from proposal_call_notice n where n.call_id = c.id) as notices,
				       l.kind as latest_kind, l.posted_at as latest_posted_at
				from proposal_call c join program_round r on r.id = c.round_id
				left join lateral (select n.kind, n.posted_at from proposal_call_notice n where n.call_id = c.id
				                   order by n.posted_at desc, n.id desc limit 1) l on true
				where c.opened_at is not null %s
				order by c.opens_at desc, r.year desc""".formatted(condition))
			.params(params)
			.query((rs, n) -> new AnnouncedCall(rs.getLong("id"), rs.getLong("round_id"), rs.getInt("year"),
					rs.getInt("ordinal"), rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
					rs.getObject("closes_at", OffsetDateTime.class).toInstant(), rs.getInt("notices"),
					(rs.getString("latest_kind") != null)
							? new AnnouncedCall.LatestNotice(CallNoticeKind.valueOf(rs.getString("latest_kind")),
									rs.getObject("latest_posted_at", OffsetDateTime.class).toInstant())
							: null))
			.list();
	}

	/**
	 * An announced call with its round, indicators, required documents and notices; not
	 * found before it is announced.
	 */
	@Transactional(readOnly = true)
	public ProposalCall announcedCall(long id) {
		ProposalCall call = withNotices(id);
		if (!call.isOpened()) {
			throw new NotFoundException("call", id);
		}
		return call;
	}

	/**
	 * A call with its round, indicators, required documents and notices (four queries).
	 */
	@Transactional(readOnly = true)
	public ProposalCall withNotices(long id) {
		ProposalCall call = get(id);
		this.calls.fetchNotices(id);
		return call;
	}

	/**
	 * The year a new call is offered for: the first year from next year on that has no
	 * call yet.
	 */
	@Transactional(readOnly = true)
	public int nextYearWithoutCall() {
		int year = this.clock.instant().atZone(SEOUL).getYear() + 1;
		List<Integer> taken = this.calls.findAllWithRound().stream().map((call) -> call.getRound().getYear()).toList();
		while (taken.contains(year)) {
			year++;
		}
		return year;
	}

	/**
	 * The time now, as the calls' phases are read: the clock, in no transaction of its
	 * own (the class's would begin and commit one at every page that asks).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Instant now() {
		return this.clock.instant();
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
		state.put("contact", String.valueOf(call.getContact()));
		state.put("opened", call.isOpened());
		return state;
	}

}
