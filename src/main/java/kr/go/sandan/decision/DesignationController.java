package kr.go.sandan.decision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
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
import kr.go.sandan.plan.InnovationPlan;
import kr.go.sandan.plan.PlanTransitionException;

/**
 * The ministry publishes the final confirmation, records the committee's designation of
 * the confirmed regions as districts, publishes it, and closes districts after their
 * period.
 */
@Controller
@RequestMapping("/ministry/calls/{callId}")
class DesignationController {

	private final Designations designations;

	DesignationController(Designations designations) {
		this.designations = designations;
	}

	@PostMapping("/confirmation/publish")
	String publishConfirmation(@PathVariable long callId, RedirectAttributes redirect) {
		try {
			this.designations.publishConfirmation(callId);
			redirect.addFlashAttribute("flashMessage", "confirmation.published");
		}
		catch (DecisionRuleException ex) {
			redirect.addFlashAttribute("decisionError", ex.getMessageKey());
		}
		return "redirect:/ministry/calls/" + callId + "/confirmation";
	}

	@GetMapping("/designation")
	String designation(@PathVariable long callId, Model model) {
		Designations.DesignationView view = this.designations.designation(callId);
		model.addAttribute("view", view);
		if (!model.containsAttribute("entered")) {
			model.addAttribute("entered", Map.of("districtStart", view.suggestedStart().toString(), "districtEnd",
					view.suggestedEnd().toString()));
		}
		return "decision/designation";
	}

	@PostMapping("/designation")
	String record(@PathVariable long callId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal PortalUser officer, Model model, RedirectAttributes redirect) {
		Designations.DesignationView view = this.designations.designation(callId);
		Map<String, String> errors = new LinkedHashMap<>();
		MeetingFields meeting = MeetingFields.read(params, errors);
		LocalDate start = date(params, "districtStart", errors);
		LocalDate end = date(params, "districtEnd", errors);
		if (start != null && end != null && !InnovationPlan.isValidDistrictPeriod(start, end)) {
			errors.put("districtEnd", "designation.period.invalid");
		}
		Map<Long, String> rationales = new LinkedHashMap<>();
		for (Designations.DesignationLine line : view.plans()) {
			if (!line.isDesignatable()) {
				continue;
			}
			long planId = line.plan().planId();
			String rationale = params.getOrDefault("rationale." + planId, "").strip();
			if (rationale.isEmpty()) {
				errors.put("rationale." + planId, "decision.rationale.required");
			}
			else if (rationale.length() > 2000) {
				errors.put("rationale." + planId, "decision.rationale.tooLong");
			}
			rationales.put(planId, rationale);
		}
		if (errors.isEmpty()) {
			try {
				this.designations.recordDesignation(callId, meeting.heldOn(), meeting.chair(), start, end, rationales,
						officer);
				redirect.addFlashAttribute("flashMessage", "designation.recorded");
				return "redirect:/ministry/calls/" + callId + "/designation";
			}
			catch (DecisionRuleException ex) {
				model.addAttribute("decisionError", ex.getMessageKey());
			}
		}
		model.addAttribute("view", view);
		model.addAttribute("errors", errors);
		model.addAttribute("entered", params);
		return "decision/designation";
	}

	@PostMapping("/designation/publish")
	String publish(@PathVariable long callId, RedirectAttributes redirect) {
		try {
			this.designations.publishDesignation(callId);
			redirect.addFlashAttribute("flashMessage", "designation.published");
		}
		catch (DecisionRuleException ex) {
			redirect.addFlashAttribute("decisionError", ex.getMessageKey());
		}
		return "redirect:/ministry/calls/" + callId + "/designation";
	}

	@PostMapping("/designation/{planId}/complete")
	String complete(@PathVariable long callId, @PathVariable long planId, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			this.designations.complete(planId, note);
			redirect.addFlashAttribute("flashMessage", "designation.completed");
		}
		catch (DecisionRuleException ex) {
			redirect.addFlashAttribute("decisionError", ex.getMessageKey());
		}
		catch (PlanTransitionException ex) {
			redirect.addFlashAttribute("decisionError", "designation.complete.tooEarly");
		}
		return "redirect:/ministry/calls/" + callId + "/designation";
	}

	private static LocalDate date(Map<String, String> params, String field, Map<String, String> errors) {
		try {
			return LocalDate.parse(params.getOrDefault(field, ""));
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "designation.date.required");
			return null;
		}
	}

}
