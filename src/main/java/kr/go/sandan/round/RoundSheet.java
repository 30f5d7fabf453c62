package kr.go.sandan.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A round as its public page shows it: its figures as the ministries reported them and
 * the indicators its plans are scored on, in their order. Read as rows, not as a record
 * (issue 18: the round page's entity read was what kept it in a transaction).
 *
 * @param reportedPreSubmissions pre-submissions the ministries reported, if they did
 * @param reportedEvaluatorCount evaluators the ministries reported, if they did
 * @param finalConfirmationPlanned the month final confirmation was announced for, if it
 * was
 */
public record RoundSheet(long id, int year, int ordinal, int plannedDesignations, @Nullable LocalDate callOpenedOn,
		@Nullable Integer reportedPreSubmissions, @Nullable Integer reportedEvaluatorCount,
		@Nullable YearMonth finalConfirmationPlanned, List<Indicator> indicators) {

	/** An evaluation indicator: its code, its name as written, its weight if set. */
	public record Indicator(String code, String name, @Nullable BigDecimal weight) {
	}

}
