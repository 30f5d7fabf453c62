package kr.go.sandan.round;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page and the notice board read announced calls as rows
 * ({@link AnnouncedCall}), a call's own page reads its record ({@link ProposalCall}):
 * both must say the same phase, and the same moment it next changes, at every instant
 * around the opening and the deadline.
 */
class AnnouncedCallTest {

	private static final Instant OPENS = Instant.parse("2031-03-02T00:00:00Z");

	private static final Instant CLOSES = Instant.parse("2031-04-30T09:00:00Z");

	@Test
	void aRowAndTheRecordSayTheSamePhaseAroundEveryBoundary() {
		ProposalCall record = new ProposalCall(new ProgramRound(2031, 9, 3), OPENS, CLOSES, "공고", List.of(), "");
		record.open(OPENS.minus(Duration.ofDays(10)), "ministry");
		AnnouncedCall row = new AnnouncedCall(1, 1, 2031, 9, OPENS, CLOSES, 0, null);
		for (Instant now : List.of(OPENS.minus(Duration.ofDays(1)), OPENS.minusNanos(1000), OPENS, OPENS.plusSeconds(1),
				CLOSES.minusNanos(1000), CLOSES, CLOSES.plus(Duration.ofDays(1)))) {
			assertThat(row.phase(now)).as("phase at %s", now).isEqualTo(record.phase(now));
			assertThat(row.nextPhaseChange(now)).as("next change at %s", now).isEqualTo(record.nextPhaseChange(now));
		}
		assertThat(row.phase(OPENS.minusNanos(1000))).isEqualTo(CallPhase.UPCOMING);
		assertThat(row.phase(OPENS)).isEqualTo(CallPhase.OPEN);
		assertThat(row.nextPhaseChange(OPENS)).isEqualTo(CLOSES);
		assertThat(row.phase(CLOSES)).isEqualTo(CallPhase.CLOSED);
		assertThat(row.nextPhaseChange(CLOSES)).isNull();
	}

}
