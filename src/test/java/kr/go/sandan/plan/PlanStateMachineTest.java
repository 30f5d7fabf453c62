package kr.go.sandan.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every move between every two states of a plan, tried on the domain object: those of the
 * program's life are allowed and recorded, every other one is refused and changes
 * nothing. The expected moves are written out here on their own, not read from the enum.
 */
class PlanStateMachineTest {

	private static final Instant NOW = Instant.parse("2031-06-01T01:00:00Z");

	private static final Map<PlanStatus, Set<PlanStatus>> ALLOWED = Map.ofEntries(
			Map.entry(PlanStatus.DRAFT, EnumSet.of(PlanStatus.SUBMITTED, PlanStatus.WITHDRAWN)),
			Map.entry(PlanStatus.SUBMITTED,
					EnumSet.of(PlanStatus.UNDER_EVALUATION, PlanStatus.REVISION_REQUESTED, PlanStatus.WITHDRAWN)),
			Map.entry(PlanStatus.UNDER_EVALUATION,
					EnumSet.of(PlanStatus.PRELIMINARILY_SELECTED, PlanStatus.NOT_SELECTED, PlanStatus.WITHDRAWN)),
			Map.entry(PlanStatus.PRELIMINARILY_SELECTED,
					EnumSet.of(PlanStatus.REVISION_REQUESTED, PlanStatus.CONFIRMED, PlanStatus.WITHDRAWN)),
			Map.entry(PlanStatus.REVISION_REQUESTED, EnumSet.of(PlanStatus.REVISED, PlanStatus.WITHDRAWN)),
			Map.entry(PlanStatus.REVISED,
					EnumSet.of(PlanStatus.UNDER_EVALUATION, PlanStatus.REVISION_REQUESTED, PlanStatus.CONFIRMED,
							PlanStatus.WITHDRAWN)),
			Map.entry(PlanStatus.CONFIRMED, EnumSet.of(PlanStatus.DESIGNATED, PlanStatus.WITHDRAWN)),
			Map.entry(PlanStatus.DESIGNATED, EnumSet.of(PlanStatus.COMPLETED, PlanStatus.WITHDRAWN)),
			Map.entry(PlanStatus.NOT_SELECTED, EnumSet.noneOf(PlanStatus.class)),
			Map.entry(PlanStatus.COMPLETED, EnumSet.noneOf(PlanStatus.class)),
			Map.entry(PlanStatus.WITHDRAWN, EnumSet.noneOf(PlanStatus.class)));

	/**
	 * A plan standing in the given state; selected before when {@code selectedBefore}.
	 */
	private static InnovationPlan planIn(PlanStatus status, boolean selectedBefore) {
		InnovationPlan plan = InnovationPlan.draft(null, null, "경기도");
		if (selectedBefore) {
			ReflectionTestUtils.setField(plan, "status", PlanStatus.UNDER_EVALUATION);
			plan.moveTo(PlanStatus.PRELIMINARILY_SELECTED, NOW, null);
		}
		ReflectionTestUtils.setField(plan, "status", status);
		return plan;
	}

	@Test
	void everyMoveOfTheTableIsAllowedAndEveryOtherRefused() {
		List<String> wrong = new ArrayList<>();
		int allowed = 0;
		int refused = 0;
		for (PlanStatus from : PlanStatus.values()) {
			for (PlanStatus to : PlanStatus.values()) {
				// confirmation needs an earlier preliminary selection; give every plan
				// one
				InnovationPlan plan = planIn(from, true);
				int events = plan.getStatusEvents().size();
				boolean expected = ALLOWED.get(from).contains(to);
				try {
					plan.moveTo(to, NOW, null);
					if (!expected) {
						wrong.add(from + " → " + to + " was allowed");
					}
					else {
						assertThat(plan.getStatus()).isEqualTo(to);
						assertThat(plan.getStatusEvents()).hasSize(events + 1);
						assertThat(plan.getStatusEvents().get(events).getStatus()).isEqualTo(to);
						allowed++;
					}
				}
				catch (PlanTransitionException ex) {
					if (expected) {
						wrong.add(from + " → " + to + " was refused");
					}
					else {
						assertThat(plan.getStatus()).isEqualTo(from);
						assertThat(plan.getStatusEvents()).hasSize(events);
						assertThat(ex.getFrom()).isEqualTo(from);
						assertThat(ex.getTo()).isEqualTo(to);
						refused++;
					}
				}
				assertThat(from.canMoveTo(to)).as(from + " → " + to).isEqualTo(expected);
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(allowed).isEqualTo(21);
		assertThat(refused).isEqualTo(11 * 11 - 21);
	}

	@Test
	void terminalStatesAreClosed() {
		assertThat(EnumSet.allOf(PlanStatus.class).stream().filter((status) -> !status.isOpen()))
			.containsExactlyInAnyOrder(PlanStatus.NOT_SELECTED, PlanStatus.COMPLETED, PlanStatus.WITHDRAWN);
	}

	@Test
	void aRevisedPlanIsConfirmedOnlyAfterAPreliminarySelectionAndEvaluatedOnlyBefore() {
		InnovationPlan beforeSelection = planIn(PlanStatus.REVISED, false);
		assertThatThrownBy(() -> beforeSelection.moveTo(PlanStatus.CONFIRMED, NOW, null))
			.isInstanceOf(PlanTransitionException.class);
		assertThat(beforeSelection.canBeEvaluated()).isTrue();
		beforeSelection.startEvaluation(NOW);
		assertThat(beforeSelection.getStatus()).isEqualTo(PlanStatus.UNDER_EVALUATION);

		InnovationPlan afterSelection = planIn(PlanStatus.REVISED, true);
		assertThat(afterSelection.canBeEvaluated()).isFalse();
		assertThatThrownBy(() -> afterSelection.startEvaluation(NOW)).isInstanceOf(PlanTransitionException.class);
		afterSelection.moveTo(PlanStatus.CONFIRMED, NOW, null);
		assertThat(afterSelection.getStatus()).isEqualTo(PlanStatus.CONFIRMED);
	}

	@Test
	void aWithdrawalKeepsItsReasonAndNeedsOne() {
		InnovationPlan plan = planIn(PlanStatus.SUBMITTED, false);
		assertThatIllegalArgumentException().isThrownBy(() -> plan.withdraw(NOW, " "));
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
		plan.withdraw(NOW, " 지자체 재정 여건 변화 ");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.WITHDRAWN);
		assertThat(plan.getStatusEvents().get(plan.getStatusEvents().size() - 1).getNote()).isEqualTo("지자체 재정 여건 변화");
		assertThatThrownBy(() -> plan.withdraw(NOW, "다시")).isInstanceOf(PlanTransitionException.class);
	}

	@Test
	void revisionRequestsFollowTheTable() {
		for (PlanStatus status : PlanStatus.values()) {
			assertThat(planIn(status, true).canRequestRevision()).as(status.name())
				.isEqualTo(ALLOWED.get(status).contains(PlanStatus.REVISION_REQUESTED));
		}
	}

}
