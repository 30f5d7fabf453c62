package kr.go.sandan.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import kr.go.sandan.plan.PlanProjects.ProjectLine;
import kr.go.sandan.plan.YearBudget;
import kr.go.sandan.web.NotFoundException;

/**
 * The ministry records the committee's final confirmation of a call: each preliminarily
 * selected plan confirmed with its rationale, each requested project approved, approved
 * with an adjusted budget, or not funded.
 */
@Controller
@RequestMapping("/ministry/calls/{callId}/confirmation")
class ConfirmationController {

	static final List<String> SOURCES = List.of("national", "local", "private");

	private final Decisions decisions;

	private final ConfirmationWorkbook workbook;

	ConfirmationController(Decisions decisions, ConfirmationWorkbook workbook) {
		this.decisions = decisions;
		this.workbook = workbook;
	}

	/** The recorded confirmation's budgets as a workbook (404 before it is recorded). */
	@GetMapping("/budgets.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long callId, Locale locale) {
		byte[] body;
		try {
			body = this.workbook.write(callId, locale);
		}
		catch (DecisionRuleException ex) {
			throw new NotFoundException("final confirmation", callId);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("confirmed-budgets-" + callId + ".xlsx")
						.build()
						.toString())
			.body(body);
	}

	@GetMapping
	String confirmation(@PathVariable long callId, Model model) {
		model.addAttribute("view", this.decisions.confirmation(callId));
		model.addAttribute("sources", SOURCES);
		if (!model.containsAttribute("entered")) {
			model.addAttribute("entered", Map.of());
		}
		return "decision/confirmation";
	}

	@PostMapping
	String record(@PathVariable long callId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal PortalUser officer, Model model, RedirectAttributes redirect) {
		Decisions.ConfirmationView view = this.decisions.confirmation(callId);
		Map<String, String> errors = new LinkedHashMap<>();
		MeetingFields meeting = MeetingFields.read(params, errors);
		Map<Long, String> rationales = new LinkedHashMap<>();
		Map<Long, Decisions.ProjectInput> inputs = new LinkedHashMap<>();
		for (Decisions.ConfirmationPlan plan : view.plans()) {
			long planId = plan.plan().planId();
			String rationale = params.getOrDefault("rationale." + planId, "").strip();
			if (rationale.isEmpty()) {
				errors.put("rationale." + planId, "decision.rationale.required");
			}
			rationales.put(planId, rationale);
			for (ProjectLine project : plan.projects()) {
				inputs.put(project.projectId(), input(project, view.years(), params, errors));
			}
		}
		if (errors.isEmpty()) {
			try {
				this.decisions.recordFinalConfirmation(callId, meeting.heldOn(), meeting.chair(), rationales, inputs,
						officer);
				redirect.addFlashAttribute("flashMessage", "confirmation.recorded");
				return "redirect:/ministry/calls/" + callId + "/confirmation";
			}
			catch (DecisionRuleException ex) {
				model.addAttribute("decisionError", ex.getMessageKey());
			}
		}
		model.addAttribute("view", view);
		model.addAttribute("sources", SOURCES);
		model.addAttribute("errors", errors);
		model.addAttribute("entered", params);
		return "decision/confirmation";
	}

	/** Reads one project's outcome; an adjusted one needs amounts (≥ 0, KRW million). */
	private static Decisions.ProjectInput input(ProjectLine project, List<Integer> years, Map<String, String> params,
			Map<String, String> errors) {
		String key = "outcome." + project.projectId();
		ProjectDecision decision = null;
		try {
			decision = ProjectDecision.valueOf(params.getOrDefault(key, ""));
		}
		catch (IllegalArgumentException ex) {
			errors.put(key, "confirmation.outcome.required");
		}
		List<YearBudget> adjusted = new ArrayList<>();
		if (decision == ProjectDecision.ADJUSTED) {
			boolean any = false;
			for (int year : years) {
				BigDecimal[] amounts = new BigDecimal[3];
				for (int i = 0; i < SOURCES.size(); i++) {
					String field = "amount." + project.projectId() + "." + year + "." + SOURCES.get(i);
					String raw = params.getOrDefault(field, "").strip().replace(",", "");
					try {
						amounts[i] = raw.isEmpty() ? BigDecimal.ZERO : new BigDecimal(raw);
						if (amounts[i].signum() < 0 || amounts[i].scale() > 1) {
							errors.put(field, "confirmation.amount.invalid");
						}
						any |= amounts[i].signum() > 0;
					}
					catch (NumberFormatException ex) {
						errors.put(field, "confirmation.amount.invalid");
						amounts[i] = BigDecimal.ZERO;
					}
				}
				adjusted.add(new YearBudget(year, amounts[0], amounts[1], amounts[2]));
			}
			if (!any && !errors.containsKey(key)) {
				errors.put("adjusted." + project.projectId(), "confirmation.adjusted.required");
			}
		}
		return new Decisions.ProjectInput(decision, adjusted, params.get("note." + project.projectId()));
	}

}
