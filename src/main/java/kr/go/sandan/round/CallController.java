package kr.go.sandan.round;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/**
 * Ministry officers prepare, change and open calls; once a call is announced they attach
 * its files and post its notices (a correction, a later deadline, an early close).
 */
@Controller
@RequestMapping("/ministry/calls")
class CallController {

	private final Calls calls;

	private final CallFiles files;

	private final Rounds rounds;

	private final MessageSource messages;

	CallController(Calls calls, CallFiles files, Rounds rounds, MessageSource messages) {
		this.calls = calls;
		this.files = files;
		this.rounds = rounds;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("calls", this.calls.all());
		model.addAttribute("now", this.calls.now());
		return "round/calls";
	}

	@GetMapping("/new")
	String newCall(Model model, Locale locale) {
		int ordinal = this.rounds.all().stream().mapToInt(ProgramRound::getOrdinal).max().orElse(0) + 1;
		List<String> indicators = List.of(text("call.default.indicator.1", locale),
				text("call.default.indicator.2", locale), text("call.default.indicator.3", locale),
				text("call.default.indicator.4", locale));
		model.addAttribute("form", CallForm.blank(this.calls.nextYearWithoutCall(), ordinal, indicators,
				text("call.default.attachments", locale)));
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
		return render(this.calls.withNotices(id), model);
	}

	/**
	 * The call's page with whatever forms the request did not bring. An announced call's
	 * rules are shown as text to read, not as a disabled form (whose binding was most of
	 * the page: issue 18) — unless a change to them was just refused, whose form comes
	 * back as typed with the reason.
	 */
	private String render(ProposalCall call, Model model) {
		boolean refused = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult bound
				&& bound.hasErrors();
		boolean rulesAsText = call.isOpened() && !refused;
		model.addAttribute("call", call);
		model.addAttribute("now", this.calls.now());
		model.addAttribute("files", this.files.list(call.getId()));
		model.addAttribute("fileKinds", CallFileKind.values());
		model.addAttribute("rulesAsText", rulesAsText);
		if (!model.containsAttribute("form") && !rulesAsText) {
			model.addAttribute("form", CallForm.of(call));
		}
		if (!model.containsAttribute("fileForm")) {
			model.addAttribute("fileForm", new CallFileForm());
		}
		for (String name : List.of("correctionForm", "extensionForm", "earlyCloseForm")) {
			if (!model.containsAttribute(name)) {
				CallNoticeForm form = new CallNoticeForm();
				form.setVersion(call.getVersion());
				model.addAttribute(name, form);
			}
		}
		return "round/call-form";
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") CallForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ProposalCall call = this.calls.withNotices(id);
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
		return render(call, model);
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

	@PostMapping("/{id}/files")
	String attach(@PathVariable long id, @Valid @ModelAttribute("fileForm") CallFileForm form, BindingResult result,
			Model model, Authentication authentication, RedirectAttributes redirect) throws IOException {
		if (form.getFile() == null || form.getFile().isEmpty()) {
			result.rejectValue("file", "attachment.error.empty");
		}
		if (!result.hasErrors()) {
			String problem = this.files.attach(id, form.getKind(), form.getTitle().strip(),
					form.getFile().getOriginalFilename(), form.getFile().getBytes(), authentication.getName());
			if (problem == null) {
				redirect.addFlashAttribute("flashMessage", "call.file.added");
				return "redirect:/ministry/calls/" + id + "#files";
			}
			result.rejectValue("file", problem);
		}
		return render(this.calls.withNotices(id), model);
	}

	@PostMapping("/{id}/files/{fileId}/remove")
	String removeFile(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
		try {
			this.files.remove(id, fileId);
			redirect.addFlashAttribute("flashMessage", "call.file.removed");
		}
		catch (ProposalCall.CallRuleException ex) {
			redirect.addFlashAttribute("callError", ex.getMessageKey());
		}
		return "redirect:/ministry/calls/" + id + "#files";
	}

	@PostMapping("/{id}/corrections")
	String correct(@PathVariable long id, @Valid @ModelAttribute("correctionForm") CallNoticeForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect,
			HttpServletResponse response) {
		return notice(id, form, result, model, redirect, response, "call.corrected",
				() -> this.calls.correct(id, form.getBody(), authentication.getName()));
	}

	@PostMapping("/{id}/extension")
	String extend(@PathVariable long id, @Valid @ModelAttribute("extensionForm") CallNoticeForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (form.getClosesAt() == null) {
			result.rejectValue("closesAt", "call.error.newDeadlineRequired");
		}
		return notice(id, form, result, model, redirect, response, "call.extended", () -> this.calls.extend(id,
				versionOf(form), form.getClosesAt(), form.getBody(), authentication.getName()));
	}

	@PostMapping("/{id}/early-close")
	String closeEarly(@PathVariable long id, @Valid @ModelAttribute("earlyCloseForm") CallNoticeForm form,
			BindingResult result, Model model, Authentication authentication, RedirectAttributes redirect,
			HttpServletResponse response) {
		return notice(id, form, result, model, redirect, response, "call.closedEarly",
				() -> this.calls.closeEarly(id, versionOf(form), form.getBody(), authentication.getName()));
	}

	/**
	 * Posts a notice unless the form is wrong or the call's rules refuse it; a refusal is
	 * shown beside the form, a stale form answers 409 with what was typed.
	 */
	private String notice(long id, CallNoticeForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String done, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("flashMessage", done);
				return "redirect:/ministry/calls/" + id;
			}
			catch (ProposalCall.CallRuleException ex) {
				if (ex.getMessageKey().equals("call.error.conflict")) {
					response.setStatus(HttpStatus.CONFLICT.value());
				}
				result.reject(ex.getMessageKey());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				result.reject("call.error.conflict");
			}
		}
		return render(this.calls.withNotices(id), model);
	}

	private static long versionOf(CallNoticeForm form) {
		return (form.getVersion() != null) ? form.getVersion() : -1;
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

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
