package kr.go.sandan.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;
import kr.go.sandan.opendata.OpenData;
import kr.go.sandan.opendata.OpenData.PublishedProgram;
import kr.go.sandan.plan.PublishedPlan;
import kr.go.sandan.region.Region;
import kr.go.sandan.round.RoundRow;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;

/**
 * The program at a glance ({@code /dashboard}) and on a map ({@code /map}): what was
 * published only, for everyone; ministry officers also see the plans of each round in
 * each status as they stand, unpublished decisions included, marked as such.
 */
@Controller
class DashboardController {

	private final OpenData openData;

	private final DashboardReads reads;

	private final JavaPages pages;

	private final DashboardPageHtml dashboardHtml;

	private final MapPageHtml mapHtml;

	private final MessageSource messages;

	DashboardController(OpenData openData, DashboardReads reads, JavaPages pages, DashboardPageHtml dashboardHtml,
			MapPageHtml mapHtml, MessageSource messages) {
		this.dashboardHtml = dashboardHtml;
		this.openData = openData;
		this.reads = reads;
		this.pages = pages;
		this.mapHtml = mapHtml;
		this.messages = messages;
	}

	@GetMapping("/dashboard")
	ModelAndView dashboard(@RequestParam(required = false) String round, @RequestParam(required = false) String year,
			@RequestParam(required = false) String region, @RequestParam(required = false) String industry,
			@AuthenticationPrincipal PortalUser viewer, Locale locale) {
		DashboardReads.Dashboard dashboard = this.reads.read(round, year, region, industry,
				viewer != null && viewer.has(Role.MINISTRY));
		// written in Java, the blocks too, not by the template engine; written again only
		// when what was read differs from what the kept page was written from (issue 18)
		return new ModelAndView(this.pages.page(HtmlWriter.message(this.messages, locale, "dashboard.title"),
				this.dashboardHtml.kept(dashboard, locale)));
	}

	static DashboardFilter filter(PublishedProgram program, String round, String year, String region, String industry) {
		return filter(program.rounds(), program.regions(), round, year, region, industry);
	}

	static DashboardFilter filter(List<RoundRow> rounds, List<Region> regions, String round, String year, String region,
			String industry) {
		return DashboardFilter.read(round, year, region, industry, rounds.stream().map(RoundRow::year).toList(),
				regions.stream().map(Region::getCode).toList());
	}

	/**
	 * The map, coloured by the published decisions or ({@code colour=attainment}) by the
	 * attainment of verified actuals of accepted reports. Written in Java
	 * ({@link MapPageHtml}), not by the template engine (issue 18).
	 */
	@GetMapping("/map")
	ModelAndView map(@RequestParam(required = false) String round, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String colour, Locale locale) {
		OpenData.PublishedResults results = this.openData.results();
		OpenData.PublishedPlanIndex index = results.index();
		DashboardFilter filter = filter(index.rounds(), index.regions(), round, null, null, industry);
		List<PublishedPlan> chosen = index.plans().stream().filter(filter::accepts).toList();
		List<Glance.RegionLine> lines = Glance.regions(index.regions(), chosen);
		Map<Long, java.math.BigDecimal> attainment = Glance.attainmentByRegion(
				results.actuals().stream().filter((actual) -> filter.acceptsRound(actual.roundYear())).toList());
		return new ModelAndView(this.pages.page(HtmlWriter.message(this.messages, locale, "map.title"),
				this.mapHtml.content(filter, "attainment".equals(colour), index.rounds(),
						RegionMap.shapes(lines, attainment, locale), RegionMap.outlines().viewBox(), lines, attainment,
						locale)));
	}

	static String regionName(Region region, Locale locale) {
		return region.currentNameIn(locale);
	}

}
