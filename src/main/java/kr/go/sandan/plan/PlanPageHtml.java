package kr.go.sandan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.web.BreadcrumbHtml;
import kr.go.sandan.web.Dates;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.RenderedHtml;

/**
 * The parts of a plan's page every reader sees around its content, written in Java: the
 * heading (breadcrumb, title, status, period and links) and the items of the milestones
 * and history lists. The template printed each through fragment calls, date formats and a
 * note compared with two messages: after the content was kept, most of a fresh plan
 * page's render (issue 18). The same markup, byte for byte, escaped as {@code th:text}
 * escapes it (checked with {@code scripts/capture-pages.sh} on every plan page, public
 * and ministry, Korean and English); links are written from the root, as the portal is
 * served (no servlet context path).
 */
@Component
class PlanPageHtml {

	private final MessageSource messages;

	/**
	 * Dates as every page writes them (the {@code date.format} message says the same).
	 */
	private final Dates dates;

	PlanPageHtml(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/** A milestone's page title: the plan and which milestone. */
	String milestoneTitle(PlanFacts plan, PlanStatus kind, Locale locale) {
		return HtmlWriter.message(this.messages, locale, "plan.milestone.title", plan.regionNameIn(locale),
				plan.roundYear(), HtmlWriter.message(this.messages, locale, "plan.milestone." + kind));
	}

	/**
	 * A milestone's page around the copy's sections (a kept part), as
	 * {@code plans/milestone.html} wrote it: breadcrumb, title and when the copy was
	 * taken (Korean time).
	 */
	JavaPages.Content milestoneContent(PlanFacts plan, PlanStatus kind, Instant takenAt, RenderedHtml sections,
			Locale locale) {
		String region = plan.regionNameIn(locale);
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("\n  ");
		BreadcrumbHtml
			.write(out, HtmlWriter.message(this.messages, locale, "plan.milestone." + kind),
					new BreadcrumbHtml.Crumb("/plans/" + plan.id(),
							HtmlWriter.message(this.messages, locale, "plan.heading", region, plan.roundYear())))
			.text("\n  <h1>")
			.escaped(milestoneTitle(plan, kind, locale))
			.text("</h1>\n  <p class=\"portal-alert info\" role=\"status\">")
			.message("plan.milestone.frozen", TAKEN_AT.format(takenAt.atZone(Dates.SEOUL)))
			.text("</p>\n  <div id=\"milestone-content\">\n    ");
		return new JavaPages.Content().html(out.toString()).kept(sections).html("\n  </div>\n");
	}

	/** When a milestone's copy was taken, as the page says it. */
	private static final DateTimeFormatter TAKEN_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * The heading of the page: breadcrumb, title with the status the reader may know, the
	 * edit link for those who may edit, a district's period and the announcement, the
	 * region's history, and which kept copy the public reads (for those who follow the
	 * plan).
	 */
	String heading(PlanFacts plan, boolean canEdit, boolean canFollow, Locale locale) {
		String region = plan.regionNameIn(locale);
		String planPath = "/plans/" + plan.id();
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		BreadcrumbHtml
			.write(out, region,
					new BreadcrumbHtml.Crumb("/rounds/" + plan.roundId(),
							HtmlWriter.message(this.messages, locale, "round.name", plan.roundYear(),
									plan.roundOrdinal())))
			.text("\n  <h1>\n    <span>")
			.message("plan.heading", region, plan.roundYear())
			.text("</span>\n    ");
		PlanStatus status = plan.status();
		out.text("<span class=\"krds-badge ")
			.text(StatusBadge.colour(status))
			.text("\">")
			.message("plan.status." + status)
			.text("</span>\n  </h1>\n  ");
		if (canEdit) {
			out.text("<p><a class=\"krds-btn primary\" href=\"")
				.text(planPath)
				.text("/edit\">")
				.message("plan.edit.link")
				.text("</a></p>");
		}
		out.text("\n  \n    ");
		if (status != null && status.isDesignated()) {
			out.text("<p class=\"facts\" id=\"district-period\">");
			if (plan.districtStart() != null) {
				out.message("plan.district.period", this.dates.date(plan.districtStart()),
						this.dates.date(plan.districtEnd()));
			}
			else {
				out.message("plan.district.periodUnknown");
			}
			out.text("</p>");
		}
		out.text("\n    ");
		if (plan.published() && plan.publicStatus() != null && plan.publicStatus().isSelected()) {
			out.text("<p>\n      <a href=\"")
				.text(planPath)
				.text("/announcement\">")
				.message("announcement.link")
				.text("</a></p>");
		}
		String current = plan.currentRegionName();
		out.text("\n  \n  <p class=\"muted\">\n    <a href=\"/regions/")
			.escaped(plan.regionCode().toLowerCase(Locale.ROOT))
			.text("\">")
			.message("plan.regionHistory")
			.text("</a>\n    ");
		if (!Objects.equals(plan.regionName(), current)) {
			out.text("<span>").message("plan.renamed", current).text("</span>");
		}
		out.text("\n  </p>\n\n  ");
		if (canFollow && plan.publicKind() != null) {
			out.text("<p class=\"form-hint\" id=\"public-copy\">\n    <span>")
				.message("plan.publicCopy")
				.text("</span>\n    <a href=\"")
				.text(planPath)
				.text("/milestones/")
				.escaped(plan.publicKind().name())
				.text("\">")
				.message("plan.milestone." + plan.publicKind())
				.text("</a>\n  </p>");
		}
		return out.toString();
	}

