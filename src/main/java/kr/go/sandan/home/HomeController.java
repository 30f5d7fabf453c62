package kr.go.sandan.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.go.sandan.complex.Complexes;
import kr.go.sandan.plan.PlanCatalog;
import kr.go.sandan.round.Rounds;

/** The program at a glance: what it is, its rounds, and Smart Green progress. */
@Controller
class HomeController {

	private final Rounds rounds;

	private final PlanCatalog plans;

	private final Complexes complexes;

	HomeController(Rounds rounds, PlanCatalog plans, Complexes complexes) {
		this.rounds = rounds;
		this.plans = plans;
		this.complexes = complexes;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("rounds", this.rounds.all());
		model.addAttribute("statusCounts", this.plans.publishedStatusCountsByRound());
		Complexes.SmartGreenSummary smartGreen = this.complexes.smartGreenSummary();
		model.addAttribute("smartGreen", smartGreen.plan());
		model.addAttribute("smartGreenRecorded", smartGreen.recorded());
		return "home/index";
	}

}
