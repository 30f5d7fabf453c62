package kr.go.sandan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;
import kr.go.sandan.district.PublicFiguresHtml;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.NotFoundException;
import kr.go.sandan.web.RenderedHtml;

/** A published plan, shown as the release's appendix groups it. */
@Controller
class PlanController {

	private final PlanCatalog plans;

	private final PlanReview review;

	private final PlanAttachments attachments;

	private final PlanContentViews views;

	private final MessageSource messages;

	private final PublicFiguresHtml figuresHtml;

	private final PlanPageHtml parts;

	private final JavaPages pages;

	private final PlanPageReads reads;

	private final PlanWorkflowHtml workflow;

	PlanController(PlanCatalog plans, PlanReview review, PlanAttachments attachments, PlanPageReads reads,
			PlanContentViews views, MessageSource messages, PublicFiguresHtml figuresHtml, PlanPageHtml parts,
			JavaPages pages, PlanWorkflowHtml workflow) {
		this.workflow = workflow;
		this.reads = reads;
		this.pages = pages;
		this.parts = parts;
		this.figuresHtml = figuresHtml;
		this.messages = messages;
		this.plans = plans;
		this.review = review;
		this.attachments = attachments;
		this.views = views;
	}

	@GetMapping("/plans/{id}")
	ModelAndView plan(@PathVariable long id, @AuthenticationPrincipal PortalUser viewer, Locale locale, Model model) {
		PlanPageReads.PlanPage page = this.reads.read(id, viewer).orElseThrow(() -> new NotFoundException("plan", id));
		PlanFacts facts = page.facts();
		// worked out once here, in the reader's language
		PlanContentView view = this.views.of(page.content(), locale);
		// the content's sections rendered once per published copy, sent as bytes
		RenderedHtml sections = this.views.sections(view, page.complexRows(), locale);
		// a district's verified results, once the ministry accepted a year's report:
		// written
		// in Java once per figures and language, sent as bytes (issue 18)
		RenderedHtml figures = (page.figures() != null) ? this.figuresHtml.kept(page.figures(), locale) : null;
		if (!page.reader().follows()) {
			// no form for this reader: the whole page written in Java (issue 18)
			return new ModelAndView(this.pages.page(
					HtmlWriter.message(this.messages, locale, "plan.title", facts.regionNameIn(locale),
							facts.roundYear()),
					this.parts.readerContent(facts, sections, figures, page.milestones(), locale)));
		}
		// who follows the plan: the same page with the confirmation as decided and the
		// submissions with their forms, written in Java too (issue 18)
		InnovationPlan plan = page.reading().plan();
		PlanContent content = page.content();
		boolean canRequestRevision = viewer.has(Role.MINISTRY) && plan.canRequestRevision();
		PlanWorkflowHtml.Actions actions = new PlanWorkflowHtml.Actions(canRequestRevision,
				(plan.wasPreliminarilySelected() && content.listedProjectCount() > 0) ? content.keyTasks() : null,
				text(model, "reviewError"), entered(model), PlanReview.canWithdraw(plan, viewer),
				text(model, "withdrawError"), text(model, "withdrawReason"));
		RenderedHtml confirmed = (page.confirmed() != null)
				? this.views.confirmation(this.views.of(page.confirmed(), locale), page.complexRows(), locale) : null;
		return new ModelAndView(this.pages.page(
				HtmlWriter.message(this.messages, locale, "plan.title", facts.regionNameIn(locale), facts.roundYear()),
				this.parts.content(facts, this.parts.heading(facts, PlanVisibility.canEdit(plan, viewer), true, locale),
						sections, confirmed, figures,
						(page.submissions() != null)
								? (into) -> this.workflow.write(into, id, page.submissions(), actions, locale) : null,
						page.milestones(), locale)));
	}

	/** A message key a refused request left for the page ({@code null} for none). */
	private static String text(Model model, String name) {
		return (model.getAttribute(name) instanceof String text) ? text : null;
	}

	/** What was typed in a refused revision request, by field. */
	private static Map<String, String> entered(Model model) {
		if (!(model.getAttribute("reviewEntered") instanceof Map<?, ?> typed)) {
			return null;
		}
		Map<String, String> entered = new LinkedHashMap<>();
		typed.forEach((name, value) -> entered.put(String.valueOf(name), (value != null) ? value.toString() : null));
		return entered;
	}

