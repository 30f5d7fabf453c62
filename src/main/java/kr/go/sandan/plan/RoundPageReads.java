package kr.go.sandan.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.complex.ComplexRow;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.round.AnnouncedCall;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.RoundSheet;
import kr.go.sandan.round.Rounds;

/**
 * What a round's page reads, as rows on one connection and in no transaction: the round
 * with its indicators, its call once announced, its published plans as the public reads
 * them and the Smart Green state of their hubs. Each service had run its own transaction
 * (four begins and commits, a sixth of a fresh round page), then all four one; none is
 * needed since nothing here is a record (PostgreSQL's read committed takes a snapshot per
 * statement either way; issue 18).
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
class RoundPageReads {

	private final Rounds rounds;

	private final PublishedPlans published;

	private final Calls calls;

	private final Complexes complexes;

	RoundPageReads(Rounds rounds, PublishedPlans published, Calls calls, Complexes complexes) {
		this.rounds = rounds;
		this.published = published;
		this.calls = calls;
		this.complexes = complexes;
	}

	/**
	 * A round's page.
	 *
	 * @param call its call, once announced
	 * @param plans its published plans, regions in their order
	 * @param complexRows the plans' hub complexes, by id
	 */
	record RoundPage(RoundSheet round, @Nullable AnnouncedCall call, List<PublishedPlan> plans,
			Map<Long, ComplexRow> complexRows) {
	}

	/** The round's page; empty when there is no such round. */
	Optional<RoundPage> read(long id) {
		return this.rounds.sheet(id).map((round) -> {
			List<PublishedPlan> plans = this.published.inRound(id);
			return new RoundPage(round, this.calls.announcedOfRound(id).orElse(null), plans,
					this.complexes.rows(plans.stream()
						.map((plan) -> plan.content().hub())
						.filter((hub) -> hub != null && hub.id() != null)
						.map(PlanContent.Hub::id)
						.toList()));
		});
	}

}
