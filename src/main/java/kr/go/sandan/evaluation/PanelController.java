package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.round.Calls;

import kr.go.sandan.web.FieldLabel;

/** The ministry runs a call's evaluation: committee, assignments, rules, progress. */
@Controller
@RequestMapping("/ministry/calls/{callId}/evaluation")
class PanelController {

	private final Evaluations evaluations;

	private final Calls calls;

	private final MessageSource messages;

	PanelController(Evaluations evaluations, Calls calls, MessageSource messages) {
		this.evaluations = evaluations;
		this.calls = calls;
		this.messages = messages;
	}

	/** How scores are aggregated and flagged; bound through its setters. */
	public static class RulesForm {

		@FieldLabel("evaluation.aggregation")
		@NotNull
		private Aggregation aggregation;

		@FieldLabel("evaluation.divergenceThreshold")
		@NotNull
		@DecimalMin(value = "0.1")
		@DecimalMax("100")
		@Digits(integer = 3, fraction = 2)
		private BigDecimal divergenceThreshold;

		@FieldLabel("evaluation.outlierThreshold")
		@NotNull
		@DecimalMin(value = "0.1")
		@DecimalMax("100")
		@Digits(integer = 3, fraction = 2)
		private BigDecimal outlierThreshold;

		/** The fewest counted evaluators a plan should have. */
		@FieldLabel("evaluation.minimumEvaluators")
		@NotNull
		@Min(1)
		@Max(50)
		private Integer minimumEvaluators;

		@NotNull
		private Long version;

		public RulesForm() {
		}

		RulesForm(Aggregation aggregation, BigDecimal divergenceThreshold, BigDecimal outlierThreshold,
				Integer minimumEvaluators, long version) {
			this.aggregation = aggregation;
			this.divergenceThreshold = divergenceThreshold;
			this.outlierThreshold = outlierThreshold;
			this.minimumEvaluators = minimumEvaluators;
			this.version = version;
		}

		public Integer getMinimumEvaluators() {
			return this.minimumEvaluators;
		}

		public void setMinimumEvaluators(Integer minimumEvaluators) {
			this.minimumEvaluators = minimumEvaluators;
		}

		public Aggregation getAggregation() {
			return this.aggregation;
		}

		public void setAggregation(Aggregation aggregation) {
			this.aggregation = aggregation;
		}

		public BigDecimal getDivergenceThreshold() {
			return this.divergenceThreshold;
		}

		public void setDivergenceThreshold(BigDecimal divergenceThreshold) {
			this.divergenceThreshold = divergenceThreshold;
		}

		public BigDecimal getOutlierThreshold() {
			return this.outlierThreshold;
		}

		public void setOutlierThreshold(BigDecimal outlierThreshold) {
			this.outlierThreshold = outlierThreshold;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	@GetMapping
	String panel(@PathVariable long callId, Model model) {
		var panel = this.evaluations.panel(callId);
		if (panel.isPresent() && !model.containsAttribute("rulesForm")) {
			model.addAttribute("rulesForm", new RulesForm(panel.get().aggregation(), panel.get().divergenceThreshold(),
					panel.get().outlierThreshold(), panel.get().minimumEvaluators(), panel.get().version()));
		}
		return render(callId, model);
	}

	private String render(long callId, Model model) {
		model.addAttribute("call", this.calls.get(callId));
		model.addAttribute("panel", this.evaluations.panel(callId).orElse(null));
		model.addAttribute("aggregations", Aggregation.values());
		return "evaluation/panel";
	}

	@PostMapping
	String form(@PathVariable long callId, @AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		return act(callId, redirect, "evaluation.formed", () -> this.evaluations.form(callId, officer));
	}

	@PostMapping("/rules")
	String rules(@PathVariable long callId, @Valid @ModelAttribute("rulesForm") RulesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(callId, model);
		}
		return act(callId, redirect, "evaluation.rulesSaved",
				() -> this.evaluations.configure(callId, form.getVersion(), form.getAggregation(),
						form.getDivergenceThreshold(), form.getOutlierThreshold(), form.getMinimumEvaluators()));
	}

	@PostMapping("/members")
	String addMembers(@PathVariable long callId, @RequestParam(name = "accountId", required = false) List<Long> ids,
			RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("evaluationError", message("evaluation.error.noneChosen"));
			return "redirect:/ministry/calls/" + callId + "/evaluation#members";
		}
		return act(callId, redirect, "evaluation.membersAdded", () -> this.evaluations.addMembers(callId, ids));
	}

	@PostMapping("/members/{accountId}/remove")
	String removeMember(@PathVariable long callId, @PathVariable long accountId, RedirectAttributes redirect) {
		return act(callId, redirect, "evaluation.memberRemoved",
				() -> this.evaluations.removeMember(callId, accountId));
	}

	@PostMapping("/assignments")
	String assign(@PathVariable long callId, @RequestParam(name = "cell", required = false) List<String> cells,
			RedirectAttributes redirect) {
		Set<Evaluations.Assignment> wanted = new HashSet<>();
		if (cells != null) {
			for (String cell : cells) {
				String[] parts = cell.split("_");
				// ids of at most 18 digits: a longer number is no id (and overflows a
				// long)
				if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
					wanted.add(new Evaluations.Assignment(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
				}
			}
		}
		return act(callId, redirect, "evaluation.assigned", () -> this.evaluations.assign(callId, wanted));
	}

	@PostMapping("/start")
	String start(@PathVariable long callId, @RequestParam long version, @AuthenticationPrincipal PortalUser officer,
			RedirectAttributes redirect) {
		return act(callId, redirect, "evaluation.started", () -> this.evaluations.start(callId, version, officer));
	}

	@PostMapping("/complete")
	String complete(@PathVariable long callId, @RequestParam long version, @AuthenticationPrincipal PortalUser officer,
			RedirectAttributes redirect) {
		return act(callId, redirect, "evaluation.completed", () -> this.evaluations.complete(callId, version, officer));
	}

	@PostMapping("/sheets/{sheetId}/reopen")
	String reopen(@PathVariable long callId, @PathVariable long sheetId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		String outcome = act(callId, redirect, "evaluation.reopened",
				() -> this.evaluations.reopen(callId, sheetId, (reason != null) ? reason : ""));
		if (redirect.getFlashAttributes().containsKey("evaluationError")) {
			// what was typed comes back in the field
			redirect.addFlashAttribute("reopenReason", reason);
			redirect.addFlashAttribute("reopenSheet", sheetId);
		}
		return outcome;
	}

	private String act(long callId, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (EvaluationRuleException ex) {
			redirect.addFlashAttribute("evaluationError", message(ex.getMessageKey(), ex.getArguments()));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("evaluationError", message("evaluation.error.panelConflict"));
		}
		return "redirect:/ministry/calls/" + callId + "/evaluation";
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
