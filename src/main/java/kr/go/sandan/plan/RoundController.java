package kr.go.sandan.plan;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.go.sandan.complex.Complexes;
import kr.go.sandan.round.Calls;
import kr.go.sandan.round.ProgramRound;
import kr.go.sandan.round.Rounds;
import kr.go.sandan.web.NotFoundException;
import kr.go.sandan.web.PageValidity;

/**
 * A round with its call and the regions whose plans were announced in it, in 가나다 order
 * (alphabetical in English) as the release lists them.
 */
@Controller
class RoundController {

	private final Rounds rounds;

	private final PlanCatalog plans;

	private final Complexes complexes;

	private final Calls calls;

	RoundController(Rounds rounds, PlanCatalog plans, Complexes complexes, Calls calls) {
		this.rounds = rounds;
		this.plans = plans;
		this.complexes = complexes;
		this.calls = calls;
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable long id, Model model, Locale locale) {
		ProgramRound round = this.rounds.withIndicators(id).orElseThrow(() -> new NotFoundException("round", id));
		// what each plan said when its last decision was published, not what it says now;
		// regions in 가나다 order (alphabetical in English)
		Collator collator = Collator.getInstance(locale);
		List<PlanCatalog.PlanReading> published = this.plans.publishedReadingsInRound(id)
			.stream()
			.sorted(Comparator.comparing((PlanCatalog.PlanReading reading) -> reading.plan().regionNameIn(locale),
					collator))
			.toList();
		List<InnovationPlan> roundPlans = published.stream().map(PlanCatalog.PlanReading::plan).toList();
		Instant now = this.calls.now();
		this.calls.ofRound(id).filter((call) -> call.isOpened()).ifPresent((call) -> {
			model.addAttribute("call", call);
			model.addAttribute("now", now);
			// the call's phase is on the page: kept only until it changes
			PageValidity.until(call.nextPhaseChange(now));
		});
		Map<Long, PlanContent.Hub> hubs = new HashMap<>();
		Map<Long, List<String>> targets = new HashMap<>();
		for (PlanCatalog.PlanReading reading : published) {
			if (reading.content().hub() != null) {
				hubs.put(reading.plan().getId(), reading.content().hub());
			}
			List<String> lines = reading.content().planTargets().stream().map(PlanContent.Target::asWritten).toList();
			if (!lines.isEmpty()) {
				targets.put(reading.plan().getId(), lines);
			}
		}
		model.addAttribute("round", round);
		model.addAttribute("plans", roundPlans);
		model.addAttribute("hubs", hubs);
		model.addAttribute("targets", targets);
		model.addAttribute("complexRows",
				this.complexes.rows(hubs.values().stream().map(PlanContent.Hub::id).filter(Objects::nonNull).toList()));
		model.addAttribute("selectedCount",
				roundPlans.stream().filter((plan) -> plan.getPublicStatus().isSelected()).count());
		return "rounds/detail";
	}

}
