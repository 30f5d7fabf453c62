package kr.go.sandan.plan;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.go.sandan.complex.Complexes;
import kr.go.sandan.round.ProgramRound;
import kr.go.sandan.round.Rounds;
import kr.go.sandan.web.NotFoundException;

/** A round with the regions whose plans were announced in it. */
@Controller
class RoundController {

	private final Rounds rounds;

	private final PlanCatalog plans;

	private final Complexes complexes;

	RoundController(Rounds rounds, PlanCatalog plans, Complexes complexes) {
		this.rounds = rounds;
		this.plans = plans;
		this.complexes = complexes;
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable long id, Model model) {
		ProgramRound round = this.rounds.withIndicators(id).orElseThrow(() -> new NotFoundException("round", id));
		List<InnovationPlan> roundPlans = this.plans.publishedInRound(id);
		List<Long> planIds = roundPlans.stream().map(InnovationPlan::getId).toList();
		List<Long> hubIds = roundPlans.stream()
			.map(InnovationPlan::getHubComplex)
			.filter(Objects::nonNull)
			.map((hub) -> hub.getId())
			.toList();
		model.addAttribute("round", round);
		model.addAttribute("plans", roundPlans);
		model.addAttribute("targets", this.plans.targetsAsWritten(planIds));
		model.addAttribute("complexRows", this.complexes.rows(hubIds));
		model.addAttribute("selectedCount",
				roundPlans.stream().filter((plan) -> plan.getPublicStatus().isSelected()).count());
		return "rounds/detail";
	}

}
