package kr.go.sandan.plan;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.round.Calls;

/**
 * Regional staff write their plan: start it for an open call, save it as often as they
 * like (incomplete is fine), and submit it when every section is there and the call is
 * open.
 */
@Controller
class PlanDraftController {

	private final PlanDrafting drafting;

	private final Complexes complexes;

	private final MessageSource messages;

	private final PlanReview review;

	private final PlanAttachments attachments;

	private final Calls calls;

	PlanDraftController(PlanDrafting drafting, Complexes complexes, MessageSource messages, PlanReview review,
			PlanAttachments attachments, Calls calls) {
		this.drafting = drafting;
		this.complexes = complexes;
		this.messages = messages;
		this.review = review;
		this.attachments = attachments;
		this.calls = calls;
	}

	@PostMapping("/plans/{id}/attachments/{attachmentId}/delete")
	String removeAttachment(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		this.drafting.removeAttachment(id, attachmentId, user);
		redirect.addFlashAttribute("flashMessage", "attachment.removed");
		return "redirect:/plans/" + id + "/edit";
	}

	@PostMapping("/calls/{callId}/plans")
	String start(@PathVariable long callId, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		try {
			InnovationPlan plan = this.drafting.start(callId, user);
			return "redirect:/plans/" + plan.getId() + "/edit";
		}
		catch (PlanDrafting.SubmissionRefusedException ex) {
			redirect.addFlashAttribute("flashMessage", ex.getMessageKey());
			return "redirect:/me";
		}
	}

	@GetMapping("/plans/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		InnovationPlan plan = this.drafting.forEditing(id, user);
		if (!plan.isEditable()) {
			// a submitted plan is read on its own page, not in a form that cannot be
			// saved
			return "redirect:/plans/" + id;
		}
		model.addAttribute("form", DraftForm.of(plan));
		return page(plan, model);
	}

	@PostMapping("/plans/{id}/edit")
	String save(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") DraftForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String document, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		InnovationPlan plan = this.drafting.forEditing(id, user);
		if (!plan.isEditable()) {
			result.reject("plan.error.locked");
			return page(plan, model);
		}
		checkTargets(form, result);
		checkProjects(form, result);
		checkSites(form, result);
		if (form.version() == null) {
			result.reject("plan.error.conflict");
		}
		if (result.hasErrors()) {
			return page(plan, model);
		}
		try {
			this.drafting.save(id, form.version(), form.content(this::korean, plan.getRound().getYear()), user);
		}
		catch (PlanDrafting.ConcurrentPlanChangeException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject("plan.error.conflict");
			model.addAttribute("currentVersion", plan.getVersion());
			return page(plan, model);
		}
		catch (PlanDrafting.SubmissionRefusedException ex) {
			result.rejectValue("hubComplexId", ex.getMessageKey());
			return page(plan, model);
		}
		if (file != null && !file.isEmpty()) {
			// the draft is saved whatever becomes of the file
			String refused = this.drafting.attach(id, document, file.getOriginalFilename(), file.getBytes(), user);
			if (refused != null) {
				InnovationPlan saved = this.drafting.forEditing(id, user);
				model.addAttribute("fileError", refused);
				model.addAttribute("currentVersion", saved.getVersion());
				return page(saved, model);
			}
		}
		if (!"submit".equals(action)) {
			redirect.addFlashAttribute("flashMessage", "plan.saved");
			return "redirect:/plans/" + id + "/edit";
		}
		try {
			int version = this.drafting.submit(id, user);
			redirect.addFlashAttribute("flashMessage", "plan.submitted");
			redirect.addFlashAttribute("submittedVersion", version);
			return "redirect:/plans/" + id;
		}
		catch (PlanDrafting.SubmissionRefusedException ex) {
			// the draft is saved; say what stops the submission, next to each section
			InnovationPlan saved = this.drafting.forEditing(id, user);
			result.reject(ex.getMessageKey());
			saved.missingForSubmission().forEach((field) -> result.rejectValue(field, "plan.missing." + field));
			model.addAttribute("currentVersion", saved.getVersion());
			return page(saved, model);
		}
	}

