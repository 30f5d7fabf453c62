package kr.go.sandan.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;
import kr.go.sandan.opendata.OpenData;
import kr.go.sandan.opendata.OpenData.PublishedProgram;
import kr.go.sandan.plan.PublishedPlan;
import kr.go.sandan.region.Region;
import kr.go.sandan.round.ProgramRound;

/**
 * The program at a glance ({@code /dashboard}) and on a map ({@code /map}): what was
 * published only, for everyone; ministry officers also see the plans of each round in
 * each status as they stand, unpublished decisions included, marked as such.
 */
@Controller
class DashboardController {

	private final OpenData openData;

	private final DashboardCharts charts;

	DashboardController(OpenData openData, DashboardCharts charts) {
		this.openData = openData;
		this.charts = charts;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String round, @RequestParam(required = false) String year,
			@RequestParam(required = false) String region, @RequestParam(required = false) String industry,
			@AuthenticationPrincipal PortalUser viewer, Model model, Locale locale) {
		PublishedProgram program = this.openData.published();
		DashboardFilter filter = filter(program, round, year, region, industry);
		DashboardCharts.Blocks blocks = this.charts.blocks(program, filter, viewer != null && viewer.has(Role.MINISTRY),
				locale);
		model.addAttribute("filter", filter);
		model.addAttribute("rounds", program.rounds());
		model.addAttribute("regions", program.regions());
		model.addAttribute("planCount", blocks.planCount());
		model.addAttribute("updatedOn", program.lastPublishedOn());
		model.addAttribute("charts", blocks.common());
		model.addAttribute("office", blocks.office());
		// the blocks' HTML written in Java, not cell by cell by the template engine
		// (issue 18)
		model.addAttribute("chartsHtml", ChartHtml.blocks(blocks.common()));
		model.addAttribute("officeHtml", ChartHtml.blocks(blocks.office()));
		return "dashboard/index";
	}

	static DashboardFilter filter(PublishedProgram program, String round, String year, String region, String industry) {
		return filter(program.rounds(), program.regions(), round, year, region, industry);
	}

	static DashboardFilter filter(List<ProgramRound> rounds, List<Region> regions, String round, String year,
			String region, String industry) {
		return DashboardFilter.read(round, year, region, industry, rounds.stream().map(ProgramRound::getYear).toList(),
				regions.stream().map(Region::getCode).toList());
	}

	/**
	 * The map, coloured by the published decisions or ({@code colour=attainment}) by the
	 * attainment of verified actuals of accepted reports.
	 */
	@GetMapping("/map")
	String map(@RequestParam(required = false) String round, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String colour, Model model, Locale locale) {
		PublishedProgram program = this.openData.published();
		DashboardFilter filter = filter(program, round, null, null, industry);
		List<PublishedPlan> chosen = program.plans().stream().filter(filter::accepts).toList();
		List<Glance.RegionLine> lines = Glance.regions(program.regions(), chosen);
		Map<Long, java.math.BigDecimal> attainment = Glance.attainmentByRegion(
				program.actuals().stream().filter((actual) -> filter.acceptsRound(actual.roundYear())).toList());
		model.addAttribute("filter", filter);
		model.addAttribute("colour", "attainment".equals(colour) ? "attainment" : "designation");
		model.addAttribute("rounds", program.rounds());
		model.addAttribute("shapes", RegionMap.shapes(lines, attainment, locale));
		model.addAttribute("viewBox", RegionMap.outlines().viewBox());
		model.addAttribute("regionLines", lines);
		model.addAttribute("attainment", attainment);
		return "dashboard/map";
	}

	static String regionName(Region region, Locale locale) {
		return "en".equals(locale.getLanguage()) ? region.currentName().getNameEn() : region.currentName().getName();
	}

}
