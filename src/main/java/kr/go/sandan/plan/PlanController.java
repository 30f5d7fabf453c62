package kr.go.sandan.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.web.NotFoundException;

/** A published plan, shown as the release's appendix groups it. */
@Controller
class PlanController {

	private final PlanCatalog plans;

	private final Complexes complexes;

	PlanController(PlanCatalog plans, Complexes complexes) {
		this.plans = plans;
		this.complexes = complexes;
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Model model) {
		InnovationPlan plan = this.plans.plan(id, viewer).orElseThrow(() -> new NotFoundException("plan", id));
		List<Long> complexIds = new ArrayList<>();
		if (plan.getHubComplex() != null) {
			complexIds.add(plan.getHubComplex().getId());
		}
		plan.getLinkedSites()
			.stream()
			.filter(LinkedSite::isComplex)
			.forEach((site) -> complexIds.add(site.getComplex().getId()));
		model.addAttribute("plan", plan);
		model.addAttribute("canEdit", PlanVisibility.canEdit(plan, viewer));
		model.addAttribute("complexRows", this.complexes.rows(complexIds));
		return "plans/detail";
	}

}
