package kr.go.sandan.district;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;
import kr.go.sandan.web.ConflictException;
import kr.go.sandan.web.NotFoundException;

/**
 * The district pages: targets against actuals per year, the target path (set by the
 * region, confirmed by the ministry), each year's report (drafted and submitted by the
 * region, reviewed by the ministry), and the ministry's overview of every district.
 */
@Controller
class DistrictController {

	private final DistrictViews views;

	private final DistrictResults results;

	private final Clock clock;

	private final ReportEvidence evidence;

	private final MessageSource messages;

	private final JsonMapper json;

	private final PublicFiguresHtml figuresHtml;

	DistrictController(DistrictViews views, DistrictResults results, Clock clock, ReportEvidence evidence,
			MessageSource messages, JsonMapper json, PublicFiguresHtml figuresHtml) {
		this.figuresHtml = figuresHtml;
		this.views = views;
		this.results = results;
		this.clock = clock;
		this.evidence = evidence;
		this.messages = messages;
		this.json = json;
	}

	// --- overview ----------------------------------------------------------------------

	@GetMapping("/ministry/districts")
	String overview(Model model) {
		List<DistrictViews.District> districts = this.views.districts(null);
		List<Long> ids = districts.stream().map(DistrictViews.District::planId).toList();
		Map<Long, List<DistrictViews.Target>> targets = this.views.targets(ids);
		List<DistrictViews.Actual> actuals = this.views.actuals(ids);
		Map<Long, List<DistrictViews.Report>> reports = this.views.reports(ids)
			.stream()
			.collect(Collectors.groupingBy(DistrictViews.Report::planId));
		Map<Long, Long> reportPlan = reports.values()
			.stream()
			.flatMap(List::stream)
			.collect(Collectors.toMap(DistrictViews.Report::id, DistrictViews.Report::planId));
		Map<Long, List<DistrictViews.Actual>> actualsByPlan = actuals.stream()
			.collect(Collectors.groupingBy((a) -> reportPlan.get(a.reportId())));
		LocalDate today = LocalDate.now(this.clock);
		List<DistrictRow> rows = districts.stream()
			.map((d) -> new DistrictRow(d,
					TargetProgress.of(targets.getOrDefault(d.planId(), List.of()), d.years(),
							actualsByPlan.getOrDefault(d.planId(), List.of()), d.rules()),
					reports.getOrDefault(d.planId(), List.of())
						.stream()
						.collect(Collectors.toMap(DistrictViews.Report::year, Function.identity()))))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("rounds",
				districts.stream()
					.collect(Collectors.toMap(DistrictViews.District::roundYear, DistrictViews.District::rules,
							(a, b) -> a, java.util.TreeMap::new)));
		model.addAttribute("overdue",
				DistrictViews.overdue(districts, reports.values().stream().flatMap(List::stream).toList(), today));
		model.addAttribute("today", today);
		return "district/overview";
	}

	// --- a round's rules (the ministry's)
	// ----------------------------------------------------

	@GetMapping("/ministry/districts/rules/{year}")
	String rules(@PathVariable int year, Model model) {
		DistrictViews.RoundSetting setting = roundSetting(year);
		return rulesPage(setting, RoundRulesForm.of(setting.rules(), setting.version()), model);
	}

	@PostMapping("/ministry/districts/rules/{year}")
	String saveRules(@PathVariable int year, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") RoundRulesForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		DistrictViews.RoundSetting setting = roundSetting(year);
		if (!result.hasFieldErrors("green") && !result.hasFieldErrors("amber") && form.getGreen() != null
				&& form.getAmber() != null && form.getAmber().compareTo(form.getGreen()) >= 0) {
			result.rejectValue("amber", "district.rules.amberBelowGreen");
		}
		if (result.hasErrors()) {
			return rulesPage(setting, form, model);
		}
		try {
			this.results.saveRules(setting, form, user);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject("district.error.conflict");
			return rulesPage(setting, form, model);
		}
		redirect.addFlashAttribute("flashMessage", "district.rules.saved");
		return "redirect:/ministry/districts";
	}

	private DistrictViews.RoundSetting roundSetting(int year) {
		return this.views.roundSetting(year).orElseThrow(() -> new NotFoundException("round", year));
	}

	private String rulesPage(DistrictViews.RoundSetting setting, RoundRulesForm form, Model model) {
		model.addAttribute("setting", setting);
		model.addAttribute("form", form);
		return "district/rules";
	}