	/**
	 * The whole content of the page for a reader who does not follow the plan (no
	 * workflow section, no confirmation beside the copy).
	 * @param sections the content's sections, kept
	 * @param figures the district's figures, kept ({@code null} when it has none)
	 */
	JavaPages.Content readerContent(PlanFacts plan, RenderedHtml sections, RenderedHtml figures,
			List<PlanMilestones.Milestone> milestones, Locale locale) {
		return content(plan, heading(plan, false, false, locale), sections, null, figures, null, milestones, locale);
	}

	/**
	 * The page of a plan inside its content {@code div}: the heading, the content's
	 * sections, the confirmation as decided and the district's figures (kept parts), the
	 * part of those who follow the plan ({@code workflow}, written into the content;
	 * {@code null} for other readers), the milestones and the history.
	 */
	JavaPages.Content content(PlanFacts plan, String heading, RenderedHtml sections, @Nullable RenderedHtml confirmed,
			@Nullable RenderedHtml figures, @Nullable Consumer<JavaPages.Content> workflow,
			List<PlanMilestones.Milestone> milestones, Locale locale) {
		JavaPages.Content content = new JavaPages.Content();
		content.html("\n  ").html(heading).html("\n\n  ").kept(sections).html("\n\n  ");
		if (confirmed != null) {
			content.html("\n    ").kept(confirmed).html("\n  ");
		}
		content.html("\n\n  ");
		if (figures != null) {
			content.html("\n    ").kept(figures).html("\n  ");
		}
		content.html("\n\n  ");
		if (workflow != null) {
			workflow.accept(content);
		}
		content.html("\n\n  ");
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		if (!milestones.isEmpty()) {
			out.text(
					"<section aria-labelledby=\"milestones-heading\" id=\"milestones\">\n    <h2 id=\"milestones-heading\">")
				.message("plan.milestones")
				.text("</h2>\n    <p class=\"form-hint\">")
				.message("plan.milestones.help")
				.text("</p>\n    <ul class=\"plain-list\">")
				.text(milestones(plan.id(), milestones, locale))
				.text("</ul>\n  </section>");
		}
		out.text("\n\n  <section aria-labelledby=\"history\">\n    <h2 id=\"history\">")
			.message("plan.section.history")
			.text("</h2>\n    <ol class=\"timeline\">")
			.text(history(plan.history(), locale))
			.text("</ol>\n    ");
		if (!plan.submitted() && plan.published()) {
			out.text("<p class=\"note\">").message("plan.source").text("</p>");
		}
		out.text("\n  </section>\n");
		return content.html(out.toString());
	}

	/** The milestones' items: a link to each kept copy and when it was taken. */
	String milestones(long planId, List<PlanMilestones.Milestone> milestones, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		for (PlanMilestones.Milestone milestone : milestones) {
			out.text("\n      <li>\n        <a href=\"/plans/")
				.text(Long.toString(planId))
				.text("/milestones/")
				.escaped(milestone.kind().name())
				.text("\">")
				.message("plan.milestone." + milestone.kind())
				.text("</a>\n        <span class=\"muted\">")
				.escaped(this.dates.dateTime(milestone.takenAt()))
				.text("</span>\n      </li>");
		}
		return out.text("\n    ").toString();
	}

	/**
	 * The history's items: when, the status, the note unless it only repeats the status's
	 * name (in the reader's language or in Korean, as the release wrote it), the meeting.
	 */
	String history(List<PlanFacts.Step> steps, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		for (PlanFacts.Step event : steps) {
			out.text("\n      <li>\n        <span class=\"when\">");
			LocalDate on = event.occurredOn();
			if (on != null) {
				out.escaped(this.dates.date(on));
			}
			else {
				out.message("common.dateUnknown");
			}
			String status = "plan.status." + event.status();
			out.text("</span>\n        <span class=\"krds-badge ")
				.text(StatusBadge.colour(event.status()))
				.text("\">")
				.message(status)
				.text("</span>\n        ");
			String note = event.note();
			if (note != null && !note.equals(HtmlWriter.message(this.messages, locale, status))
					&& !note.equals(this.messages.getMessage(status, null, Locale.KOREAN))) {
				out.text("<span>").escaped(note).text("</span>");
			}
			out.text("\n        ");
			if (event.meeting() != null) {
				out.text("<span class=\"muted\">").escaped("· " + event.meeting()).text("</span>");
			}
			out.text("\n      </li>");
		}
		return out.text("\n    ").toString();
	}

}
