package kr.go.sandan.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;
import kr.go.sandan.database.ReadScopes;
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.evaluation.EvaluationWork;
import kr.go.sandan.evaluation.Evaluations;
import kr.go.sandan.evaluation.RegionResults;
import kr.go.sandan.notification.Notifications;
import kr.go.sandan.plan.PlanCatalog;
import kr.go.sandan.plan.PlanCatalog.PlanLine;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.region.Regions;
import kr.go.sandan.round.CallPhase;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.CommitteeMeetings;
import kr.go.sandan.round.Rounds;
import kr.go.sandan.web.Dates;

/**
 * Each person's own start page after signing in: a work list for each role they hold.
 * Ministry officers see plans resubmitted for them, evaluations ready to complete and
 * decisions waiting to be published; evaluators their sheets to do and reopened; regions
 * the revisions asked of them and the calls' deadlines.
 */
@Controller
class MyWorkController {

	private final Rounds rounds;

	private final PlanCatalog plans;

	private final Regions regions;

	private final Calls calls;

	private final CommitteeMeetings meetings;

	private final Evaluations evaluations;

	private final EvaluationWork evaluationWork;

	private final RegionResults results;

	private final Notifications notifications;

	private final DistrictViews districts;

	/** Every list of the page in one read-only transaction. */
	private final TransactionTemplate reads;

	MyWorkController(Rounds rounds, PlanCatalog plans, Regions regions, Calls calls, CommitteeMeetings meetings,
			Evaluations evaluations, EvaluationWork evaluationWork, RegionResults results, Notifications notifications,
			DistrictViews districts, PlatformTransactionManager transactions) {
		this.reads = ReadScopes.records(transactions);
		this.rounds = rounds;
		this.plans = plans;
		this.regions = regions;
		this.calls = calls;
		this.meetings = meetings;
		this.evaluations = evaluations;
		this.evaluationWork = evaluationWork;
		this.results = results;
		this.notifications = notifications;
		this.districts = districts;
	}

	@GetMapping("/me")
	String me(@AuthenticationPrincipal PortalUser user, Model model) {
		// one read-only transaction, not a begin and commit per list (six for the
		// ministry: about a fifth of the page; issue 18)
		this.reads.executeWithoutResult((status) -> read(user, model));
		return "home/me";
	}

	private void read(PortalUser user, Model model) {
		Instant now = this.calls.now();
		model.addAttribute("user", user);
		model.addAttribute("now", now);
		model.addAttribute("unreadNotifications", this.notifications.unread(user.accountId()));
		if (user.has(Role.MINISTRY)) {
			model.addAttribute("rounds", this.rounds.rows());
			model.addAttribute("statusCounts", this.plans.publishedStatusCountsByRound());
			model.addAttribute("resubmitted", this.plans.resubmitted());
			model.addAttribute("readyToComplete", this.evaluationWork.readyToComplete());
			model.addAttribute("unpublished", this.meetings.unpublished());
			model.addAttribute("overdueReports", this.districts.overdue(null, LocalDate.ofInstant(now, Dates.SEOUL)));
		}
		if (user.has(Role.REGION) && user.getRegionId() != null) {
			// each line carries the status the region may know: a committee decision
			// reaches it once published
			List<PlanLine> regionPlans = this.plans.linesOfRegion(user.getRegionId(), user);
			model.addAttribute("region", this.regions.reference(user.getRegionCode()).orElseThrow());
			model.addAttribute("regionPlans", regionPlans);
			model.addAttribute("revisionRequested",
					regionPlans.stream().filter((plan) -> plan.status() == PlanStatus.REVISION_REQUESTED).toList());
			model.addAttribute("openCalls",
					this.calls.announcedRows()
						.stream()
						.filter((call) -> call.phase(now) == CallPhase.OPEN || call.phase(now) == CallPhase.UPCOMING)
						.toList());
			model.addAttribute("resultPlanIds",
					this.results.withPublishedResults(regionPlans.stream().map(PlanLine::id).toList()));
			model.addAttribute("ownDistricts", this.districts.districts(user.getRegionId()));
			if (!user.has(Role.MINISTRY)) {
				model.addAttribute("overdueReports",
						this.districts.overdue(user.getRegionId(), LocalDate.ofInstant(now, Dates.SEOUL)));
			}
			model.addAttribute("planByRound",
					regionPlans.stream().collect(Collectors.toMap(PlanLine::roundId, Function.identity())));
		}
		if (user.has(Role.EVALUATOR)) {
			model.addAttribute("evaluationPanels", this.evaluations.inbox(user));
		}
	}

}
