package kr.go.sandan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;

import kr.go.sandan.web.PdfViews;
import kr.go.sandan.web.NotFoundException;

/**
 * The printable announcement summary of a selected region's plan, in the shape of the
 * release's 참고 appendix, made from the published decision and the plan's data. Public
 * once the selection is published; the same page is rendered as a PDF.
 */
@Controller
class AnnouncementController {

	private final PlanCatalog plans;

	private final Clock clock;

	private final PdfViews pdfs;

	AnnouncementController(PlanCatalog plans, Clock clock, PdfViews pdfs) {
		this.plans = plans;
		this.clock = clock;
		this.pdfs = pdfs;
	}

	@GetMapping("/plans/{id}/announcement")
	String announcement(@PathVariable long id, Model model) {
		prepare(id, model);
		model.addAttribute("pdf", false);
		return "plans/announcement";
	}

	/** The same summary as a PDF (A4, Korean font embedded). */
	@GetMapping("/plans/{id}/announcement.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Model model = new ExtendedModelMap();
		prepare(id, model);
		model.addAttribute("pdf", true);
		InnovationPlan plan = (InnovationPlan) model.getAttribute("plan");
		String name = plan.getRound().getYear() + "-" + plan.regionNameIn(locale) + "-announcement.pdf";
		return this.pdfs.render("plans/announcement", model.asMap(), name, locale, request, response);
	}

	/**
	 * What the summary shows: only published facts, whoever reads it (an officer prints
	 * what the public sees), from the copy of the plan's last published decision.
	 */
	void prepare(long id, Model model) {
		PlanCatalog.PlanReading reading = this.plans.published(id)
			.filter((found) -> found.plan().getPublicStatus() != null && found.plan().getPublicStatus().isSelected())
			.orElseThrow(() -> new NotFoundException("announcement", id));
		PlanStatusEvent decided = reading.history()
			.stream()
			.filter((event) -> event.getMeeting() != null)
			.reduce((first, second) -> second)
			.orElse(null);
		model.addAttribute("plan", reading.plan());
		model.addAttribute("planContent", reading.content());
		model.addAttribute("decided", decided);
		model.addAttribute("generatedOn", LocalDate.now(this.clock.withZone(InnovationPlan.SEOUL)));
	}

}
