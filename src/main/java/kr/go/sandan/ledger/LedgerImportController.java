package kr.go.sandan.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.web.ConflictException;

/**
 * The district ledger through a file: the template (its lines, a row per stage, with
 * today's figures), an upload checked cell by cell and by the ledger's rules with a
 * preview of what changes, and the confirmation that saves it. The checked rows wait in
 * the session for the ledger version they were checked against; the confirmation carries
 * only that version, so nothing the browser sends is saved unchecked.
 */
@Controller
class LedgerImportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DistrictViews districts;

	private final LedgerViews views;

	private final Ledger ledger;

	private final MessageSource messages;

	private final Clock clock;

	LedgerImportController(DistrictViews districts, LedgerViews views, Ledger ledger, MessageSource messages,
			Clock clock) {
		this.districts = districts;
		this.views = views;
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, null, key, locale);
	}

	/** The version a district's ledger is at: its latest entry. */
	private static long version(List<LedgerViews.Line> lines) {
		return lines.stream().mapToLong(LedgerViews.Line::version).max().orElse(0);
	}

	private static ResponseEntity<byte[]> xlsx(String name, byte[] workbook) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(workbook);
	}

	/** The uploaded file read cell by cell (too large a file refused unread). */
	private LedgerImport.Reading read(@org.jspecify.annotations.Nullable MultipartFile file, LocalDate today)
			throws IOException {
		if (file != null && file.getSize() > LedgerImport.MAX_BYTES) {
			return new LedgerImport.Reading(List.of(),
					List.of(LedgerImport.Problem.ofFile("ledger.import.error.tooLarge")));
		}
		return LedgerImport.read((file != null) ? file.getBytes() : null,
				(file != null) ? file.getOriginalFilename() : null, this::text, today);
	}

	@GetMapping("/districts/{id}/ledger/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		DistrictViews.District district = this.districts.readable(id, user);
		return xlsx("ledger-" + district.planId() + ".xlsx", LedgerImport.template(this.views.lines(id), this::text));
	}

	@GetMapping("/districts/{id}/ledger/import")
	String form(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("district", this.districts.readable(id, user));
		model.addAttribute("importBase", "/districts/" + id + "/ledger");
		return "ledger/import";
	}

	@PostMapping("/districts/{id}/ledger/import")
	String upload(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		DistrictViews.District district = this.districts.readable(id, user);
		session.removeAttribute(LedgerImport.Pending.attribute(id));
		LocalDate today = LocalDate.now(this.clock);
		LedgerImport.Reading reading = read(file, today);
		List<LedgerViews.Line> lines = this.views.lines(id);
		List<LedgerImport.Problem> problems = new ArrayList<>(reading.problems());
		List<LedgerImport.Change> changes = LedgerImport.changes(district, lines, reading.rows(), user, today,
				problems);
		model.addAttribute("district", district);
		model.addAttribute("importBase", "/districts/" + id + "/ledger");
		model.addAttribute("fileName", (file != null) ? file.getOriginalFilename() : null);
		model.addAttribute("problems", problems);
		model.addAttribute("changes", problems.isEmpty() ? changes : List.of());
		model.addAttribute("version", version(lines));
		if (problems.isEmpty() && !changes.isEmpty()) {
			session.setAttribute(LedgerImport.Pending.attribute(id),
					new LedgerImport.Pending(id, version(lines), new ArrayList<>(reading.rows())));
		}
		return "ledger/import";
	}

	@PostMapping("/districts/{id}/ledger/import/confirm")
	String confirm(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) Long version, HttpSession session, RedirectAttributes redirect) {
		DistrictViews.District district = this.districts.readable(id, user);
		List<LedgerViews.Line> lines = this.views.lines(id);
		Object kept = session.getAttribute(LedgerImport.Pending.attribute(id));
		if (!(kept instanceof LedgerImport.Pending pending) || pending.planId() != id || version == null
				|| pending.version() != version || version(lines) != version) {
			throw new ConflictException("ledger.error.conflict");
		}
		LocalDate today = LocalDate.now(this.clock);
		List<LedgerImport.Problem> problems = new ArrayList<>();
		List<LedgerImport.Change> changes = LedgerImport.changes(district, lines, pending.rows(), user, today,
				problems);
		if (!problems.isEmpty()) {
			throw new ConflictException("ledger.error.conflict");
		}
		session.removeAttribute(LedgerImport.Pending.attribute(id));
		int written = this.ledger.importChanges(changes, user, today);
		redirect.addFlashAttribute("flashMessage", (written > 0) ? "ledger.import.saved" : "ledger.import.nothing");
		return "redirect:/districts/" + id + "/ledger";
	}

	/**
	 * A lead ministry's national lines in every district, each with its district: what
	 * its officers' file may change (two statements for the lines, one for the
	 * districts).
	 */
	private List<LedgerImport.Located> national(kr.go.sandan.plan.Ministry lead) {
		java.util.Map<Long, DistrictViews.District> byPlan = new java.util.HashMap<>();
		this.districts.districts(null).forEach((d) -> byPlan.put(d.planId(), d));
		return this.views.placed(new LedgerFilter(lead.name(), null, null, Source.NATIONAL))
			.stream()
			.filter((p) -> byPlan.containsKey(p.planId()))
			.map((p) -> new LedgerImport.Located(byPlan.get(p.planId()), p.line()))
			.toList();
	}

	private static long versionOf(List<LedgerImport.Located> lines) {
		return version(lines.stream().map(LedgerImport.Located::line).toList());
	}

	private static String ministryBase(kr.go.sandan.plan.Ministry lead) {
		return "/ledger/ministries/" + lead.name();
	}

	private static String pendingOf(kr.go.sandan.plan.Ministry lead) {
		return "ledger-import-ministry-" + lead.name();
	}

	@GetMapping("/ledger/ministries/{ministry}/template.xlsx")
	ResponseEntity<byte[]> ministryTemplate(@PathVariable String ministry, @AuthenticationPrincipal PortalUser user) {
		kr.go.sandan.plan.Ministry lead = LedgerOverviewController.readable(ministry, user);
		byte[] workbook = LedgerImport.template(national(lead), LedgerImport.Located::line,
				(l) -> l.district().regionName() + " (" + l.district().roundYear() + ") · " + l.line().projectName(),
				this::text);
		return xlsx("ledger-" + lead.name().toLowerCase(Locale.ROOT) + ".xlsx", workbook);
	}

	@GetMapping("/ledger/ministries/{ministry}/import")
	String ministryForm(@PathVariable String ministry, @AuthenticationPrincipal PortalUser user, Model model) {
		kr.go.sandan.plan.Ministry lead = LedgerOverviewController.readable(ministry, user);
		model.addAttribute("lead", lead);
		model.addAttribute("importBase", ministryBase(lead));
		return "ledger/import";
	}

	@PostMapping("/ledger/ministries/{ministry}/import")
	String ministryUpload(@PathVariable String ministry, @AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		kr.go.sandan.plan.Ministry lead = LedgerOverviewController.readable(ministry, user);
		session.removeAttribute(pendingOf(lead));
		LocalDate today = LocalDate.now(this.clock);
		LedgerImport.Reading reading = read(file, today);
		List<LedgerImport.Located> lines = national(lead);
		List<LedgerImport.Problem> problems = new ArrayList<>(reading.problems());
		List<LedgerImport.Change> changes = LedgerImport.nationalChanges(lines, reading.rows(), user, today, problems);
		model.addAttribute("lead", lead);
		model.addAttribute("importBase", ministryBase(lead));
		model.addAttribute("fileName", (file != null) ? file.getOriginalFilename() : null);
		model.addAttribute("problems", problems);
		model.addAttribute("changes", problems.isEmpty() ? changes : List.of());
		model.addAttribute("version", versionOf(lines));
		if (problems.isEmpty() && !changes.isEmpty()) {
			session.setAttribute(pendingOf(lead),
					new LedgerImport.Pending(0, versionOf(lines), new ArrayList<>(reading.rows())));
		}
		return "ledger/import";
	}

	@PostMapping("/ledger/ministries/{ministry}/import/confirm")
	String ministryConfirm(@PathVariable String ministry, @AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) Long version, HttpSession session, RedirectAttributes redirect) {
		kr.go.sandan.plan.Ministry lead = LedgerOverviewController.readable(ministry, user);
		List<LedgerImport.Located> lines = national(lead);
		Object kept = session.getAttribute(pendingOf(lead));
		if (!(kept instanceof LedgerImport.Pending pending) || version == null || pending.version() != version
				|| versionOf(lines) != version) {
			throw new ConflictException("ledger.error.conflict");
		}
		LocalDate today = LocalDate.now(this.clock);
		List<LedgerImport.Problem> problems = new ArrayList<>();
		List<LedgerImport.Change> changes = LedgerImport.nationalChanges(lines, pending.rows(), user, today, problems);
		if (!problems.isEmpty()) {
			throw new ConflictException("ledger.error.conflict");
		}
		session.removeAttribute(pendingOf(lead));
		int written = this.ledger.importChanges(changes, user, today);
		redirect.addFlashAttribute("flashMessage", (written > 0) ? "ledger.import.saved" : "ledger.import.nothing");
		return "redirect:" + ministryBase(lead);
	}

}
