package kr.go.sandan.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.plan.ConfirmedBudget;
import kr.go.sandan.plan.Ministry;
import kr.go.sandan.plan.PlanProjects.ProjectLine;
import kr.go.sandan.plan.YearBudget;
import kr.go.sandan.web.ExcelWorkbook;

/**
 * A call's final confirmation as an .xlsx workbook: each plan's confirmed budget by lead
 * ministry, year and source of funds (KRW million); each requested project with its
 * outcome, requested and confirmed totals (a 미반영 project is marked and counts nothing);
 * and every confirmed amount as one row, ready to filter and sum.
 */
@Component
class ConfirmationWorkbook {

	private final Decisions decisions;

	private final OutcomeRepository outcomes;

	private final MessageSource messages;

	ConfirmationWorkbook(Decisions decisions, OutcomeRepository outcomes, MessageSource messages) {
		this.decisions = decisions;
		this.outcomes = outcomes;
		this.messages = messages;
	}

	/** The workbook; the confirmation must be recorded. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('MINISTRY')")
	public byte[] write(long callId, Locale locale) {
		Decisions.ConfirmationView view = this.decisions.confirmation(callId);
		if (!view.isRecorded()) {
			throw new DecisionRuleException("confirmation.error.notRecorded");
		}
		Map<Long, ProjectOutcome> byProject = this.outcomes
			.findByPlans(view.plans().stream().map((plan) -> plan.plan().planId()).toList())
			.stream()
			.collect(Collectors.toMap(ProjectOutcome::getProjectId, Function.identity()));
		ExcelWorkbook workbook = new ExcelWorkbook();

		ExcelWorkbook.Table budgets = workbook.table(text("confirmation.budgetSheet", locale),
				List.of(text("plan.region", locale), text("confirmation.ministry", locale),
						text("callPlans.budget.year", locale), text("budget.national", locale),
						text("budget.local", locale), text("budget.private", locale),
						text("confirmation.total", locale)));
		for (Decisions.ConfirmationPlan plan : view.plans()) {
			for (ConfirmedBudget.Line line : plan.budget().lines()) {
				for (int year : plan.budget().years()) {
					YearBudget budget = line.year(year);
					budgets.line()
						.text(plan.plan().regionNameIn(locale))
						.text(ministry(line.ministry(), locale))
						.integer(year)
						.amount(budget.national())
						.amount(budget.local())
						.amount(budget.privateFunds())
						.amount(budget.total());
				}
			}
		}
		budgets.widths(18, 20, 8, 12, 12, 12, 14).filter();

		ExcelWorkbook.Table projects = workbook.table(text("confirmation.projectsSheet", locale),
				List.of(text("plan.region", locale), text("callPlans.project.task", locale),
						text("confirmation.project", locale), text("confirmation.ministry", locale),
						text("confirmation.outcome", locale), text("confirmation.requestedTotal", locale),
						text("confirmation.confirmedTotal", locale), text("confirmation.note", locale)));
		ExcelWorkbook.Table amounts = workbook.table(text("confirmation.amountsSheet", locale),
				List.of(text("plan.region", locale), text("confirmation.project", locale),
						text("confirmation.ministry", locale), text("callPlans.budget.year", locale),
						text("callPlans.budget.source", locale), text("callPlans.budget.amount", locale)));
		for (Decisions.ConfirmationPlan plan : view.plans()) {
			String region = plan.plan().regionNameIn(locale);
			for (ProjectLine project : plan.projects()) {
				ProjectOutcome outcome = byProject.get(project.projectId());
				ProjectDecision decision = (outcome != null) ? outcome.getOutcome() : null;
				List<YearBudget> confirmed = (outcome != null) ? outcome.getBudgets() : List.of();
				String label = (decision != null) ? text("confirmation.outcome." + decision, locale) : null;
				ExcelWorkbook.Line line = projects.line()
					.text(region)
					.text(project.task())
					.text(project.name())
					.text(ministry(project.leadMinistry(), locale));
				if (decision == ProjectDecision.REJECTED) {
					line.flaggedText(label);
				}
				else {
					line.text(label);
				}
				line.amount(total(project.budgets()))
					.amount(total(confirmed))
					.text((outcome != null) ? outcome.getNote() : null);
				for (YearBudget budget : confirmed) {
					amount(amounts, region, project, budget.year(), text("budget.national", locale), budget.national(),
							locale);
					amount(amounts, region, project, budget.year(), text("budget.local", locale), budget.local(),
							locale);
					amount(amounts, region, project, budget.year(), text("budget.private", locale),
							budget.privateFunds(), locale);
				}
			}
		}
		projects.widths(18, 28, 36, 18, 12, 14, 14, 30).filter();
		amounts.widths(18, 36, 18, 8, 10, 14).filter();
		return workbook.bytes();
	}

	private void amount(ExcelWorkbook.Table sheet, String region, ProjectLine project, int year, String source,
			BigDecimal value, Locale locale) {
		sheet.line()
			.text(region)
			.text(project.name())
			.text(ministry(project.leadMinistry(), locale))
			.integer(year)
			.text(source)
			.amount(value);
	}

	private static BigDecimal total(List<YearBudget> budgets) {
		return budgets.stream().map(YearBudget::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private String ministry(Ministry ministry, Locale locale) {
		return (ministry != null) ? text("ministry." + ministry, locale) : text("confirmation.noMinistry", locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
