package kr.go.sandan.plan;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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
import kr.go.sandan.round.Calls;

/**
 * Regional staff write their plan: start it for an open call, fill in its sections one at
 * a time from the overview (each saved on its own, so a plan of any size fits in ordinary
 * requests), attach the call's documents, and submit it when every section is there and
 * the call is open.
 */
@Controller
class PlanDraftController {

	private final PlanDrafting drafting;

	private final PlanReview review;

	private final PlanAttachments attachments;

	private final Calls calls;

	PlanDraftController(PlanDrafting drafting, PlanReview review, PlanAttachments attachments, Calls calls) {
		this.drafting = drafting;
		this.review = review;
		this.attachments = attachments;
		this.calls = calls;
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

	/** The plan's sections with what each still lacks, its documents, and submission. */
	@GetMapping("/plans/{id}/edit")
	String overview(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		InnovationPlan plan = this.drafting.forEditing(id, user);
		if (!plan.isEditable()) {
			// a submitted plan is read on its own page, not in forms that cannot be saved
			return "redirect:/plans/" + id;
		}
		return overviewPage(plan, model);
	}

	private String overviewPage(InnovationPlan plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("sections", PlanSectionController.overview(plan));
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

	/** Attaches one of the call's documents (or another reference file). */
	@PostMapping("/plans/{id}/attachments")
	String attach(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String document,
			Model model, RedirectAttributes redirect) throws IOException {
		InnovationPlan plan = this.drafting.forEditing(id, user);
		if (!plan.isEditable()) {
			redirect.addFlashAttribute("flashMessage", "plan.error.locked");
			return "redirect:/plans/" + id;
		}
		String refused = (file == null || file.isEmpty()) ? "attachment.error.empty"
				: this.drafting.attach(id, document, file.getOriginalFilename(), file.getBytes(), user);
		if (refused != null) {
			model.addAttribute("fileError", refused);
			return overviewPage(plan, model);
		}
		redirect.addFlashAttribute("flashMessage", "attachment.added");
		return "redirect:/plans/" + id + "/edit#attachments";
	}

	@PostMapping("/plans/{id}/attachments/{attachmentId}/delete")
	String removeAttachment(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		this.drafting.removeAttachment(id, attachmentId, user);
		redirect.addFlashAttribute("flashMessage", "attachment.removed");
		return "redirect:/plans/" + id + "/edit#attachments";
	}

	/**
	 * Submits the plan as saved. A second press (a double click, another tab) finds it
	 * submitted already and says so; a plan saved by someone else since the page was read
	 * is not submitted unseen.
	 */
	@PostMapping("/plans/{id}/submit")
	String submit(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		InnovationPlan plan = this.drafting.forEditing(id, user);
		if (!plan.isEditable()) {
			redirect.addFlashAttribute("flashMessage", "plan.alreadySubmitted");
			return "redirect:/plans/" + id;
		}
		try {
			int number = this.drafting.submit(id, (version != null) ? version : -1, user);
			redirect.addFlashAttribute("flashMessage", "plan.submitted");
			redirect.addFlashAttribute("submittedVersion", number);
			return "redirect:/plans/" + id;
		}
		catch (PlanLockedException ex) {
			redirect.addFlashAttribute("flashMessage", "plan.alreadySubmitted");
			return "redirect:/plans/" + id;
		}
		catch (PlanDrafting.ConcurrentPlanChangeException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("submitError", "plan.error.submitConflict");
			return overviewPage(this.drafting.forEditing(id, user), model);
		}
		catch (PlanDrafting.SubmissionRefusedException ex) {
			model.addAttribute("submitError", ex.getMessageKey());
			return overviewPage(plan, model);
		}
	}

}
