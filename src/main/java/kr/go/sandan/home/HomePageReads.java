package kr.go.sandan.home;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.complex.Complexes;
import kr.go.sandan.plan.PlanCatalog;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.round.AnnouncedCall;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.RoundRow;
import kr.go.sandan.round.Rounds;

/**
 * What the home page reads, on one connection without a transaction: the rounds, the
 * announced calls, the published plans counted by round and status, and Smart Green
 * progress — plain statements all, which a read-only transaction gives no consistency
 * PostgreSQL's read committed does not ({@code database.ReadScopes}). Each service had
 * run its own transaction (four begins and commits, a sixth of a fresh home page), then
 * the page one (issue 18).
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
class HomePageReads {

	private final Rounds rounds;

	private final Calls calls;

	private final PlanCatalog plans;

	private final Complexes complexes;

	HomePageReads(Rounds rounds, Calls calls, PlanCatalog plans, Complexes complexes) {
		this.rounds = rounds;
		this.calls = calls;
		this.plans = plans;
		this.complexes = complexes;
	}

	/**
	 * The home page's data.
	 *
	 * @param announced the calls announced, the latest period first
	 * @param statusCounts the published plans of each round by status, by round id
	 */
	record HomePage(List<RoundRow> rounds, List<AnnouncedCall> announced, Map<Long, Map<PlanStatus, Long>> statusCounts,
			Complexes.SmartGreenSummary smartGreen) {
	}

	HomePage read() {
		return new HomePage(this.rounds.rows(), this.calls.announcedRows(), this.plans.publishedStatusCountsByRound(),
				this.complexes.smartGreenSummary());
	}

}
