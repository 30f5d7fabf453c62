package kr.go.sandan.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;

/**
 * The ministry records and publishes the committee's Smart Green selection of a round.
 */
@Controller
@RequestMapping("/ministry/calls/{callId}/smart-green")
class SmartGreenController {

	private final SmartGreenSelections selections;

	SmartGreenController(SmartGreenSelections selections) {
		this.selections = selections;
	}

	@GetMapping
	String view(@PathVariable long callId, Model model) {
		model.addAttribute("view", this.selections.view(callId));
		if (!model.containsAttribute("entered")) {
			model.addAttribute("entered", Map.of());
			model.addAttribute("chosen", List.of());
		}
		return "decision/smart-green";
	}

	@PostMapping
	String record(@PathVariable long callId, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal PortalUser officer, Model model, RedirectAttributes redirect) {
		Map<String, String> params = form.toSingleValueMap();
		Map<String, String> errors = new LinkedHashMap<>();
		MeetingFields meeting = MeetingFields.read(params, errors);
		List<Long> chosen = new ArrayList<>();
		for (String value : form.getOrDefault("complex", List.of())) {
			try {
				chosen.add(Long.parseLong(value));
			}
			catch (NumberFormatException ex) {
				errors.put("complex", "smartGreen.error.notCandidate");
			}
		}
		if (chosen.isEmpty()) {
			errors.put("complex", "smartGreen.complexes.required");
		}
		String rationale = params.getOrDefault("rationale", "").strip();
		if (rationale.isEmpty()) {
			errors.put("rationale", "decision.rationale.required");
		}
		else if (rationale.length() > 1000) {
			errors.put("rationale", "smartGreen.rationale.tooLong");
		}
		if (errors.isEmpty()) {
			try {
				this.selections.record(callId, meeting.heldOn(), meeting.chair(), chosen, rationale, officer);
				redirect.addFlashAttribute("flashMessage", "smartGreen.recorded");
				return "redirect:/ministry/calls/" + callId + "/smart-green";
			}
			catch (DecisionRuleException ex) {
				model.addAttribute("decisionError", ex.getMessageKey());
			}
		}
		model.addAttribute("view", this.selections.view(callId));
		model.addAttribute("errors", errors);
		model.addAttribute("entered", params);
		model.addAttribute("chosen", chosen);
		return "decision/smart-green";
	}

	@PostMapping("/publish")
	String publish(@PathVariable long callId, RedirectAttributes redirect) {
		try {
			this.selections.publish(callId);
			redirect.addFlashAttribute("flashMessage", "smartGreen.published");
		}
		catch (DecisionRuleException ex) {
			redirect.addFlashAttribute("decisionError", ex.getMessageKey());
		}
		return "redirect:/ministry/calls/" + callId + "/smart-green";
	}

}
