package kr.go.sandan.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import kr.go.sandan.opendata.OpenData;
import kr.go.sandan.opendata.OpenData.PublishedPlanIndex;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.plan.PublishedPlan;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;

/**
 * Finding plans and designations ({@code /plans}): the published plans by round, region,
 * main industry and published status (designations are the plans designated as
 * districts), as the public reads them; a fixed number of statements whatever the number
 * of plans. A value the portal does not know is left out and named, as on the dashboard.
 * Written in Java ({@link PlanSearchHtml}), not by the template engine (issue 18).
 */
@Controller
class PlanSearchController {

	private final OpenData openData;

	private final JavaPages pages;

	private final PlanSearchHtml html;

	private final MessageSource messages;

	PlanSearchController(OpenData openData, JavaPages pages, PlanSearchHtml html, MessageSource messages) {
		this.openData = openData;
		this.pages = pages;
		this.html = html;
		this.messages = messages;
	}

	@GetMapping("/plans")
	ModelAndView search(@RequestParam(required = false) String round, @RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String status,
			Locale locale) {
		PublishedPlanIndex index = this.openData.planIndex();
		DashboardFilter filter = DashboardController.filter(index.rounds(), index.regions(), round, null, region,
				industry);
		List<PlanStatus> statuses = index.plans()
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
		List<PublishedPlan> found = index.plans()
			.stream()
			.filter(filter::accepts)
			.filter((plan) -> chosen == null || chosen == plan.status())
			.sorted(Comparator.comparing(PublishedPlan::roundYear).thenComparing(PublishedPlan::regionPosition))
			.toList();
		return new ModelAndView(this.pages.page(HtmlWriter.message(this.messages, locale, "search.title"),
				this.html.content(filter, ignored, chosen, statuses, index.rounds(), index.regions(), found, locale)));
	}

}
