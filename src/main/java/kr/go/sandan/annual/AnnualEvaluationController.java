package kr.go.sandan.annual;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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

/**
 * The ministry's pages of a year's annual evaluation: the committee (rules, indicators,
 * scale, members), the start, the districts as scored, each district's decision and the
 * publication. Thin: the rules are {@link AnnualEvaluations}'.
 */
@Controller
class AnnualEvaluationController {

	private static final String BASE = "/ministry/annual-evaluations/";

	private final AnnualEvaluations evaluations;

	AnnualEvaluationController(AnnualEvaluations evaluations) {
		this.evaluations = evaluations;
	}

	static int year(int year) {
		if (year < 2000 || year > 2999) {
			throw new NotFoundException("annual evaluation", year);
		}
		return year;
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
		if (!result.hasErrors()) {
			try {
				this.evaluations.setCommittee(year(year), form);
				redirect.addFlashAttribute("flashMessage", "annual.committee.saved");
				return "redirect:" + BASE + year;
			}
			catch (ConflictException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				result.reject("annual.error.conflict");
			}
			catch (AnnualRuleException ex) {
				reject(result, ex);
			}
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
		if (!result.hasErrors()) {
			try {
				this.evaluations.decide(year, subjectId, form, officer);
				redirect.addFlashAttribute("flashMessage", "annual.decision.saved");
				return "redirect:" + BASE + year;
			}
			catch (ConflictException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				result.reject("annual.error.conflict");
			}
			catch (AnnualRuleException ex) {
				reject(result, ex);
			}
		}
		form.pad();
		return decisionPage(page, row, form, model);
	}

	private String decisionPage(AnnualEvaluations.Page page, AnnualBoard.Row row, DecisionForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("row", row);
		model.addAttribute("form", form);
		return "annual/decision";
	}

	private static AnnualBoard.Row row(AnnualEvaluations.Page page, long subjectId) {
		AnnualBoard.Row row = (page.board() != null) ? page.board().row(subjectId) : null;
		if (row == null) {
			throw new NotFoundException("annual subject", subjectId);
		}
		return row;
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
