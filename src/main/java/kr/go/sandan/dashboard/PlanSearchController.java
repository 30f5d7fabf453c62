package kr.go.sandan.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.go.sandan.opendata.OpenData;
import kr.go.sandan.opendata.OpenData.PublishedProgram;
import kr.go.sandan.plan.PublishedPlan;
import kr.go.sandan.plan.PlanStatus;

/**
 * Finding plans and designations ({@code /plans}): the published plans by round, region,
 * main industry and published status (designations are the plans designated as
 * districts), as the public reads them; the same fixed number of statements as the
 * dashboard whatever the number of plans. A value the portal does not know is left out
 * and named, as on the dashboard.
 */
@Controller
class PlanSearchController {

	private final OpenData openData;

	PlanSearchController(OpenData openData) {
		this.openData = openData;
	}

	@GetMapping("/plans")
	String search(@RequestParam(required = false) String round, @RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String status,
			Model model) {
		PublishedProgram program = this.openData.published();
		DashboardFilter filter = DashboardController.filter(program, round, null, region, industry);
		List<PlanStatus> statuses = program.plans()
			.stream()
			.map(PublishedPlan::status)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
		PlanStatus chosen = statuses.stream().filter((s) -> s.name().equals(status)).findFirst().orElse(null);
		List<String> ignored = new ArrayList<>(filter.ignored());
		if (status != null && !status.isBlank() && chosen == null) {
			ignored.add("search.status");
		}
		List<PublishedPlan> found = program.plans()
			.stream()
			.filter(filter::accepts)
			.filter((plan) -> chosen == null || chosen == plan.status())
			.sorted(Comparator.comparing(PublishedPlan::roundYear).thenComparing(PublishedPlan::regionPosition))
			.toList();
		model.addAttribute("filter", filter);
		model.addAttribute("ignored", ignored);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", statuses);
		model.addAttribute("rounds", program.rounds());
		model.addAttribute("regions", program.regions());
		model.addAttribute("plans", found);
		return "dashboard/plans";
	}

}
