package kr.go.sandan.district;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.web.ConflictException;

/**
 * A year's actuals through Excel, as a plan's projects: the region downloads the template
 * (targets, units, the year's targets and last year's actuals filled in), fills it
 * offline, uploads it and sees what would change or every refused cell; only its
 * confirmation saves. The checked lines wait in the session for the report version they
 * were checked against, so nothing the browser sends is saved unchecked; a bad file
 * changes nothing.
 */
@Controller
class ActualsImportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DistrictViews views;

	private final DistrictResults results;

	private final MessageSource messages;

	ActualsImportController(DistrictViews views, DistrictResults results, MessageSource messages) {
		this.views = views;
		this.results = results;
		this.messages = messages;
	}

	/** The checked lines of an upload, waiting for the region's confirmation. */
	record Pending(long planId, int year, long version, List<ActualsWorkbook.Line> lines) implements Serializable {

		static String attribute(long planId, int year) {
			return "district-actuals-import:" + planId + ":" + year;
		}

	}

	private Map<Long, DistrictViews.Actual> actualsOf(long planId, int year) {
		return this.views.actuals(List.of(planId))
			.stream()
			.filter((a) -> a.year() == year)
			.collect(Collectors.toMap(DistrictViews.Actual::targetId, Function.identity()));
	}

	@GetMapping("/districts/{id}/reports/{year}/actuals.xlsx")
	ResponseEntity<byte[]> template(@PathVariable long id, @PathVariable int year,
			@AuthenticationPrincipal PortalUser user) {
		DistrictViews.District district = this.views.own(id, user);
		DistrictYear districtYear = district.year(year);
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, BigDecimal> lastYear = new HashMap<>();
		actualsOf(id, year - 1).forEach((target, actual) -> {
			if (actual.value() != null) {
				lastYear.put(target, actual.value());
			}
		});
		byte[] workbook = ActualsWorkbook.template(this.views.targets(id), districtYear, lastYear, actualsOf(id, year),
				(key) -> this.messages.getMessage(key, null, locale));
		String name = this.messages.getMessage("district.excel.fileName", new Object[] { district.regionName(), year },
				locale) + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(workbook);
	}

	@PostMapping("/districts/{id}/reports/{year}/actuals/import")
	String upload(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		DistrictViews.District district = this.views.own(id, user);
		DistrictYear districtYear = district.year(year);
		session.removeAttribute(Pending.attribute(id, year));
		DistrictViews.Report report = this.views.report(id, year).orElse(null);
		List<DistrictViews.Target> targets = this.views.targets(id);
		ActualsWorkbook.Reading reading;
		if (report != null && !report.status().isEditable()) {
			reading = new ActualsWorkbook.Reading(List.of(),
					List.of(ActualsWorkbook.Problem.ofFile("district.error.reportLocked")));
		}
		else if (file != null && file.getSize() > ActualsWorkbook.MAX_BYTES) {
			reading = new ActualsWorkbook.Reading(List.of(),
					List.of(ActualsWorkbook.Problem.ofFile("district.excel.error.tooLarge")));
		}
		else {
			reading = ActualsWorkbook.read((file != null) ? file.getBytes() : null, targets, districtYear);
		}
		model.addAttribute("district", district);
		model.addAttribute("year", districtYear);
		model.addAttribute("fileName", (file != null) ? file.getOriginalFilename() : null);
		model.addAttribute("problems", reading.problems());
		List<ActualsWorkbook.Change> changes = reading.refused() ? List.of()
				: ActualsWorkbook.changes(reading.lines(), targets, actualsOf(id, year));
		model.addAttribute("changes", changes);
		long version = (report != null) ? report.version() : 0;
		model.addAttribute("version", version);
		if (!changes.isEmpty()) {
			session.setAttribute(Pending.attribute(id, year),
					new Pending(id, year, version, new ArrayList<>(reading.lines())));
		}
		return "district/import-preview";
	}

	@PostMapping("/districts/{id}/reports/{year}/actuals/import/confirm")
	String confirm(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) Long version, HttpSession session, RedirectAttributes redirect) {
		DistrictViews.District district = this.views.own(id, user);
		DistrictYear districtYear = district.year(year);
		Object kept = session.getAttribute(Pending.attribute(id, year));
		if (!(kept instanceof Pending pending) || pending.planId() != id || version == null
				|| pending.version() != version) {
			throw new ConflictException("no checked import of district " + id + " year " + year + " at " + version);
		}
		try {
			this.results.importActuals(district, districtYear, pending.version(), pending.lines(), user);
			redirect.addFlashAttribute("flashMessage", "district.excel.saved");
		}
		catch (ReportRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		finally {
			session.removeAttribute(Pending.attribute(id, year));
		}
		return "redirect:/districts/" + id + "/reports/" + year;
	}

}
