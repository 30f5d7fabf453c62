package kr.go.sandan.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.web.ExcelWorkbook;

/**
 * The ministry's view of every plan of a call: status, completeness, submission time and
 * versions on a page; and as an Excel workbook with the plans' hubs, targets, requested
 * projects and budgets too.
 */
@Service
@Transactional(readOnly = true)
public class CallPlans {

	private final PlanRepository plans;

	private final PlanVersions versions;

	private final PlanProjects projects;

	private final MessageSource messages;

	CallPlans(PlanRepository plans, PlanVersions versions, PlanProjects projects, MessageSource messages) {
		this.plans = plans;
		this.versions = versions;
		this.projects = projects;
		this.messages = messages;
	}

	/** Every plan of the round, in the regions' order (two queries). */
	@PreAuthorize("hasRole('MINISTRY')")
	public List<CallPlanRow> rows(long roundId) {
		Map<Long, Integer> versionCounts = this.versions.countsOfRound(roundId);
		return this.plans.findFactsOfRound(roundId)
			.stream()
			.map((facts) -> new CallPlanRow(facts.getPlanId(), facts.getRegionName(), facts.getRegionPosition(),
					facts.getStatus(), facts.getSubmittedAt(), versionCounts.getOrDefault(facts.getPlanId(), 0),
					Completeness.missing(facts.getHubId() != null, (int) facts.getIndustries(), facts.getVision(),
							(int) facts.getTargets(), facts.getGovernance(), (int) facts.getDiagnoses(),
							(int) facts.getProjects()),
					facts.getHubChangedAt()))
			.toList();
	}

	/**
	 * The call's plans as an .xlsx workbook, labels in the reader's language: a sheet of
	 * plans (status, completeness, submission time as a date, hub, industries, vision,
	 * requested budget), one of targets, one of requested projects, and one of their
	 * budgets by lead ministry, year and source of funds (KRW million), each with its
	 * header frozen and filtered.
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public byte[] workbook(long roundId, Locale locale) {
		List<CallPlanRow> rows = rows(roundId);
		Map<Long, InnovationPlan> plans = new LinkedHashMap<>();
		this.plans.findWithHubOfRound(roundId).forEach((plan) -> plans.put(plan.getId(), plan));
		this.plans.fetchMainIndustriesOfRound(roundId);
		Map<Long, List<PlanProjects.ProjectLine>> projects = this.projects.ofPlans(plans.keySet());
		List<PlanTarget> targets = this.plans.findTargetsOfRound(roundId);
		Function<String, String> text = (key) -> this.messages.getMessage(key, null, locale);
		ExcelWorkbook workbook = new ExcelWorkbook();

		ExcelWorkbook.Table sheet = workbook.table(text.apply("callPlans.sheet"),
				List.of(text.apply("plan.region"), text.apply("plan.status"), text.apply("callPlans.completeness"),
						text.apply("callPlans.missing"), text.apply("callPlans.submittedAt"),
						text.apply("callPlans.versions"), text.apply("plan.hub"), text.apply("plan.mainIndustries"),
						text.apply("plan.vision"), text.apply("callPlans.projectCount"),
						text.apply("callPlans.requestedTotal")));
		for (CallPlanRow row : rows) {
			InnovationPlan plan = plans.get(row.planId());
			List<PlanProjects.ProjectLine> own = projects.getOrDefault(row.planId(), List.of());
			sheet.line()
				.text(regionName(plan, row, locale))
				.text(text.apply("plan.status." + row.status()))
				.text(row.completed() + "/" + row.sections())
				.text(row.missing().isEmpty() ? text.apply("callPlans.none")
						: String.join(", ",
								row.missing().stream().map((field) -> text.apply("plan.part." + field)).toList()))
				.dateTime(row.submittedAt())
				.integer(row.versions())
				.text((plan != null && plan.getHubComplex() != null) ? plan.getHubComplex().nameIn(locale) : null)
				.text((plan != null) ? String.join(", ", plan.getMainIndustries()) : null)
				.text((plan != null) ? plan.getVision() : null)
				.integer(own.size())
				.amount(own.stream()
					.flatMap((project) -> project.budgets().stream())
					.map(YearBudget::total)
					.reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		sheet.widths(18, 14, 10, 36, 18, 6, 28, 24, 48, 10, 16).filter();

		ExcelWorkbook.Table targetSheet = workbook.table(text.apply("callPlans.targetsSheet"),
				List.of(text.apply("plan.region"), text.apply("callPlans.target.metric"),
						text.apply("callPlans.target.value"), text.apply("callPlans.target.unit"),
						text.apply("callPlans.target.year"), text.apply("callPlans.target.asWritten")));
		for (PlanTarget target : targets) {
			InnovationPlan plan = plans.get(target.planId());
			targetSheet.line()
				.text((plan != null) ? plan.regionNameIn(locale) : null)
				.text((target.getMetric() != null) ? text.apply("plan.metric." + target.getMetric()) : null)
				.amount(target.getValue())
				.text((target.getUnit() != null) ? text.apply("unit." + target.getUnit()).strip() : null)
				.integer(target.getTargetYear())
				.text(target.getAsWritten());
		}
		targetSheet.widths(18, 18, 10, 12, 8, 40).filter();

		ExcelWorkbook.Table projectSheet = workbook.table(text.apply("callPlans.projectsSheet"),
				List.of(text.apply("plan.region"), text.apply("callPlans.project.task"),
						text.apply("callPlans.project.name"), text.apply("callPlans.project.ministry"),
						text.apply("callPlans.requestedTotal")));
		ExcelWorkbook.Table budgetSheet = workbook.table(text.apply("callPlans.budgetsSheet"),
				List.of(text.apply("plan.region"), text.apply("callPlans.project.name"),
						text.apply("callPlans.project.ministry"), text.apply("callPlans.budget.year"),
						text.apply("callPlans.budget.source"), text.apply("callPlans.budget.amount")));
		for (CallPlanRow row : rows) {
			String region = regionName(plans.get(row.planId()), row, locale);
			for (PlanProjects.ProjectLine project : projects.getOrDefault(row.planId(), List.of())) {
				String ministry = (project.leadMinistry() != null) ? text.apply("ministry." + project.leadMinistry())
						: null;
				projectSheet.line()
					.text(region)
					.text(project.task())
					.text(project.name())
					.text(ministry)
					.amount(project.budgets().stream().map(YearBudget::total).reduce(BigDecimal.ZERO, BigDecimal::add));
				for (YearBudget budget : project.budgets()) {
					budgetLine(budgetSheet, region, project.name(), ministry, budget.year(),
							text.apply("budget.national"), budget.national());
					budgetLine(budgetSheet, region, project.name(), ministry, budget.year(), text.apply("budget.local"),
							budget.local());
					budgetLine(budgetSheet, region, project.name(), ministry, budget.year(),
							text.apply("budget.private"), budget.privateFunds());
				}
			}
		}
		projectSheet.widths(18, 28, 36, 18, 16).filter();
		budgetSheet.widths(18, 36, 18, 8, 10, 16).filter();
		return workbook.bytes();
	}

	private static void budgetLine(ExcelWorkbook.Table sheet, String region, String project, String ministry, int year,
			String source, BigDecimal amount) {
		sheet.line().text(region).text(project).text(ministry).integer(year).text(source).amount(amount);
	}

	private static String regionName(InnovationPlan plan, CallPlanRow row, Locale locale) {
		return (plan != null) ? plan.regionNameIn(locale) : row.regionName();
	}

}