	// --- the district ------------------------------------------------------------------

	@GetMapping("/districts/{id}")
	String district(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		DistrictViews.District district = this.views.readable(id, user);
		List<DistrictViews.Target> targets = this.views.targets(id);
		List<DistrictViews.Report> reports = this.views.reports(List.of(id));
		model.addAttribute("district", district);
		model.addAttribute("targetSet", this.views.targetSet(id));
		List<TargetProgress> progress = TargetProgress.of(targets, district.years(), this.views.actuals(List.of(id)),
				district.rules());
		model.addAttribute("progress", progress);
		// each target's chart written in Java, as the plan's public page writes it (issue
		// 18)
		List<String> charts = new ArrayList<>();
		for (int i = 0; i < progress.size(); i++) {
			charts.add(this.figuresHtml.chart(progress.get(i), i + 1, locale));
		}
		model.addAttribute("charts", charts);
		model.addAttribute("reports",
				reports.stream().collect(Collectors.toMap(DistrictViews.Report::year, Function.identity())));
		model.addAttribute("overdue",
				DistrictViews.overdue(List.of(district), reports, LocalDate.now(this.clock))
					.stream()
					.map(DistrictViews.Overdue::year)
					.toList());
		model.addAttribute("ownRegion", DistrictViews.isOwnRegion(district, user));
		model.addAttribute("ministry", user.has(Role.MINISTRY));
		return "district/detail";
	}

	// --- the target path ---------------------------------------------------------------

	@GetMapping("/districts/{id}/targets")
	String targets(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		DistrictViews.District district = ownDistrict(id, user);
		return targetsPage(district, TargetPathForm.of(this.views.targets(id), this.views.targetSet(id).version()),
				model);
	}

	@PostMapping("/districts/{id}/targets")
	String saveTargets(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") TargetPathForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		DistrictViews.District district = ownDistrict(id, user);
		if (result.hasErrors()) {
			return targetsPage(district, form, model);
		}
		try {
			this.results.saveTargets(district, form, user);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject("district.error.conflict");
			return targetsPage(district, form, model);
		}
		catch (ReportRefusedException ex) {
			result.reject(ex.messageKey());
			return targetsPage(district, form, model);
		}
		redirect.addFlashAttribute("flashMessage", "district.targets.saved");
		return "redirect:/districts/" + id;
	}

	private String targetsPage(DistrictViews.District district, TargetPathForm form, Model model) {
		model.addAttribute("district", district);
		model.addAttribute("targets", this.views.targets(district.planId()));
		model.addAttribute("targetSet", this.views.targetSet(district.planId()));
		model.addAttribute("form", form);
		return "district/targets";
	}

	@PostMapping("/districts/{id}/targets/confirm")
	String confirmTargets(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@ModelAttribute("versionForm") VersionForm form, RedirectAttributes redirect) {
		DistrictViews.District district = this.views.readable(id, user);
		requireMinistry(user);
		try {
			this.results.confirmTargets(district, (form.getVersion() != null) ? form.getVersion() : -1, user);
			redirect.addFlashAttribute("flashMessage", "district.targets.confirmed");
		}
		catch (ReportRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", "district.error.conflict");
		}
		return "redirect:/districts/" + id;
	}

	// --- the annual report -------------------------------------------------------------

	@GetMapping("/districts/{id}/reports/{year}")
	String report(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal PortalUser user,
			Model model) {
		DistrictViews.District district = this.views.readable(id, user);
		DistrictYear districtYear = year(district, year);
		DistrictViews.Report report = this.views.report(id, year).orElse(null);
		return reportPage(district, districtYear, report, null, null, user, model);
	}

