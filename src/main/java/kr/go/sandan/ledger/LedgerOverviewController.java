package kr.go.sandan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

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
import kr.go.sandan.account.Role;
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.plan.Ministry;
import kr.go.sandan.web.ConflictException;
import kr.go.sandan.web.NotFoundException;

/**
 * The ledger across districts: a page per lead ministry (the national subsidy it funds,
 * read by the program ministry and that ministry's own officers), the program ministry's
 * overview with roll-ups by ministry, district, year and source and what is behind
 * schedule, each round's expected execution by month, and the .xlsx export of any of them
 * (and of a district's ledger) for the filter shown.
 */
@Controller
class LedgerOverviewController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final LedgerViews views;

	private final Ledger ledger;

	private final LedgerWorkbook workbook;

	private final DistrictViews districts;

	private final Clock clock;

	private final BudgetAdjustments adjustments;

	LedgerOverviewController(LedgerViews views, Ledger ledger, LedgerWorkbook workbook, DistrictViews districts,
			Clock clock, BudgetAdjustments adjustments) {
		this.adjustments = adjustments;
		this.views = views;
		this.ledger = ledger;
		this.workbook = workbook;
		this.districts = districts;
		this.clock = clock;
	}

	/** The lead ministry of the path, or 404 when unknown or not the person's to read. */
	static Ministry readable(String code, PortalUser user) {
		Ministry ministry = java.util.Arrays.stream(Ministry.values())
			.filter((m) -> m.name().equalsIgnoreCase(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("ministry", code));
		if (!user.has(Role.MINISTRY) && !user.isOfficerOf(ministry.name())) {
			throw new NotFoundException("ministry", code);
		}
		return ministry;
	}

	private LedgerReport report(LedgerFilter filter, @Nullable String asOf) {
		return report(filter, asOf, this.views.rounds());
	}

	/**
	 * The report as the ledger stood on the date asked for (the figures dated that day or
	 * before, behind schedule judged at that date), else as it stands today.
	 */
	private LedgerReport report(LedgerFilter filter, @Nullable String asOf, List<LedgerViews.RoundSchedule> rounds) {
		LocalDate asked = asOf(asOf);
		LocalDate date = (asked != null) ? asked : LocalDate.now(this.clock);
		return LedgerReport.of(filter, date, this.views.placed(filter, asked), rounds);
	}

	/** The date asked for; none when none was, or it cannot be read (then today's). */
	private static @Nullable LocalDate asOf(@Nullable String text) {
		if (text != null && !text.isBlank()) {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				// an unreadable date is today's
			}
		}
		return null;
	}

	/**
	 * The filter of the query's parameters; a value that names nothing filters nothing.
	 */
	static LedgerFilter filter(@Nullable String ministry, @Nullable String year, @Nullable String source) {
		String code = (ministry != null) ? java.util.Arrays.stream(Ministry.values())
			.map(Ministry::name)
			.filter((m) -> m.equalsIgnoreCase(ministry.strip()))
			.findFirst()
			.orElse(null) : null;
		Integer wanted = null;
		if (year != null && year.strip().matches("\\d{4}")) {
			wanted = Integer.valueOf(year.strip());
		}
		return new LedgerFilter(code, null, wanted, (source != null) ? Source.ofPath(source.strip()) : null);
	}

	@GetMapping("/ledger/ministries/{ministry}")
	String ministry(@PathVariable String ministry, @RequestParam(required = false) String year,
			@RequestParam(required = false) String asOf, @AuthenticationPrincipal PortalUser user, Model model) {
		Ministry lead = readable(ministry, user);
		LedgerFilter filter = filter(lead.name(), year, Source.NATIONAL.path());
		model.addAttribute("lead", lead);
		model.addAttribute("report", report(filter, asOf));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("years", this.views.years());
		return "ledger/ministry";
	}

	@GetMapping("/ledger/ministries/{ministry}/ledger.xlsx")
	ResponseEntity<byte[]> ministryWorkbook(@PathVariable String ministry, @RequestParam(required = false) String year,
			@RequestParam(required = false) String asOf, @AuthenticationPrincipal PortalUser user, Locale locale) {
		Ministry lead = readable(ministry, user);
		return xlsx("ledger-" + lead.name().toLowerCase(Locale.ROOT),
				report(filter(lead.name(), year, Source.NATIONAL.path()), asOf), locale);
	}

	@GetMapping("/ministry/ledger")
	String overview(@RequestParam(required = false) String ministry, @RequestParam(required = false) String year,
			@RequestParam(required = false) String source, @RequestParam(required = false) String asOf, Model model) {
		List<LedgerViews.RoundSchedule> rounds = this.views.rounds();
		LedgerFilter filter = filter(ministry, year, source);
		model.addAttribute("report", report(filter, asOf, rounds));
		model.addAttribute("adjustments", this.adjustments.of(filter));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("ministries", Ministry.values());
		model.addAttribute("sources", Source.values());
		model.addAttribute("years", this.views.years());
		model.addAttribute("rounds", rounds);
		return "ledger/overview";
	}

	@GetMapping("/ministry/ledger.xlsx")
	ResponseEntity<byte[]> overviewWorkbook(@RequestParam(required = false) String ministry,
			@RequestParam(required = false) String year, @RequestParam(required = false) String source,
			@RequestParam(required = false) String asOf, Locale locale) {
		return xlsx("ledger", report(filter(ministry, year, source), asOf), locale);
	}

	@GetMapping("/districts/{id}/ledger.xlsx")
	ResponseEntity<byte[]> districtWorkbook(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			Locale locale) {
		DistrictViews.District district = this.districts.readable(id, user);
		LedgerFilter filter = new LedgerFilter(null, district.planId(), null, null);
		return xlsx("ledger-district-" + id, report(filter, null), locale);
	}

	private ResponseEntity<byte[]> xlsx(String name, LedgerReport report, Locale locale) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".xlsx").build().toString())
			.body(this.workbook.write(report, this.adjustments.of(report.filter()), locale));
	}

	@GetMapping("/ministry/ledger/schedules/{round}")
	String schedule(@PathVariable long round, Model model) {
		LedgerViews.RoundSchedule current = this.views.round(round)
			.orElseThrow(() -> new NotFoundException("round", round));
		return schedulePage(current, ScheduleForm.of(current.schedule()), model);
	}

	@PostMapping("/ministry/ledger/schedules/{round}")
	String saveSchedule(@PathVariable long round, @Valid @ModelAttribute("form") ScheduleForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		LedgerViews.RoundSchedule current = this.views.round(round)
			.orElseThrow(() -> new NotFoundException("round", round));
		if (form.getMonths() == null || form.getMonths().size() != 12) {
			form.twelve();
			result.reject("ledger.schedule.error.months");
		}
		else if (!result.hasErrors()) {
			for (int m : Schedule.problems(form.getMonths())) {
				result.rejectValue("months[" + m + "]", "ledger.schedule.error.rising");
			}
		}
		if (result.hasErrors()) {
			return schedulePage(current, form, model);
		}
		try {
			this.ledger.saveSchedule(round, form, user);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject("ledger.error.conflict");
			return schedulePage(current, form, model);
		}
		catch (LedgerRefusedException ex) {
			result.reject(ex.messageKey());
			return schedulePage(current, form, model);
		}
		redirect.addFlashAttribute("flashMessage", "ledger.schedule.saved");
		return "redirect:/ministry/ledger";
	}

	private String schedulePage(LedgerViews.RoundSchedule round, ScheduleForm form, Model model) {
		model.addAttribute("round", round);
		model.addAttribute("form", form);
		return "ledger/schedule";
	}

}
