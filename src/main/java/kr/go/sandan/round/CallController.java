package kr.go.sandan.round;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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

/** Ministry officers prepare, change and open calls for proposals. */
@Controller
@RequestMapping("/ministry/calls")
class CallController {

	private final Calls calls;

	private final Rounds rounds;

	CallController(Calls calls, Rounds rounds) {
		this.calls = calls;
		this.rounds = rounds;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("calls", this.calls.all());
		return "round/calls";
	}

	@GetMapping("/new")
	String newCall(Model model) {
		int year = Year.now(Calls.SEOUL).getValue() + 1;
		int ordinal = this.rounds.all().stream().mapToInt(ProgramRound::getOrdinal).max().orElse(0) + 1;
		model.addAttribute("form", CallForm.blank(year, ordinal));
		model.addAttribute("creating", true);
		return "round/call-form";
	}

	@PostMapping
	String prepare(@Valid @ModelAttribute("form") CallForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		check(form, result);
		if (result.hasErrors()) {
			return "round/call-form";
		}
		try {
			ProposalCall call = this.calls.prepare(form.definition());
			redirect.addFlashAttribute("flashMessage", "call.prepared");
			return "redirect:/ministry/calls/" + call.getId();
		}
		catch (ProposalCall.CallRuleException ex) {
			rejectRule(ex, result);
			return "round/call-form";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		ProposalCall call = this.calls.get(id);
		model.addAttribute("call", call);
		model.addAttribute("form", CallForm.of(call));
		return "round/call-form";
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") CallForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ProposalCall call = this.calls.get(id);
		model.addAttribute("call", call);
		check(form, result);
		if (form.getVersion() == null) {
			result.reject("call.error.conflict");
		}
		if (!result.hasErrors()) {
			try {
				this.calls.change(id, form.getVersion(), form.definition());
				redirect.addFlashAttribute("flashMessage", "call.saved");
				return "redirect:/ministry/calls/" + id;
			}
			catch (ProposalCall.CallRuleException ex) {
				if (ex.getMessageKey().equals("call.error.conflict")) {
					response.setStatus(HttpStatus.CONFLICT.value());
					model.addAttribute("currentVersion", call.getVersion());
				}
				rejectRule(ex, result);
			}
		}
		return "round/call-form";
	}

	@PostMapping("/{id}/open")
	String open(@PathVariable long id, @RequestParam long version, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.calls.open(id, version, authentication.getName());
			redirect.addFlashAttribute("flashMessage", "call.opened");
		}
		catch (ProposalCall.CallRuleException ex) {
			redirect.addFlashAttribute("callError", ex.getMessageKey());
		}
		return "redirect:/ministry/calls/" + id;
	}

	/** A refused rule beside the field it concerns, or for the whole form. */
	private static void rejectRule(ProposalCall.CallRuleException ex, BindingResult result) {
		switch (ex.getMessageKey()) {
			case "call.error.ordinalTaken" -> result.rejectValue("ordinal", ex.getMessageKey());
			case "call.error.yearHasCall", "call.error.pastYear", "call.error.yearFixed" ->
				result.rejectValue("year", ex.getMessageKey());
			default -> result.reject(ex.getMessageKey());
		}
	}

	/** Rules across fields, each reported next to the field it concerns. */
	private static void check(CallForm form, BindingResult result) {
		if (form.getOpensAt() != null && form.getClosesAt() != null
				&& !form.getOpensAt().isBefore(form.getClosesAt())) {
			result.rejectValue("closesAt", "call.error.period");
		}
		List<CallForm.IndicatorRow> indicators = form.filledIndicators();
		if (indicators.isEmpty()) {
			result.rejectValue("indicators", "call.error.noIndicator");
			return;
		}
		for (int i = 0; i < form.getIndicators().size(); i++) {
			CallForm.IndicatorRow row = form.getIndicators().get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			if (row.getName() == null || row.getName().isBlank()) {
				result.rejectValue("indicators[" + i + "].name", "call.error.indicatorName");
			}
			if (row.getWeight() == null) {
				result.rejectValue("indicators[" + i + "].weight", "call.error.indicatorWeight");
			}
		}
		BigDecimal sum = indicators.stream()
			.map(CallForm.IndicatorRow::getWeight)
			.filter((weight) -> weight != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (indicators.stream().allMatch((row) -> row.getWeight() != null)
				&& sum.compareTo(new BigDecimal("100")) != 0) {
			result.rejectValue("indicators", "call.error.weightsSum",
					new Object[] { sum.stripTrailingZeros().toPlainString() }, null);
		}
	}

}
