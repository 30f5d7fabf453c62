package kr.go.sandan.annual;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.web.ConflictException;

/**
 * The evaluators' pages of the annual evaluation: their committees, pledge and sheets.
 */
@Controller
@RequestMapping("/evaluations/annual")
class AnnualSheetController {

	private final AnnualSheets sheets;

	private final SheetFigures figures;

	AnnualSheetController(AnnualSheets sheets, SheetFigures figures) {
		this.sheets = sheets;
		this.figures = figures;
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal PortalUser evaluator, Model model) {
		model.addAttribute("inbox", this.sheets.inbox(evaluator));
		return "annual/inbox";
	}

	@GetMapping("/{evaluationId}/pledge")
	String pledge(@PathVariable long evaluationId, @AuthenticationPrincipal PortalUser evaluator, Model model) {
		AnnualSheets.Pledge pledge = this.sheets.pledge(evaluationId, evaluator);
		model.addAttribute("pledge", pledge);
		model.addAttribute("form", PledgeForm.of(pledge.subjects()));
		return "annual/pledge";
	}

	@PostMapping("/{evaluationId}/pledge")
	String sign(@PathVariable long evaluationId, @AuthenticationPrincipal PortalUser evaluator,
			@Valid @ModelAttribute("form") PledgeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Map<Long, String> declared = new LinkedHashMap<>();
		for (int i = 0; i < form.getDeclarations().size(); i++) {
			PledgeForm.Declaration row = form.getDeclarations().get(i);
			if (row == null || !row.isConflict() || row.getSubjectId() == null) {
				continue;
			}
			if (row.getDetail() == null || row.getDetail().isBlank()) {
				result.rejectValue("declarations[" + i + "].detail", "annual.pledge.detailRequired");
			}
			else {
				declared.put(row.getSubjectId(), row.getDetail().strip());
			}
		}
		if (!result.hasErrors()) {
			try {
				this.sheets.signPledge(evaluationId, evaluator, declared);
				redirect.addFlashAttribute("flashMessage", "annual.pledge.signed");
				return "redirect:/evaluations/annual";
			}
			catch (AnnualRuleException ex) {
				AnnualEvaluationController.reject(result, ex);
			}
		}
		model.addAttribute("pledge", this.sheets.pledge(evaluationId, evaluator));
		return "annual/pledge";
	}

	@GetMapping("/sheets/{sheetId}")
	String sheet(@PathVariable long sheetId, @AuthenticationPrincipal PortalUser evaluator, Model model) {
		AnnualSheets.SheetView sheet = this.sheets.sheet(sheetId, evaluator);
		return sheetPage(sheet, SheetForm.of(sheet.sheet(), sheet.indicators()), model);
	}

	@PostMapping("/sheets/{sheetId}")
	String save(@PathVariable long sheetId, @AuthenticationPrincipal PortalUser evaluator,
			@Valid @ModelAttribute("form") SheetForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AnnualSheets.SheetView sheet = this.sheets.sheet(sheetId, evaluator);
		if (!result.hasErrors()) {
			try {
				boolean submit = "submit".equals(action);
				this.sheets.save(sheetId, evaluator, form, submit);
				redirect.addFlashAttribute("flashMessage", submit ? "annual.sheet.submitted" : "annual.sheet.saved");
				return submit ? "redirect:/evaluations/annual" : "redirect:/evaluations/annual/sheets/" + sheetId;
			}
			catch (ConflictException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				result.reject("annual.error.conflict");
			}
			catch (AnnualRuleException ex) {
				AnnualEvaluationController.reject(result, ex);
			}
		}
		return sheetPage(sheet, form, model);
	}

	private String sheetPage(AnnualSheets.SheetView sheet, SheetForm form, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("figures", this.figures.of(sheet));
		model.addAttribute("form", form);
		return "annual/sheet";
	}

	/** An evaluator who has not signed the pledge is taken to it first. */
	@ExceptionHandler(AnnualSheets.PledgeRequiredException.class)
	String pledgeFirst(AnnualSheets.PledgeRequiredException ex) {
		return "redirect:/evaluations/annual/" + ex.getEvaluationId() + "/pledge";
	}

}