	private String reportPage(DistrictViews.District district, DistrictYear year, DistrictViews.Report report,
			ReportForm form, ReviewForm review, PortalUser user, Model model) {
		List<DistrictViews.Target> targets = this.views.targets(district.planId());
		List<DistrictViews.Actual> actuals = (report != null) ? this.views.actuals(List.of(district.planId()))
			.stream()
			.filter((a) -> a.reportId() == report.id())
			.toList() : List.of();
		List<DistrictViews.Task> tasks = this.views.tasks(district.planId(), (report != null) ? report.id() : null);
		List<DistrictViews.Project> projects = this.views.projects(district.planId(),
				(report != null) ? report.id() : null);
		boolean own = DistrictViews.isOwnRegion(district, user);
		boolean ministry = user.has(Role.MINISTRY);
		boolean editable = own && (report == null || report.status().isEditable());
		// a report no longer edited shows the answers it gave, not recommendations
		// published since
		List<DistrictViews.Answer> answers = this.views
			.answers(district.planId(), year, (report != null) ? report.id() : null)
			.stream()
			.filter((a) -> editable || a.answered())
			.toList();
		model.addAttribute("district", district);
		model.addAttribute("year", year);
		model.addAttribute("report", report);
		model.addAttribute("targets", targets);
		model.addAttribute("actuals",
				actuals.stream().collect(Collectors.toMap(DistrictViews.Actual::targetId, Function.identity())));
		model.addAttribute("tasks", tasks);
		model.addAttribute("projects", projects);
		model.addAttribute("answers", answers);
		model.addAttribute("recommendationStatuses", RecommendationStatus.values());
		model.addAttribute("due", (report != null) ? report.dueOn() : district.dueOf(year));
		model.addAttribute("editable", editable);
		model.addAttribute("reviewable", ministry && report != null
				&& (report.status() == ReportStatus.SUBMITTED || report.status() == ReportStatus.ACCEPTED));
		model.addAttribute("ministry", ministry);
		model.addAttribute("versions", (report != null) ? this.views.versions(report.id()) : List.of());
		model.addAttribute("form",
				(form != null) ? form : ReportForm.of(targets, actuals, tasks, projects, answers, report));
		model.addAttribute("review",
				(review != null) ? review : ReviewForm.of(actuals, (report != null) ? report.version() : 0));
		model.addAttribute("taskStatuses", ReportForm.TaskStatus.values());
		model.addAttribute("evidence", (report != null) ? this.evidence.list(report.id()) : List.of());
		model.addAttribute("versionEvidence", (report != null) ? this.evidence.byVersion(report.id()) : Map.of());
		model.addAttribute("sectionComments", (report != null && report.status() == ReportStatus.REVISION_REQUESTED)
				? this.views.sectionComments(report.id()) : Map.of());
		model.addAttribute("maxMegabytes", ReportEvidence.MAX_BYTES / 1024 / 1024);
		return "district/report";
	}

	@PostMapping("/districts/{id}/reports/{year}")
	String saveReport(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") ReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		DistrictViews.District district = ownDistrict(id, user);
		DistrictYear districtYear = year(district, year);
		DistrictViews.Report report = this.views.report(id, year).orElse(null);
		if (result.hasErrors()) {
			return reportPage(district, districtYear, report, form, null, user, model);
		}
		try {
			this.results.saveReport(district, districtYear, form, user);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject("district.error.conflict");
			return reportPage(district, districtYear, this.views.report(id, year).orElse(null), form, null, user,
					model);
		}
		catch (ReportRefusedException ex) {
			result.reject(ex.messageKey());
			return reportPage(district, districtYear, report, form, null, user, model);
		}
		redirect.addFlashAttribute("flashMessage", "district.report.saved");
		return "redirect:/districts/" + id + "/reports/" + year;
	}

	@PostMapping("/districts/{id}/reports/{year}/submit")
	String submit(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal PortalUser user,
			@ModelAttribute("versionForm") VersionForm form, RedirectAttributes redirect) {
		DistrictViews.District district = ownDistrict(id, user);
		return act(id, year, redirect, "district.report.submitted", () -> this.results.submit(district,
				year(district, year), (form.getVersion() != null) ? form.getVersion() : -1, user));
	}

	@PostMapping("/districts/{id}/reports/{year}/accept")
	String accept(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal PortalUser user,
			@ModelAttribute("versionForm") VersionForm form, RedirectAttributes redirect) {
		DistrictViews.District district = this.views.readable(id, user);
		requireMinistry(user);
		return act(id, year, redirect, "district.report.accepted", () -> this.results.accept(district,
				year(district, year), (form.getVersion() != null) ? form.getVersion() : -1));
	}

	@PostMapping("/districts/{id}/reports/{year}/revision")
	String requestRevision(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("review") ReviewForm review, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return review(id, year, user, review, result, model, redirect, response, "district.report.revisionRequested",
				(district) -> this.results.requestRevision(district, year(district, year), review, user));
	}

	@PostMapping("/districts/{id}/reports/{year}/verification")
	String verify(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("review") ReviewForm review, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return review(id, year, user, review, result, model, redirect, response, "district.report.verified",
				(district) -> this.results.verify(district, year(district, year), review));
	}

