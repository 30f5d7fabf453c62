package kr.go.sandan.round;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A round as the program's public pages list it: its year and ordinal, the designations
 * planned and the day its call opened. Read as a row, not as a record (issue 18: the
 * rounds' entity query was a tenth of a fresh dashboard and map).
 */
public record RoundRow(long id, int year, int ordinal, int plannedDesignations, @Nullable LocalDate callOpenedOn) {
}
