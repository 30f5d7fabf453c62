package kr.go.sandan.home;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.go.sandan.complex.Complexes;
import kr.go.sandan.plan.PlanCatalog;
import kr.go.sandan.round.CallPhase;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.ProposalCall;
import kr.go.sandan.round.Rounds;
import kr.go.sandan.web.PageValidity;

/**
 * The program at a glance: what it is, the calls open now or soon, its rounds, and Smart
 * Green progress.
 */
@Controller
class HomeController {

	private final Rounds rounds;

	private final PlanCatalog plans;

	private final Complexes complexes;

	private final Calls calls;

	HomeController(Rounds rounds, PlanCatalog plans, Complexes complexes, Calls calls) {
		this.rounds = rounds;
		this.plans = plans;
		this.complexes = complexes;
		this.calls = calls;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("rounds", this.rounds.all());
		Instant now = this.calls.now();
		List<ProposalCall> announced = this.calls.announced();
		model.addAttribute("now", now);
		model.addAttribute("openCalls",
				announced.stream().filter((call) -> call.phase(now) != CallPhase.CLOSED).toList());
		model.addAttribute("callByRound", announced.stream()
			.collect(Collectors.toMap((call) -> call.getRound().getId(), Function.identity(), (a, b) -> a)));
		// the page says which call is open: it is kept only until one opens or closes
		announced.forEach((call) -> PageValidity.until(call.nextPhaseChange(now)));
		model.addAttribute("statusCounts", this.plans.publishedStatusCountsByRound());
		Complexes.SmartGreenSummary smartGreen = this.complexes.smartGreenSummary();
		model.addAttribute("smartGreen", smartGreen.plan());
		model.addAttribute("smartGreenRecorded", smartGreen.recorded());
		return "home/index";
	}

}