	private String page(InnovationPlan plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("hubChoices", this.complexes.inRegion(plan.getRegion().getCode()));
		model.addAttribute("metrics", TargetMetric.values());
		model.addAttribute("units", Arrays.stream(MeasureUnit.values()).map(MeasureUnit::symbol).toList());
		model.addAttribute("ministries", Ministry.values());
		model.addAttribute("siteKinds",
				java.util.stream.Stream
					.concat(java.util.stream.Stream.of("COMPLEX"),
							Arrays.stream(kr.go.sandan.complex.LinkedAreaKind.values()).map(Enum::name))
					.toList());
		model.addAttribute("complexTypes", kr.go.sandan.complex.ComplexType.values());
		model.addAttribute("budgetYears",
				java.util.stream.IntStream.range(0, DraftForm.BUDGET_YEARS)
					.mapToObj((y) -> plan.getRound().getYear() + y)
					.toList());
		model.addAttribute("missing", plan.missingForSubmission());
		model.addAttribute("versions", this.review.versions(plan.getId()));
		List<PlanAttachments.Attachment> attached = this.attachments.list(plan.getId());
		List<String> required = this.calls.requiredDocuments(plan.getRound().getId());
		model.addAttribute("attachments", attached);
		model.addAttribute("requiredDocuments", required);
		model.addAttribute("missingDocuments", PlanAttachments.missingDocuments(attached, required));
		model.addAttribute("maxMegabytes", PlanAttachments.MAX_BYTES / 1024 / 1024);
		if (plan.getStatus() == PlanStatus.REVISION_REQUESTED) {
			model.addAttribute("revisionRequest", this.review.revisionRequests(plan.getId()).get(0));
		}
		return "plans/edit";
	}

	/** A project needs a name and a key task that has a name. */
	private void checkProjects(DraftForm form, BindingResult result) {
		if (form.projects() == null) {
			return;
		}
		for (int i = 0; i < form.projects().size(); i++) {
			DraftForm.ProjectRow row = form.projects().get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			if (row.name() == null || row.name().isBlank()) {
				result.rejectValue("projects[" + i + "].name", "plan.error.projectName");
			}
			Integer task = row.task();
			boolean named = task != null && form.tasks() != null && task >= 1 && task <= form.tasks().size()
					&& form.tasks().get(task - 1) != null && !form.tasks().get(task - 1).isBlank();
			if (!named) {
				result.rejectValue("projects[" + i + "].task", "plan.error.projectTask");
			}
		}
	}

	private void checkTargets(DraftForm form, BindingResult result) {
		if (form.targets() == null) {
			return;
		}
		for (int i = 0; i < form.targets().size(); i++) {
			DraftForm.TargetRow row = form.targets().get(i);
			if (row != null && !row.isBlank() && row.metric() == null) {
				result.rejectValue("targets[" + i + "].metric", "plan.error.metricRequired");
			}
			if (row != null && row.unit() != null && !row.unit().isBlank()
					&& Arrays.stream(MeasureUnit.values()).noneMatch((unit) -> unit.symbol().equals(row.unit()))) {
				result.rejectValue("targets[" + i + "].unit", "plan.error.unknownUnit");
			}
		}
	}

	/** Sentences made for the plan are Korean whatever the writer's language. */
	private String korean(String key) {
		return this.messages.getMessage(key, null, Locale.KOREAN);
	}

	/** A linked site needs its kind, a complex or a name, and its linkage function. */
	private void checkSites(DraftForm form, BindingResult result) {
		for (int i = 0; i < form.sites().size(); i++) {
			DraftForm.SiteRow row = form.sites().get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			boolean known = "COMPLEX".equals(row.kind())
					|| java.util.Arrays.stream(kr.go.sandan.complex.LinkedAreaKind.values())
						.anyMatch((kind) -> kind.name().equals(row.kind()));
			if (!known) {
				result.rejectValue("sites[" + i + "].kind", "plan.error.siteKind");
			}
			boolean named = row.name() != null && !row.name().isBlank();
			if (!named && !("COMPLEX".equals(row.kind()) && row.complexId() != null)) {
				result.rejectValue("sites[" + i + "].name", "plan.error.siteName");
			}
			if (row.linkage() == null || row.linkage().isBlank()) {
				result.rejectValue("sites[" + i + "].linkage", "plan.error.siteLinkage");
			}
		}
		for (int i = 0; i < form.weights().size(); i++) {
			DraftForm.WeightRow row = form.weights().get(i);
			if (row.amount() != null && row.unit() != null && !row.unit().isBlank()
					&& Arrays.stream(MeasureUnit.values()).noneMatch((unit) -> unit.symbol().equals(row.unit()))) {
				result.rejectValue("weights[" + i + "].unit", "plan.error.unknownUnit");
			}
		}
	}

}
