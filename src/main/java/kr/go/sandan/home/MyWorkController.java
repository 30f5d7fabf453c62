package kr.go.sandan.home;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;
import kr.go.sandan.evaluation.Evaluations;
import kr.go.sandan.notification.Notifications;
import kr.go.sandan.plan.InnovationPlan;
import kr.go.sandan.plan.PlanCatalog;
import kr.go.sandan.region.Regions;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.Rounds;

/** Each person's own start page after signing in, by what they do in the program. */
@Controller
class MyWorkController {

	private final Rounds rounds;

	private final PlanCatalog plans;

	private final Regions regions;

	private final Calls calls;

	private final Evaluations evaluations;

	private final Notifications notifications;

	MyWorkController(Rounds rounds, PlanCatalog plans, Regions regions, Calls calls, Evaluations evaluations,
			Notifications notifications) {
		this.notifications = notifications;
		this.rounds = rounds;
		this.plans = plans;
		this.regions = regions;
		this.calls = calls;
		this.evaluations = evaluations;
	}

	@GetMapping("/me")
	String me(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("unreadNotifications", this.notifications.unread(user.accountId()));
		if (user.has(Role.MINISTRY)) {
			model.addAttribute("rounds", this.rounds.all());
			model.addAttribute("statusCounts", this.plans.publishedStatusCountsByRound());
		}
		if (user.has(Role.REGION) && user.getRegionId() != null) {
			List<InnovationPlan> regionPlans = this.plans.visibleOfRegion(user.getRegionId(), user);
			model.addAttribute("region", this.regions.byCode(user.getRegionCode()).orElseThrow());
			model.addAttribute("regionPlans", regionPlans);
			// a committee decision reaches the region once published
			model.addAttribute("regionPlanStatuses", this.plans.statusesFor(regionPlans, user));
			model.addAttribute("openCalls", this.calls.acceptingSubmissions());
			model.addAttribute("resultPlanIds",
					this.evaluations.withPublishedResults(regionPlans.stream().map(InnovationPlan::getId).toList()));
			model.addAttribute("planByRound", regionPlans.stream()
				.collect(Collectors.toMap((plan) -> plan.getRound().getId(), Function.identity())));
		}
		if (user.has(Role.EVALUATOR)) {
			model.addAttribute("evaluationPanels", this.evaluations.inbox(user));
		}
		return "home/me";
	}

}
