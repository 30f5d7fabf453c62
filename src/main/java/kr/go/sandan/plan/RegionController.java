package kr.go.sandan.plan;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;
import kr.go.sandan.web.NotFoundException;

/** The regions, and each region's history in the program. */
@Controller
class RegionController {

	private final Regions regions;

	private final PlanCatalog plans;

	private final Complexes complexes;

	RegionController(Regions regions, PlanCatalog plans, Complexes complexes) {
		this.regions = regions;
		this.plans = plans;
		this.complexes = complexes;
	}

	@GetMapping("/regions")
	String regions(Model model) {
		model.addAttribute("regions", this.regions.reference());
		return "regions/list";
	}

	@GetMapping("/regions/{code}")
	String region(@PathVariable String code, @AuthenticationPrincipal PortalUser viewer, Model model) {
		Region region = this.regions.byCode(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("region", code));
		model.addAttribute("region", region);
		List<InnovationPlan> plans = this.plans.visibleOfRegion(region.getId(), viewer);
		model.addAttribute("plans", plans);
		model.addAttribute("statuses", this.plans.statusesFor(plans, viewer));
		model.addAttribute("hubs", this.plans.hubsFor(plans, viewer));
		model.addAttribute("complexes", this.complexes.inRegion(region.getCode(), Complexes.Proposals.of(viewer)));
		return "regions/detail";
	}

}
