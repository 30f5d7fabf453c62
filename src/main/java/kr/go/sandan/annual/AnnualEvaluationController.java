package kr.go.sandan.annual;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.web.ConflictException;
import kr.go.sandan.web.NotFoundException;
import kr.go.sandan.web.PdfViews;

/**
 * The ministry's pages of a year's annual evaluation: the committee (rules, indicators,
 * scale, members), the start, the districts as scored, each district's decision and the
 * publication. Thin: the rules are {@link AnnualEvaluations}'.
 */
@Controller
class AnnualEvaluationController {

	private static final String BASE = "/ministry/annual-evaluations/";

	private final AnnualEvaluations evaluations;

	private final AnnualViews views;

	private final AnnualWorkbook workbook;

	private final PdfViews pdfs;

	private final AnnualSheets sheets;

	AnnualEvaluationController(AnnualEvaluations evaluations, AnnualViews views, AnnualWorkbook workbook, PdfViews pdfs,
			AnnualSheets sheets) {
		this.sheets = sheets;
		this.evaluations = evaluations;
		this.views = views;
		this.workbook = workbook;
		this.pdfs = pdfs;
	}

	static int year(int year) {
		if (year < 2000 || year > 2999) {
			throw new NotFoundException("annual evaluation", year);
		}
		return year;
	}

	/** The years to evaluate or evaluated; another year by its number. */
	@GetMapping("/ministry/annual-evaluations")
	String index(@RequestParam(required = false) String year, Model model) {
		if (year != null && year.strip().matches("\\d{4}")) {
			return "redirect:" + BASE + year(Integer.parseInt(year.strip()));
		}
		model.addAttribute("years", this.views.years());
		model.addAttribute("yearError", year != null);
		return "annual/index";
	}

	@GetMapping(BASE + "{year}")
	String page(@PathVariable int year, Model model) {
		AnnualEvaluations.Page page = this.evaluations.page(year(year));
		CommitteeForm form = (page.evaluation() != null)
				? CommitteeForm.of(page.evaluation(), page.indicators(), page.board().scale()) : null;
		return render(page, form, model);
	}

	private String render(AnnualEvaluations.Page page, CommitteeForm form, Model model) {
		model.addAttribute("page", page);
		if (form == null && page.evaluation() != null && page.stage() == AnnualStage.FORMING) {
			form = CommitteeForm.of(page.evaluation(), page.indicators(), page.board().scale());
		}
		if (form != null && !model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "annual/evaluation";
	}

	@PostMapping(BASE + "{year}")
	String form(@PathVariable int year, @AuthenticationPrincipal PortalUser officer, RedirectAttributes redirect) {
		this.evaluations.form(year(year), officer);
		redirect.addFlashAttribute("flashMessage", "annual.formed");
		return "redirect:" + BASE + year;
	}

	@PostMapping(BASE + "{year}/committee")
	String committee(@PathVariable int year, @Valid @ModelAttribute("form") CommitteeForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (saved(result, redirect, response, "annual.committee.saved",
				() -> this.evaluations.setCommittee(year(year), form))) {
			return "redirect:" + BASE + year;
		}
		form.pad();
		return render(this.evaluations.page(year(year)), form, model);
	}

	@PostMapping(BASE + "{year}/members")
	String addMembers(@PathVariable int year, @RequestParam(required = false) Long version,
			@RequestParam(name = "accountId", required = false) List<Long> accountIds, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(year, model, redirect, response, "annual.members.added", () -> this.evaluations
			.addMembers(year(year), (version != null) ? version : -1, (accountIds != null) ? accountIds : List.of()));
	}

	@PostMapping(BASE + "{year}/members/{accountId}/remove")
	String removeMember(@PathVariable int year, @PathVariable long accountId,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(year, model, redirect, response, "annual.members.removed",
				() -> this.evaluations.removeMember(year(year), (version != null) ? version : -1, accountId));
	}

	/** The evaluation's next step: start, complete or publish, on the version read. */
	@PostMapping(BASE + "{year}/{step:start|complete|publish}")
	String step(@PathVariable int year, @PathVariable String step, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal PortalUser officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		long read = (version != null) ? version : -1;
		return act(year, model, redirect, response, "annual.done." + step, () -> {
			switch (step) {
				case "start" -> this.evaluations.start(year(year), read, officer);
				case "complete" -> this.evaluations.complete(year(year), read, officer);
				default -> this.evaluations.publish(year(year), read, officer);
			}
		});
	}

	/**
	 * An action without a form: done, or the page again with why not (409 when the
	 * committee changed since it was read).
	 */
	private String act(int year, Model model, RedirectAttributes redirect, HttpServletResponse response, String done,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
			return "redirect:" + BASE + year;
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("actionError", "annual.error.conflict");
		}
		catch (AnnualRuleException ex) {
			model.addAttribute("actionError", ex.getMessageKey());
			model.addAttribute("actionArguments", ex.getArguments());
		}
		return page(year, model);
	}

