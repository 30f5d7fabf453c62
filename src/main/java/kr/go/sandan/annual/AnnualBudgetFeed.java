package kr.go.sandan.annual;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import kr.go.sandan.ledger.BudgetAdjustment;
import kr.go.sandan.ledger.BudgetAdjustments;

/**
 * Hands the published decisions' budget adjustments to the ledger, where each becomes the
 * district's adjusted national budget reference of the year after the evaluated one. Only
 * called on publication, in its transaction.
 */
@Component
class AnnualBudgetFeed {

	private final BudgetAdjustments adjustments;

	AnnualBudgetFeed(BudgetAdjustments adjustments) {
		this.adjustments = adjustments;
	}

	void published(int year, List<AnnualViews.Subject> subjects, Instant publishedAt, String publishedBy) {
		this.adjustments.publish(year, subjects.stream().map(AnnualBudgetFeed::decision).toList(), publishedAt,
				publishedBy);
	}

	static BudgetAdjustments.Published decision(AnnualViews.Subject subject) {
		BudgetAdjustment adjustment = (subject.budgetKind() != null && subject.budgetValue() != null)
				? new BudgetAdjustment(BudgetAdjustment.Kind.valueOf(subject.budgetKind()), subject.budgetValue())
				: null;
		return new BudgetAdjustments.Published(subject.planId(), adjustment,
				(adjustment != null) ? subject.budgetReason() : null);
	}

}
