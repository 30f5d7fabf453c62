package kr.go.sandan.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;

/** The ministry records and publishes the committee's preliminary selection of a call. */
@Controller
@RequestMapping("/ministry/calls/{callId}/decisions")
class DecisionController {

	private final Decisions decisions;

	DecisionController(Decisions decisions) {
		this.decisions = decisions;
	}

	@GetMapping
	String preliminary(@PathVariable long callId, Model model) {
		model.addAttribute("view", this.decisions.preliminary(callId));
		if (!model.containsAttribute("entered")) {
			model.addAttribute("entered", Map.of());
		}
		return "decision/preliminary";
	}

	@PostMapping
	String record(@PathVariable long callId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal PortalUser officer, Model model, RedirectAttributes redirect) {
		Decisions.PreliminaryView view = this.decisions.preliminary(callId);
		Map<String, String> errors = new LinkedHashMap<>();
		MeetingFields meeting = MeetingFields.read(params, errors);
		List<Decisions.Choice> choices = new ArrayList<>();
		long selected = 0;
		for (Decisions.Candidate candidate : view.candidates()) {
			long planId = candidate.plan().planId();
			String outcome = params.get("outcome." + planId);
			String rationale = params.getOrDefault("rationale." + planId, "").strip();
			if (!"SELECTED".equals(outcome) && !"NOT_SELECTED".equals(outcome)) {
				errors.put("outcome." + planId, "decision.outcome.required");
			}
			if (rationale.isEmpty()) {
				errors.put("rationale." + planId, "decision.rationale.required");
			}
			else if (rationale.length() > 2000) {
				errors.put("rationale." + planId, "decision.rationale.tooLong");
			}
			if ("SELECTED".equals(outcome)) {
				selected++;
			}
			choices.add(new Decisions.Choice(planId, "SELECTED".equals(outcome), rationale));
		}
		String overQuotaReason = params.getOrDefault("overQuotaReason", "").strip();
		if (selected > view.plannedDesignations() && overQuotaReason.isEmpty()) {
			errors.put("overQuotaReason", "decision.overQuota.required");
		}
		if (errors.isEmpty()) {
			try {
				this.decisions.recordPreliminarySelection(callId, meeting.heldOn(), meeting.chair(), overQuotaReason,
						choices, officer);
				redirect.addFlashAttribute("flashMessage", "decision.recorded");
				return "redirect:/ministry/calls/" + callId + "/decisions";
			}
			catch (DecisionRuleException ex) {
				model.addAttribute("decisionError", ex.getMessageKey());
			}
		}
		model.addAttribute("view", view);
		model.addAttribute("errors", errors);
		model.addAttribute("entered", params);
		model.addAttribute("selectedCount", selected);
		return "decision/preliminary";
	}

	@PostMapping("/publish")
	String publish(@PathVariable long callId, RedirectAttributes redirect) {
		try {
			this.decisions.publishPreliminarySelection(callId);
			redirect.addFlashAttribute("flashMessage", "decision.published");
		}
		catch (DecisionRuleException ex) {
			redirect.addFlashAttribute("decisionError", ex.getMessageKey());
		}
		return "redirect:/ministry/calls/" + callId + "/decisions";
	}

}