	/** Sends a submitted sheet back to its evaluator, with the reason. */
	@PostMapping(BASE + "{year}/sheets/{sheetId}/reopen")
	String reopen(@PathVariable int year, @PathVariable long sheetId, @Valid @ModelAttribute("reopen") ReopenForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (saved(result, redirect, response, "evaluation.reopened",
				() -> this.sheets.reopen(year(year), sheetId, form, officer))) {
			return "redirect:" + BASE + year;
		}
		// the page again, the reason typed beside the sheet it was for (or, when that
		// sheet is no longer submitted, why not above the board)
		AnnualEvaluations.Page page = this.evaluations.page(year(year));
		if (page.submittedSheets().stream().anyMatch((s) -> s.id() == sheetId)) {
			model.addAttribute("reopenSheet", sheetId);
		}
		else if (result.hasErrors()) {
			org.springframework.validation.ObjectError error = result.getAllErrors().get(0);
			model.addAttribute("actionError", error.getCode());
			model.addAttribute("actionArguments", error.getArguments());
		}
		return render(page, null, model);
	}

	/** The year's results as a workbook, once the scores are final. */
	@GetMapping(BASE + "{year}/results.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable int year, Locale locale) {
		AnnualEvaluations.Page page = this.evaluations.page(year(year));
		if (page.stage() != AnnualStage.COMPLETED && page.stage() != AnnualStage.PUBLISHED) {
			throw new NotFoundException("annual evaluation results", year);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("annual-evaluation-" + year + ".xlsx").build().toString())
			.body(this.workbook.write(page, locale));
	}

	/** The year's results as a PDF, once the scores are final. */
	@GetMapping(BASE + "{year}/results.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		AnnualEvaluations.Page page = this.evaluations.page(year(year));
		if (page.stage() != AnnualStage.COMPLETED && page.stage() != AnnualStage.PUBLISHED) {
			throw new NotFoundException("annual evaluation results", year);
		}
		return this.pdfs.render("annual/results-pdf", Map.of("page", page), "annual-evaluation-" + year + ".pdf",
				locale, request, response);
	}

	// --- a district's decision -------------------------------------------------------

	@GetMapping(BASE + "{year}/districts/{subjectId}")
	String decision(@PathVariable int year, @PathVariable long subjectId, Model model) {
		AnnualEvaluations.Page page = this.evaluations.page(year(year));
		AnnualBoard.Row row = row(page, subjectId);
		return decisionPage(page, row,
				DecisionForm.of(row.subject(), row.suggestedRating(), page.recommendationsOf(subjectId)), model);
	}

	@PostMapping(BASE + "{year}/districts/{subjectId}")
	String decide(@PathVariable int year, @PathVariable long subjectId,
			@Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AnnualEvaluations.Page page = this.evaluations.page(year(year));
		AnnualBoard.Row row = row(page, subjectId);
		if (saved(result, redirect, response, "annual.decision.saved",
				() -> this.evaluations.decide(year, subjectId, form, officer))) {
			return "redirect:" + BASE + year;
		}
		form.pad();
		return decisionPage(page, row, form, model);
	}

	@PostMapping(BASE + "{year}/districts/{subjectId}/notice")
	String notice(@PathVariable int year, @PathVariable long subjectId,
			@Valid @ModelAttribute("notice") NoticeForm notice, BindingResult result,
			@AuthenticationPrincipal PortalUser officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AnnualEvaluations.Page page = this.evaluations.page(year(year));
		AnnualBoard.Row row = row(page, subjectId);
		if (saved(result, redirect, response, "annual.notice.saved",
				() -> this.evaluations.recordNotice(year, subjectId, notice, officer))) {
			return "redirect:" + BASE + year;
		}
		DecisionForm form = DecisionForm.of(row.subject(), row.suggestedRating(), page.recommendationsOf(subjectId));
		return decisionPage(page, row, form, model);
	}

	private String decisionPage(AnnualEvaluations.Page page, AnnualBoard.Row row, DecisionForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("row", row);
		model.addAttribute("followUps", this.views.followUps(row.subject()));
		model.addAttribute("form", form);
		if (!model.containsAttribute("notice")) {
			NoticeForm notice = new NoticeForm();
			notice.setVersion(row.subject().version());
			model.addAttribute("notice", notice);
		}
		return "annual/decision";
	}

	private static AnnualBoard.Row row(AnnualEvaluations.Page page, long subjectId) {
		AnnualBoard.Row row = (page.board() != null) ? page.board().row(subjectId) : null;
		if (row == null) {
			throw new NotFoundException("annual subject", subjectId);
		}
		return row;
	}

	/**
	 * Does what a form asks when it is valid: true when done (with the flash message);
	 * otherwise the refusal is on the form (409 when the record changed since it was
	 * read).
	 */
	static boolean saved(BindingResult result, RedirectAttributes redirect, HttpServletResponse response, String done,
			Runnable action) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
			return true;
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject("annual.error.conflict");
		}
		catch (AnnualRuleException ex) {
			reject(result, ex);
		}
		return false;
	}

	static void reject(BindingResult result, AnnualRuleException ex) {
		if (ex.getField() != null) {
			result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
		}
		else {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
	}

}