	@PostMapping("/plans/{id}/revision-request")
	String requestRevision(@PathVariable long id, @AuthenticationPrincipal PortalUser officer,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<String, String> comments = new LinkedHashMap<>();
		PlanReview.COMMENT_SECTIONS.forEach((section) -> comments.put(section, params.get("comment." + section)));
		Map<Long, String> projectComments = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("projectComment.")) {
				try {
					projectComments.put(Long.parseLong(name.substring("projectComment.".length())), value);
				}
				catch (NumberFormatException ex) {
					// not a project of this plan: ignored like any unknown field
				}
			}
		});
		try {
			this.review.requestRevision(id, comments, projectComments, officer);
			redirect.addFlashAttribute("flashMessage", "review.requested");
			return "redirect:/plans/" + id;
		}
		catch (PlanDrafting.SubmissionRefusedException ex) {
			redirect.addFlashAttribute("reviewError", ex.getMessageKey());
			// what was typed comes back in the fields
			redirect.addFlashAttribute("reviewEntered", params);
		}
		catch (PlanLockedException ex) {
			redirect.addFlashAttribute("reviewError", "review.error.notSubmitted");
		}
		// back to the form, where the refusal is said
		return "redirect:/plans/" + id + "#revision-form";
	}

	@PostMapping("/plans/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.review.withdraw(id, reason, user);
			redirect.addFlashAttribute("flashMessage", "plan.withdraw.done");
		}
		catch (PlanDrafting.SubmissionRefusedException ex) {
			redirect.addFlashAttribute("withdrawError", ex.getMessageKey());
			// what was typed comes back in the field
			redirect.addFlashAttribute("withdrawReason", reason);
		}
		catch (PlanTransitionException ex) {
			redirect.addFlashAttribute("withdrawError", ex.getMessageKey());
		}
		return "redirect:/plans/" + id;
	}

	@GetMapping("/plans/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal PortalUser viewer) {
		// the record only: the content is not needed to check who follows the plan
		InnovationPlan plan = this.plans.followed(id, viewer).orElseThrow(() -> new NotFoundException("plan", id));
		var file = this.attachments.content(plan.getId(), attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
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

	@GetMapping("/plans/{id}/milestones/{kind}")
	ModelAndView milestone(@PathVariable long id, @PathVariable String kind, @AuthenticationPrincipal PortalUser viewer,
			Locale locale) {
		PlanStatus status = PlanMilestones.KINDS.stream()
			.filter((candidate) -> candidate.name().equals(kind))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("milestone", kind));
		// read in one transaction, the public's without the plan's record (issue 18)
		PlanPageReads.MilestonePage page = this.reads.milestone(id, status, viewer)
			.orElseThrow(() -> new NotFoundException("plan", id));
		if (page.milestone() == null) {
			throw new NotFoundException("milestone", kind);
		}
		RenderedHtml sections = this.views.sections(this.views.of(page.content(), locale), page.complexRows(), locale);
		// written in Java, not through the template engine (issue 18)
		return new ModelAndView(this.pages.page(this.parts.milestoneTitle(page.facts(), status, locale),
				this.parts.milestoneContent(page.facts(), status, page.milestone().takenAt(), sections, locale)));
	}

	@GetMapping("/plans/{id}/compare")
	String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to,
			@AuthenticationPrincipal PortalUser viewer, Model model) {
		// the record only: the content is not needed to check who follows the plan
		InnovationPlan plan = this.plans.followed(id, viewer).orElseThrow(() -> new NotFoundException("plan", id));
		model.addAttribute("plan", plan);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("versions", this.review.versions(id));
		// the lines of figures in the reader's language; Korean as the versions keep them
		Locale locale = LocaleContextHolder.getLocale();
		PlanContent.Wording wording = "ko".equals(locale.getLanguage()) ? null
				: (key, args) -> this.messages.getMessage(key, args, locale);
		List<PlanReview.SectionChange> changes = new ArrayList<>(this.review.compare(id, from, to, wording));
		// the documents each version holds: a replaced 산단혁신계획서 shows as one removed, one
		// added
		changes.add(PlanReview.SectionChange.of("documents", documentLines(id, from), documentLines(id, to)));
		model.addAttribute("changes", changes);
		return "plans/compare";
	}

	/**
	 * A version's documents as lines: the document, the file and the start of its
	 * checksum.
	 */
	private List<String> documentLines(long planId, int versionNumber) {
		return this.attachments.ofVersion(planId, versionNumber)
			.stream()
			.map((document) -> ((document.document() != null) ? document.document() : "기타 참고 자료") + ": "
					+ document.fileName() + " (SHA-256 " + document.sha256().substring(0, 12) + "…)")
			.toList();
	}

}
