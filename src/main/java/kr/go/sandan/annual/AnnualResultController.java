package kr.go.sandan.annual;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.go.sandan.account.PortalUser;

/**
 * Published annual results: a year's ratings for everyone, and a district's own results
 * for the ministry and its region.
 */
@Controller
class AnnualResultController {

	private final AnnualResults results;

	AnnualResultController(AnnualResults results) {
		this.results = results;
	}

	@GetMapping("/annual-evaluations/{year}")
	String year(@PathVariable int year, Model model) {
		model.addAttribute("result", this.results.publicYear(AnnualEvaluationController.year(year)));
		return "annual/public";
	}

	@GetMapping("/districts/{planId}/evaluations")
	String district(@PathVariable long planId, @AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("planId", planId);
		model.addAttribute("results", this.results.ofDistrict(planId, user));
		return "annual/district";
	}

}