	private String review(long id, int year, PortalUser user, ReviewForm review, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response, String done,
			java.util.function.Consumer<DistrictViews.District> action) {
		DistrictViews.District district = this.views.readable(id, user);
		requireMinistry(user);
		DistrictYear districtYear = year(district, year);
		if (!result.hasErrors()) {
			try {
				action.accept(district);
				redirect.addFlashAttribute("flashMessage", done);
				return "redirect:/districts/" + id + "/reports/" + year;
			}
			catch (ConflictException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				result.reject("district.error.conflict");
			}
			catch (ReportRefusedException ex) {
				result.reject(ex.messageKey());
			}
		}
		return reportPage(district, districtYear, this.views.report(id, year).orElse(null), null, review, user, model);
	}

	private String act(long id, int year, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (ReportRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", "district.error.conflict");
		}
		return "redirect:/districts/" + id + "/reports/" + year;
	}

	// --- evidence and versions --------------------------------------------------------

	/** Attaches an evidence file to the year's report (for one target, or the whole). */
	@PostMapping("/districts/{id}/reports/{year}/evidence")
	String attach(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long target,
			Model model, RedirectAttributes redirect) throws IOException {
		DistrictViews.District district = ownDistrict(id, user);
		DistrictYear districtYear = year(district, year);
		String refused = (file == null || file.isEmpty()) ? "attachment.error.empty" : this.evidence.attach(district,
				districtYear, target, file.getOriginalFilename(), file.getBytes(), user);
		if (refused != null) {
			model.addAttribute("fileError", refused);
			model.addAttribute("fileTarget", target);
			return reportPage(district, districtYear, this.views.report(id, year).orElse(null), null, null, user,
					model);
		}
		redirect.addFlashAttribute("flashMessage", "district.evidence.added");
		return "redirect:/districts/" + id + "/reports/" + year + "#evidence";
	}

	@PostMapping("/districts/{id}/reports/{year}/evidence/{evidenceId}/delete")
	String removeEvidence(@PathVariable long id, @PathVariable int year, @PathVariable long evidenceId,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		DistrictViews.District district = ownDistrict(id, user);
		return act(id, year, redirect, "district.evidence.removed",
				() -> this.evidence.remove(district, year(district, year), evidenceId, user));
	}

	/** An evidence file, for the ministry and the district's region only. */
	@GetMapping("/districts/{id}/reports/{year}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable int year, @PathVariable long evidenceId,
			@AuthenticationPrincipal PortalUser user) {
		this.views.readable(id, user);
		var file = this.evidence.content(id, year, evidenceId)
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKey().type().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getKey().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-SHA256", file.getKey().sha256())
			.body(file.getValue());
	}

	/** Two submitted versions of the year's report, section by section. */
	@GetMapping("/districts/{id}/reports/{year}/compare")
	String compare(@PathVariable long id, @PathVariable int year, @RequestParam int from, @RequestParam int to,
			@AuthenticationPrincipal PortalUser user, Model model) {
		DistrictViews.District district = this.views.readable(id, user);
		DistrictYear districtYear = year(district, year);
		DistrictViews.Report report = this.views.report(id, year)
			.orElseThrow(() -> new NotFoundException("annual report", id + "/" + year));
		List<DistrictViews.Version> versions = this.views.versions(report.id());
		Map<Integer, String> contents = versions.stream()
			.collect(Collectors.toMap(DistrictViews.Version::number, DistrictViews.Version::content));
		if (!contents.containsKey(from) || !contents.containsKey(to)) {
			throw new NotFoundException("annual report version", id + "/" + year + "/" + from + "-" + to);
		}
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("district", district);
		model.addAttribute("year", districtYear);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("versions", versions);
		model.addAttribute("changes", ReportComparison.compare(contents.get(from), contents.get(to), this.json,
				(key) -> this.messages.getMessage(key, null, key, locale)));
		return "district/compare";
	}

	// --- access ------------------------------------------------------------------------

	/**
	 * The region's own district (to change it); 404 for anyone else's, 403 for others.
	 */
	private DistrictViews.District ownDistrict(long id, PortalUser user) {
		return this.views.own(id, user);
	}

	private static void requireMinistry(PortalUser user) {
		if (!user.has(Role.MINISTRY)) {
			throw new AccessDeniedException("ministry only");
		}
	}

	private static DistrictYear year(DistrictViews.District district, int number) {
		return district.year(number);
	}

}
