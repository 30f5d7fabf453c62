package kr.go.sandan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import kr.go.sandan.account.Role;
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.web.ConflictException;
import kr.go.sandan.web.NotFoundException;

/**
 * The district's budget ledger: its lines with the execution rate rolled up by project,
 * year and source (chart and table), and the form of one line with its history. Read by
 * the ministry and the district's own region; anyone else is told it does not exist.
 */
@Controller
class LedgerController {

	private final DistrictViews districts;

	private final LedgerViews views;

	private final Ledger ledger;

	private final Clock clock;

	private final BudgetAdjustments adjustments;

	LedgerController(DistrictViews districts, LedgerViews views, Ledger ledger, Clock clock,
			BudgetAdjustments adjustments) {
		this.adjustments = adjustments;
		this.districts = districts;
		this.views = views;
		this.ledger = ledger;
		this.clock = clock;
	}

	@GetMapping("/districts/{id}/ledger")
	String ledger(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		DistrictViews.District district = this.districts.readable(id, user);
		List<LedgerViews.Line> lines = this.views.lines(id);
		model.addAttribute("district", district);
		model.addAttribute("lines", lines);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("total", Rollup.of("total", lines));
		model.addAttribute("byYear", Rollup.by(lines, (line) -> String.valueOf(line.year())));
		model.addAttribute("bySource", Rollup.by(lines, (line) -> line.source().name()));
		model.addAttribute("byProject", Rollup.by(lines, LedgerViews.Line::projectName));
		model.addAttribute("ministry", user.has(Role.MINISTRY));
		model.addAttribute("ownRegion", Ledger.isOwnRegion(district, user));
		model.addAttribute("adjustments", this.adjustments.ofDistrict(id));
		return "ledger/page";
	}

	@GetMapping("/districts/{id}/ledger/{project}/{year}/{source}")
	String line(@PathVariable long id, @PathVariable long project, @PathVariable int year, @PathVariable String source,
			@AuthenticationPrincipal PortalUser user, Model model) {
		DistrictViews.District district = this.districts.published(id);
		LedgerViews.Line line = readableLine(district, project, year, source, user);
		return linePage(district, line, LedgerForm.of(line, LocalDate.now(this.clock)), user, model);
	}

	@PostMapping("/districts/{id}/ledger/{project}/{year}/{source}")
	String save(@PathVariable long id, @PathVariable long project, @PathVariable int year, @PathVariable String source,
			@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") LedgerForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		DistrictViews.District district = this.districts.published(id);
		LedgerViews.Line line = readableLine(district, project, year, source, user);
		if (!Ledger.mayEnterAny(district, line, user)) {
			throw new AccessDeniedException("not this person's figures");
		}
		if (result.hasErrors()) {
			return linePage(district, line, form, user, model);
		}
		LocalDate today = LocalDate.now(this.clock);
		if (form.getVersion() == null || form.getVersion() != line.version()) {
			return conflict(district, line, form, result, user, model, response);
		}
		Map<String, String> refusals = Ledger.refusals(district, line, form, user, today);
		if (!refusals.isEmpty()) {
			refusals.forEach((field, key) -> {
				if (field == null) {
					result.reject(key);
				}
				else {
					result.rejectValue(field, key);
				}
			});
			return linePage(district, line, form, user, model);
		}
		try {
			this.ledger.save(district, line.projectId(), line.year(), line.source(), form, user, today);
		}
		catch (ConflictException ex) {
			return conflict(district, line, form, result, user, model, response);
		}
		catch (LedgerRefusedException ex) {
			result.reject(ex.messageKey());
			return linePage(district, line, form, user, model);
		}
		redirect.addFlashAttribute("flashMessage", "ledger.saved");
		return "redirect:" + back(district, line, user);
	}

	/**
	 * Where the person reads the line among others: a co-funding ministry's officer on
	 * its ministry's page, everyone else on the district's ledger.
	 */
	private static String back(DistrictViews.District district, LedgerViews.Line line, PortalUser user) {
		if (!user.has(Role.MINISTRY) && !Ledger.isOwnRegion(district, user)) {
			return "/ledger/ministries/" + line.leadMinistry();
		}
		return "/districts/" + district.planId() + "/ledger";
	}

	/** The line, or 404 when it does not exist or is not the person's to read. */
	private LedgerViews.Line readableLine(DistrictViews.District district, long project, int year, String source,
			PortalUser user) {
		LedgerViews.Line line = line(district, project, year, source);
		if (!Ledger.mayRead(district, line, user)) {
			throw new NotFoundException("ledger line", project + "/" + year);
		}
		return line;
	}

	private String conflict(DistrictViews.District district, LedgerViews.Line line, LedgerForm form,
			BindingResult result, PortalUser user, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		result.reject("ledger.error.conflict");
		return linePage(district, line, form, user, model);
	}

	private LedgerViews.Line line(DistrictViews.District district, long project, int year, String sourceText) {
		Source source = Source.ofPath(sourceText);
		if (source == null) {
			throw new NotFoundException("ledger source", sourceText);
		}
		return this.views.line(district.planId(), project, year, source)
			.orElseThrow(() -> new NotFoundException("ledger line", project + "/" + year));
	}

	private String linePage(DistrictViews.District district, LedgerViews.Line line, LedgerForm form, PortalUser user,
			Model model) {
		model.addAttribute("district", district);
		model.addAttribute("line", line);
		model.addAttribute("form", form);
		model.addAttribute("history",
				this.views.history(district.planId(), line.projectId(), line.year(), line.source()));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("fields", java.util.Arrays.stream(Stage.values()).map(LedgerForm::field).toList());
		model.addAttribute("editable",
				java.util.Arrays.stream(Stage.values())
					.map((stage) -> Ledger.mayEnter(district, line, stage, user))
					.toList());
		model.addAttribute("mayEnter", Ledger.mayEnterAny(district, line, user));
		model.addAttribute("back", back(district, line, user));
		return "ledger/line";
	}

}
