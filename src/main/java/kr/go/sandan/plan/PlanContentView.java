package kr.go.sandan.plan;

import java.util.List;

import kr.go.sandan.web.RenderedHtml;

/**
 * What the plan page and a milestone page print of a {@link PlanContent}, worked out once
 * per request in the reader's language ({@link PlanContentViews}): the counts and lists
 * the template asked the content for several times, and the long repeated tables (a key
 * task's projects, the requested and confirmed budgets, each project's confirmed outcome)
 * already written as escaped HTML ({@link RenderedHtml}: with its UTF-8 bytes). A
 * 50-project plan printed those cell by cell through Thymeleaf (a SpEL call, a message or
 * a number format per cell, some 2,000 of them), which made a fresh render cost a hundred
 * times the trivial page (issue 18). The sections themselves are then rendered once per
 * view and kept ({@link PlanContentViews#sections}).
 *
 * @param content the content itself, for what the template still prints field by field
 * @param keyTaskRows the rows of the key tasks' table (between its {@code tbody} tags)
 * @param requestedBudgetRows the rows of the requested budget by ministry and year
 * @param requestedSourceRows the rows of the requested budget by year and source
 * @param confirmedProjectRows the rows of the confirmed outcome of each project, or
 * {@code null} before the final confirmation
 * @param confirmedBudgetRows the rows of the confirmed budget by ministry, year and
 * source, or {@code null}
 */
public record PlanContentView(PlanContent content, List<PlanContent.Target> planTargets, boolean hasTargetYears,
		List<PlanContent.TargetComparison> targetComparison, long differentTargets, long oneSidedTargets,
		int listedProjectCount, RenderedHtml keyTaskRows, PlanBudget requestedBudget, RenderedHtml requestedBudgetRows,
		RenderedHtml requestedSourceRows, boolean confirmed, long fundedCount, long notFundedCount,
		ConfirmedBudget confirmedBudget, RenderedHtml confirmedProjectRows, RenderedHtml confirmedBudgetRows) {

	public PlanContentView {
		planTargets = List.copyOf(planTargets);
		targetComparison = List.copyOf(targetComparison);
	}

}
