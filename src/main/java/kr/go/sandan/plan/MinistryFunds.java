package kr.go.sandan.plan;

import java.util.List;

/**
 * A project's money as budgets sum it: its lead ministry ({@code null} when it has none)
 * and its amounts by year.
 */
public record MinistryFunds(Ministry leadMinistry, List<YearBudget> budgets) {
}
