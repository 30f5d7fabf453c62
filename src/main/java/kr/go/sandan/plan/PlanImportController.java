package kr.go.sandan.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import kr.go.sandan.web.ConflictException;

/**
 * Requested projects and budgets through Excel: the region downloads its projects as a
 * template, fills it, uploads it and sees what would be added, changed and removed (or
 * every refused cell); only its confirmation saves. The checked rows wait in the session,
 * for the plan and version they were checked against: the confirmation carries nothing
 * but that version, so nothing the browser sends is imported unchecked.
 */
@Controller
class PlanImportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlanDrafting drafting;

	private final MessageSource messages;

	PlanImportController(PlanDrafting drafting, MessageSource messages) {
		this.drafting = drafting;
		this.messages = messages;
	}

	@GetMapping("/plans/{id}/edit/projects/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		InnovationPlan plan = this.drafting.forEditing(id, user);
		if (!plan.isEditable()) {
			return ResponseEntity.status(303).location(java.net.URI.create("/plans/" + id)).build();
		}
		Locale locale = LocaleContextHolder.getLocale();
		byte[] workbook = ProjectWorkbook.template(plan, PlanSectionController.budgetYears(plan),
				(key) -> this.messages.getMessage(key, null, locale));
		String name = this.messages.getMessage("plan.import.fileName",
				new Object[] { plan.regionNameIn(locale), plan.getRound().getYear() }, locale) + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(workbook);
	}

	@PostMapping("/plans/{id}/edit/projects/import")
	String upload(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		InnovationPlan plan = this.drafting.forEditing(id, user);
		if (!plan.isEditable()) {
			return "redirect:/plans/" + id;
		}
		session.removeAttribute(ProjectImport.Pending.attribute(id));
		byte[] content = (file == null || file.getSize() > ProjectWorkbook.MAX_BYTES) ? null : file.getBytes();
		ProjectWorkbook.Reading reading = (file != null && file.getSize() > ProjectWorkbook.MAX_BYTES)
				? new ProjectWorkbook.Reading(List.of(),
						List.of(ProjectWorkbook.Problem.ofFile("plan.import.error.tooLarge")))
				: ProjectWorkbook.read(content, plan.getKeyTasks().stream().map(KeyTask::getName).toList(),
						PlanSectionController.budgetYears(plan));
		model.addAttribute("plan", plan);
		model.addAttribute("fileName", (file != null) ? file.getOriginalFilename() : null);
		model.addAttribute("problems", reading.problems());
		if (reading.refused()) {
			model.addAttribute("changes", List.of());
			return "plans/import-preview";
		}
		List<ProjectImport.Change> changes = ProjectImport.changes(plan, ProjectImport.projects(reading.lines()));
		model.addAttribute("changes", changes);
		model.addAttribute("version", plan.getVersion());
		if (!changes.isEmpty()) {
			session.setAttribute(ProjectImport.Pending.attribute(id),
					new ProjectImport.Pending(id, plan.getVersion(), new ArrayList<>(reading.lines())));
		}
		return "plans/import-preview";
	}

	@PostMapping("/plans/{id}/edit/projects/import/confirm")
	String confirm(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) Long version, HttpSession session, RedirectAttributes redirect) {
		InnovationPlan plan = this.drafting.forEditing(id, user);
		if (!plan.isEditable()) {
			return "redirect:/plans/" + id;
		}
		Object kept = session.getAttribute(ProjectImport.Pending.attribute(id));
		if (!(kept instanceof ProjectImport.Pending pending) || pending.planId() != id || version == null
				|| pending.version() != version) {
			throw new ConflictException("no checked import of plan " + id + " at version " + version);
		}
		int changed;
		try {
			changed = this.drafting.importProjects(id, pending.version(), ProjectImport.projects(pending.lines()),
					user);
		}
		catch (PlanDrafting.ConcurrentPlanChangeException ex) {
			session.removeAttribute(ProjectImport.Pending.attribute(id));
			throw new ConflictException("plan " + id + " changed since the import was checked");
		}
		session.removeAttribute(ProjectImport.Pending.attribute(id));
		redirect.addFlashAttribute("flashMessage", (changed > 0) ? "plan.import.saved" : "plan.import.nothing");
		return "redirect:/plans/" + id + "/edit/projects";
	}

}
