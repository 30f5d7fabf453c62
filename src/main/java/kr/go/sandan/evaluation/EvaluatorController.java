package kr.go.sandan.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.NotFoundException;
import kr.go.sandan.web.TextInput;

/**
 * The evaluator's side: the inbox of assigned plans, the conflict-of-interest pledge, and
 * the score sheet of each plan.
 */
@Controller
@RequestMapping("/evaluations")
class EvaluatorController {

	private static final int MAX_COMMENT = 2000;

	private static final int MAX_OPINION = 4000;

	private final Evaluations evaluations;

	private final MessageSource messages;

	private final JavaPages pages;

	private final EvaluatorInboxHtml inboxHtml;

	EvaluatorController(Evaluations evaluations, MessageSource messages, JavaPages pages,
			EvaluatorInboxHtml inboxHtml) {
		this.evaluations = evaluations;
		this.messages = messages;
		this.pages = pages;
		this.inboxHtml = inboxHtml;
	}

	/**
	 * Written in Java ({@link EvaluatorInboxHtml}); a refusal comes as a flash message.
	 */
	@GetMapping
	ModelAndView inbox(@AuthenticationPrincipal PortalUser evaluator, Model model, Locale locale) {
		String error = (model.getAttribute("evaluationError") instanceof String refused) ? refused : null;
		return new ModelAndView(this.pages.page(message("evaluation.inbox.title"),
				this.inboxHtml.content(this.evaluations.inbox(evaluator), error, locale)));
	}

	@GetMapping("/{panelId}/pledge")
	String pledge(@PathVariable long panelId, @AuthenticationPrincipal PortalUser evaluator, Model model) {
		model.addAttribute("pledge", this.evaluations.pledge(panelId, evaluator));
		return "evaluation/pledge";
	}

	@PostMapping("/{panelId}/pledge")
	String signPledge(@PathVariable long panelId, @AuthenticationPrincipal PortalUser evaluator,
			@RequestParam(required = false) String agree, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Map<Long, String> declared = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		Evaluations.PledgeView pledge = this.evaluations.pledge(panelId, evaluator);
		for (var applicant : pledge.applicants()) {
			if (params.containsKey("conflict." + applicant.planId())) {
				String detail = params.getOrDefault("detail." + applicant.planId(), "").strip();
				if (detail.isEmpty()) {
					errors.put("detail." + applicant.planId(), "evaluation.pledge.detailRequired");
				}
				else if (detail.length() > 1000) {
					errors.put("detail." + applicant.planId(), "evaluation.pledge.detailTooLong");
				}
				declared.put(applicant.planId(), detail);
			}
		}
		if (agree == null) {
			errors.put("agree", "evaluation.pledge.agreeRequired");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("pledge", pledge);
			model.addAttribute("errors", errors);
			model.addAttribute("entered", params);
			return "evaluation/pledge";
		}
		try {
			this.evaluations.signPledge(panelId, evaluator, declared);
			redirect.addFlashAttribute("flashMessage", "evaluation.pledge.signed");
		}
		catch (EvaluationRuleException ex) {
			redirect.addFlashAttribute("evaluationError", message(ex.getMessageKey(), ex.getArguments()));
		}
		return "redirect:/evaluations";
	}

	@GetMapping("/sheets/{sheetId}")
	String sheet(@PathVariable long sheetId, @AuthenticationPrincipal PortalUser evaluator, Model model) {
		Evaluations.SheetView sheet = this.evaluations.sheet(sheetId, evaluator);
		model.addAttribute("sheet", sheet);
		if (!model.containsAttribute("entered")) {
			Map<String, String> entered = new LinkedHashMap<>();
			for (Evaluations.SheetLine line : sheet.lines()) {
				entered.put("score." + line.indicatorId(),
						(line.score() != null) ? line.score().stripTrailingZeros().toPlainString() : "");
				entered.put("comment." + line.indicatorId(), (line.comment() != null) ? line.comment() : "");
			}
			entered.put("opinion", (sheet.opinion() != null) ? sheet.opinion() : "");
			model.addAttribute("entered", entered);
		}
		return "evaluation/sheet";
	}

