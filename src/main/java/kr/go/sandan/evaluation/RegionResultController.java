package kr.go.sandan.evaluation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.web.NotFoundException;

/** A region reads its own evaluation result once the decisions are published. */
@Controller
class RegionResultController {

	private final RegionResults results;

	RegionResultController(RegionResults results) {
		this.results = results;
	}

	@GetMapping("/plans/{planId}/evaluation")
	String result(@PathVariable long planId, @AuthenticationPrincipal PortalUser viewer, Model model) {
		model.addAttribute("result",
				this.results.of(planId, viewer).orElseThrow(() -> new NotFoundException("evaluation result", planId)));
		return "evaluation/result";
	}

}
