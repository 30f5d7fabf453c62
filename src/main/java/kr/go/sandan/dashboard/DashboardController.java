package kr.go.sandan.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.opendata.OpenData;
import kr.go.sandan.opendata.OpenData.PublishedProgram;
import kr.go.sandan.plan.Ministry;
import kr.go.sandan.plan.PlanCatalog;
import kr.go.sandan.plan.PlanCatalog.PlanReading;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.region.Region;
import kr.go.sandan.web.Numbers;

/**
 * The program at a glance ({@code /dashboard}) and on a map ({@code /map}): what was
 * published only, for everyone; ministry officers also see the plans of each round in
 * each status as they stand, unpublished decisions included, marked as such.
 */
@Controller
class DashboardController {

	private final OpenData openData;

	private final Complexes complexes;

	private final PlanCatalog plans;

	private final MessageSource messages;

	private final Numbers numbers;

	DashboardController(OpenData openData, Complexes complexes, PlanCatalog plans, MessageSource messages,
			Numbers numbers) {
		this.openData = openData;
		this.complexes = complexes;
		this.plans = plans;
		this.messages = messages;
		this.numbers = numbers;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @AuthenticationPrincipal PortalUser viewer, Model model,
			Locale locale) {
		PublishedProgram program = this.openData.published();
		Glance.Filter filter = new Glance.Filter(year, region, industry);
		List<PlanReading> chosen = program.plans().stream().filter(filter::accepts).toList();
		model.addAttribute("filter", filter);
		model.addAttribute("rounds", program.rounds());
		model.addAttribute("regions", program.regions());
		model.addAttribute("planCount", chosen.size());
		model.addAttribute("updatedOn", program.lastPublishedOn());

		List<Glance.RoundLine> rounds = Glance.rounds(program.rounds(), chosen)
			.stream()
			.filter((line) -> year == null || line.round().getYear() == year)
			.toList();
		model.addAttribute("roundLines", rounds);
		List<BarChart.Value> roundValues = new ArrayList<>();
		for (Glance.RoundLine line : rounds) {
			String label = message("dashboard.round", locale, line.round().getYear(), line.round().getOrdinal());
			roundValues.add(new BarChart.Value(label + " · " + message("dashboard.selected", locale),
					BigDecimal.valueOf(line.selected()), count(line.selected(), locale), "selected"));
			roundValues.add(new BarChart.Value(label + " · " + message("dashboard.chart.designated", locale),
					BigDecimal.valueOf(line.designated()), count(line.designated(), locale), "designated"));
		}
		model.addAttribute("roundChart", BarChart.of("chart-rounds", message("dashboard.rounds.title", locale),
				message("dashboard.rounds.desc", locale), roundValues));

		List<Glance.RegionLine> regionLines = Glance.regions(program.regions(), chosen)
			.stream()
			.filter((line) -> !line.byYear().isEmpty())
			.toList();
		model.addAttribute("regionLines", regionLines);
		model.addAttribute("regionYears", rounds.stream().map((line) -> line.round().getYear()).toList());
		model.addAttribute("regionChart",
				BarChart.of("chart-regions", message("dashboard.regions.title", locale),
						message("dashboard.regions.desc", locale),
						regionLines.stream()
							.map((line) -> new BarChart.Value(regionName(line.region(), locale),
									BigDecimal.valueOf(line.selected()), count((int) line.selected(), locale),
									line.designated() ? "designated" : "selected"))
							.toList()));

		Complexes.SmartGreenSummary smartGreen = this.complexes.smartGreenSummary();
		model.addAttribute("smartGreen", smartGreen);
		List<BarChart.Value> greenValues = new ArrayList<>();
		for (Complexes.SmartGreenProgress progress : smartGreen.plan()) {
			greenValues.add(new BarChart.Value(message("dashboard.smartGreen.planned", locale, progress.year()),
					BigDecimal.valueOf(progress.cumulativeTarget()), count(progress.cumulativeTarget(), locale),
					"planned"));
			greenValues.add(new BarChart.Value(message("dashboard.smartGreen.recorded", locale, progress.year()),
					BigDecimal.valueOf(progress.recorded()), count(progress.recorded(), locale), "designated"));
		}
		model.addAttribute("smartGreenChart",
				BarChart.of("chart-smart-green", message("dashboard.smartGreen.title", locale),
						message("dashboard.smartGreen.desc", locale), greenValues));

		Glance.Budget budget = Glance.budget(chosen);
		model.addAttribute("budget", budget);
		List<BarChart.Value> budgetValues = new ArrayList<>();
		for (Map.Entry<Ministry, Map<Integer, BigDecimal>> entry : budget.byMinistry().entrySet()) {
			BigDecimal total = budget.total(entry.getKey());
			budgetValues.add(new BarChart.Value(ministryName(entry.getKey(), locale), total, this.numbers.format(total),
					"budget"));
		}
		model.addAttribute("budgetChart", BarChart.of("chart-budget", message("dashboard.budget.title", locale),
				message("dashboard.budget.desc", locale), budgetValues));

		if (viewer != null && viewer.has(Role.MINISTRY)) {
			Map<Integer, Map<PlanStatus, Long>> office = new TreeMap<>();
			this.plans.officeCounts()
				.stream()
				.filter((row) -> (year == null || row.year() == year)
						&& (filter.region() == null || filter.region().equals(row.regionCode())))
				.forEach((row) -> office.computeIfAbsent(row.year(), (key) -> new java.util.EnumMap<>(PlanStatus.class))
					.merge(row.status(), row.plans(), Long::sum));
			model.addAttribute("office", office);
			List<PlanCatalog.OfficeBudget> budgets = this.plans.officeConfirmedBudgets()
				.stream()
				.filter((row) -> (year == null || row.year() == year)
						&& (filter.region() == null || filter.region().equals(row.regionCode())))
				.toList();
			model.addAttribute("officeBudget",
					Glance.sum(budgets.stream().map(PlanCatalog.OfficeBudget::budget).toList()));
			model.addAttribute("officeUnpublishedBudget", Glance
				.sum(budgets.stream().filter((row) -> !row.published()).map(PlanCatalog.OfficeBudget::budget).toList())
				.total());
			model.addAttribute("statuses", PlanStatus.values());
		}
		return "dashboard/index";
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		PublishedProgram program = this.openData.published();
		Glance.Filter filter = new Glance.Filter(year, null, null);
		List<PlanReading> chosen = program.plans().stream().filter(filter::accepts).toList();
		List<Glance.RegionLine> lines = Glance.regions(program.regions(), chosen);
		model.addAttribute("filter", filter);
		model.addAttribute("rounds", program.rounds());
		model.addAttribute("tiles", TileMap.tiles(lines, locale));
		model.addAttribute("regionLines", lines);
		model.addAttribute("years", program.rounds().stream().map((round) -> round.getYear()).toList());
		return "dashboard/map";
	}

	private String count(int value, Locale locale) {
		return message("dashboard.count", locale, value);
	}

	static String regionName(Region region, Locale locale) {
		return "en".equals(locale.getLanguage()) ? region.currentName().getNameEn() : region.currentName().getName();
	}

	private String ministryName(Ministry ministry, Locale locale) {
		return message("ministry." + ministry.name(), locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