	@PostMapping("/sheets/{sheetId}")
	String saveSheet(@PathVariable long sheetId, @AuthenticationPrincipal PortalUser evaluator,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		Evaluations.SheetView sheet = this.evaluations.sheet(sheetId, evaluator);
		boolean submit = "submit".equals(params.get("action"));
		Map<String, String> errors = new LinkedHashMap<>();
		List<Evaluations.ScoreEntry> entries = new ArrayList<>();
		for (Evaluations.SheetLine line : sheet.lines()) {
			String raw = params.getOrDefault("score." + line.indicatorId(), "").strip();
			String comment = params.getOrDefault("comment." + line.indicatorId(), "");
			BigDecimal score = null;
			if (raw.isEmpty()) {
				if (submit) {
					errors.put("score." + line.indicatorId(), "evaluation.score.required");
				}
			}
			else {
				try {
					score = new BigDecimal(raw);
					if (!Score.inRange(score)) {
						errors.put("score." + line.indicatorId(), "evaluation.score.range");
					}
				}
				catch (NumberFormatException ex) {
					errors.put("score." + line.indicatorId(), "evaluation.score.range");
				}
			}
			if (comment.length() > MAX_COMMENT) {
				errors.put("comment." + line.indicatorId(), "evaluation.comment.tooLong");
			}
			else if (!TextInput.isAcceptable(comment)) {
				errors.put("comment." + line.indicatorId(), "typeMismatch.java.lang.String");
			}
			entries.add(new Evaluations.ScoreEntry(line.indicatorId(), score, comment));
		}
		String opinion = params.getOrDefault("opinion", "");
		if (opinion.length() > MAX_OPINION) {
			errors.put("opinion", "evaluation.opinion.tooLong");
		}
		else if (!TextInput.isAcceptable(opinion)) {
			errors.put("opinion", "typeMismatch.java.lang.String");
		}
		if (!errors.isEmpty()) {
			return reshow(sheet, params, errors, null, model);
		}
		long version = parseVersion(params.get("version"));
		try {
			this.evaluations.saveSheet(sheetId, version, evaluator, entries, opinion, submit);
		}
		catch (EvaluationRuleException ex) {
			if ("evaluation.error.conflict".equals(ex.getMessageKey())) {
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			return reshow(this.evaluations.sheet(sheetId, evaluator), params, errors, ex.getMessageKey(), model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return reshow(this.evaluations.sheet(sheetId, evaluator), params, errors, "evaluation.error.conflict",
					model);
		}
		redirect.addFlashAttribute("flashMessage", submit ? "evaluation.sheet.submitted" : "evaluation.sheet.saved");
		return submit ? "redirect:/evaluations" : "redirect:/evaluations/sheets/" + sheetId;
	}

	@PostMapping("/sheets/{sheetId}/conflict")
	String declareConflict(@PathVariable long sheetId, @AuthenticationPrincipal PortalUser evaluator,
			@RequestParam(required = false) String detail, RedirectAttributes redirect) {
		try {
			this.evaluations.declareConflict(sheetId, evaluator, detail);
			redirect.addFlashAttribute("flashMessage", "evaluation.conflict.declared");
			return "redirect:/evaluations";
		}
		catch (EvaluationRuleException ex) {
			redirect.addFlashAttribute("evaluationError", message(ex.getMessageKey(), ex.getArguments()));
			// what was typed comes back in the field
			redirect.addFlashAttribute("conflictDetail", detail);
			return "redirect:/evaluations/sheets/" + sheetId;
		}
	}

	@GetMapping("/sheets/{sheetId}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long sheetId, @PathVariable long attachmentId,
			@AuthenticationPrincipal PortalUser evaluator) {
		var file = this.evaluations.attachment(sheetId, attachmentId, evaluator)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKey().type().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getKey().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.getValue());
	}

	/** An evaluator who has not signed the pledge is taken to it first. */
	@ExceptionHandler(Evaluations.PledgeRequiredException.class)
	String pledgeFirst(Evaluations.PledgeRequiredException ex) {
		return "redirect:/evaluations/" + ex.getPanelId() + "/pledge";
	}

	private String reshow(Evaluations.SheetView sheet, Map<String, String> params, Map<String, String> errors,
			String globalError, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("entered", params);
		model.addAttribute("errors", errors);
		model.addAttribute("sheetError", globalError);
		return "evaluation/sheet";
	}

	private static long parseVersion(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException | NullPointerException ex) {
			return -1;
		}
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
