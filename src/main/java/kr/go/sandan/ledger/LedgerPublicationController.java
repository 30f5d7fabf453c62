package kr.go.sandan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.web.ConflictException;

/**
 * The program ministry publishes a year's execution figures (under {@code /ministry}, so
 * the program ministry only): every year with its newest publication, and for a year the
 * figures as they would be published now beside those the public reads, with the form
 * that publishes them.
 */
@Controller
class LedgerPublicationController {

	private final LedgerPublications publications;

	private final LedgerViews views;

	private final Clock clock;

	LedgerPublicationController(LedgerPublications publications, LedgerViews views, Clock clock) {
		this.publications = publications;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/ministry/ledger/publications")
	String list(Model model) {
		List<LedgerPublications.Publication> all = this.publications.publications();
		Map<Integer, LedgerPublications.Publication> newest = new LinkedHashMap<>();
		all.forEach((p) -> newest.putIfAbsent(p.year(), p));
		model.addAttribute("years", this.views.years());
		model.addAttribute("newest", newest);
		model.addAttribute("publications", all);
		return "ledger/publications";
	}

	@GetMapping("/ministry/ledger/publications/{year:\\d{4}}")
	String year(@PathVariable int year, Model model) {
		PublicationForm form = new PublicationForm();
		form.setYear(year);
		form.setVersion(this.publications.latest(year).map(LedgerPublications.Publication::id).orElse(0L));
		return page(year, form, model);
	}

	@PostMapping("/ministry/ledger/publications/{year:\\d{4}}")
	String publish(@PathVariable int year, @Valid @ModelAttribute("form") PublicationForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.setYear(year);
		if (result.hasErrors()) {
			return page(year, form, model);
		}
		try {
			this.publications.publish(form, user, LocalDate.now(this.clock));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject("ledger.publication.conflict");
			return page(year, form, model);
		}
		catch (LedgerRefusedException ex) {
			result.reject(ex.messageKey());
			return page(year, form, model);
		}
		redirect.addFlashAttribute("flashMessage", "ledger.publication.done");
		return "redirect:/ministry/ledger/publications";
	}

	private String page(int year, PublicationForm form, Model model) {
		LedgerFilter filter = new LedgerFilter(null, null, year, null);
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		model.addAttribute("report",
				LedgerReport.of(filter, LocalDate.now(this.clock), this.views.placed(filter), List.of()));
		model.addAttribute("latest", this.publications.latest(year).orElse(null));
		model.addAttribute("published",
				this.publications.published().stream().filter((f) -> f.year() == year).toList());
		model.addAttribute("stages", Stage.values());
		return "ledger/publication";
	}

}
