package kr.go.sandan.evaluation;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.web.BreadcrumbHtml;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.Numbers;

/**
 * An evaluator's inbox ({@code /evaluations}), written in Java (issue 18): every
 * committee the evaluator sat on, with each plan's sheet, status and own total. The
 * template engine spent nearly half of the page on its rows for ten years' committees
 * (170 rows). The markup is what {@code evaluation/inbox.html} wrote, byte for byte on
 * the synthetic ten years, Korean and English (compared on a real server); the states
 * those lack (pledge first, not started, a refusal, excluded, reopened) are held by
 * {@code ConflictOfInterestTest} and {@code WorkListTest}. Text is escaped as
 * {@code th:text} escapes it.
 */
@Component
class EvaluatorInboxHtml {

	private final MessageSource messages;

	private final Numbers numbers;

	EvaluatorInboxHtml(MessageSource messages, Numbers numbers) {
		this.messages = messages;
		this.numbers = numbers;
	}

	/** The page's content; {@code error} the refusal a redirect brought, if any. */
	JavaPages.Content content(List<Evaluations.InboxPanel> panels, @Nullable String error, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		BreadcrumbHtml.fromMyWork(out.text("\n  "), HtmlWriter.message(this.messages, locale, "evaluation.inbox.title"))
			.text("\n  <h1>")
			.message("evaluation.inbox.title")
			.text("</h1>\n  <p><a id=\"annual-inbox-link\" href=\"/evaluations/annual\">")
			.message("annual.inbox.title")
			.text("</a></p>\n  ");
		if (error != null) {
			out.text("<div class=\"portal-alert error\" role=\"alert\">").escaped(error).text("</div>");
		}
		out.text("\n  ");
		if (panels.isEmpty()) {
			out.text("<p>").message("me.evaluator.none").text("</p>");
		}
		out.text("\n  ");
		for (int i = 0; i < panels.size(); i++) {
			if (i > 0) {
				out.text("\n  ");
			}
			panel(out, panels.get(i), locale);
		}
		return new JavaPages.Content().html(out.text("\n").toString());
	}

	private void panel(HtmlWriter out, Evaluations.InboxPanel panel, Locale locale) {
		String id = "panel-" + panel.panelId();
		out.text("<section class=\"role-section\" aria-labelledby=\"")
			.text(id)
			.text("\">\n    <h2 id=\"")
			.text(id)
			.text("\">\n      <span>")
			.message("evaluation.panel.title", panel.year(), panel.ordinal())
			.text("</span>\n      <span class=\"krds-badge bg-light-primary\">")
			.message("evaluation.stage." + panel.stage())
			.text("</span>\n    </h2>\n    ");
		if (panel.pledgeSignedAt() == null) {
			out.text("\n      <p class=\"portal-alert warning\">")
				.message("evaluation.inbox.pledgeFirst")
				.text("</p>\n      <p><a class=\"krds-btn primary\" href=\"/evaluations/")
				.text(Long.toString(panel.panelId()))
				.text("/pledge\">")
				.message("evaluation.pledge.open")
				.text("</a></p>\n    ");
		}
		out.text("\n    ");
		if (panel.pledgeSignedAt() != null && panel.stage() == PanelStage.FORMING) {
			out.text("<p>").message("evaluation.inbox.notStarted").text("</p>");
		}
		out.text("\n    ");
		if (panel.isOpenForScoring() && !panel.items().isEmpty()) {
			items(out, panel.items(), locale);
		}
		out.text("\n  </section>");
	}

	private void items(HtmlWriter out, List<Evaluations.InboxItem> items, Locale locale) {
		out.text(
				"<div class=\"krds-table-wrap\">\n      <table class=\"tbl data evaluation-inbox\">\n        <caption>")
			.message("evaluation.inbox.caption")
			.text("</caption>\n        <thead><tr>\n          <th scope=\"col\">")
			.message("plan.region")
			.text("</th>\n          <th scope=\"col\">")
			.message("evaluation.sheet.status")
			.text("</th>\n          <th scope=\"col\">")
			.message("evaluation.inbox.ownTotal")
			.text("</th>\n          <th scope=\"col\">")
			.message("evaluation.inbox.action")
			.text("</th>\n        </tr></thead>\n        <tbody>\n        ");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				out.text("\n        ");
			}
			item(out, items.get(i), locale);
		}
		out.text("\n        </tbody>\n      </table>\n    </div>");
	}

	private void item(HtmlWriter out, Evaluations.InboxItem item, Locale locale) {
		boolean submitted = item.status() == SheetStatus.SUBMITTED;
		out.text("<tr>\n          <th scope=\"row\">")
			.escaped(item.plan().regionNameIn(locale))
			.text("</th>\n          <td>\n            ");
		if (item.excluded()) {
			out.text("<span class=\"krds-badge bg-light-danger\">").message("evaluation.cell.excluded").text("</span>");
		}
		out.text("\n            ");
		if (!item.excluded()) {
			out.text("<span>").message("evaluation.sheet.status." + item.status()).text("</span>");
		}
		out.text("\n            ");
		if (item.reopenedReason() != null && !submitted && !item.excluded()) {
			out.text("<span class=\"muted\">")
				.message("evaluation.inbox.reopened", item.reopenedReason())
				.text("</span>");
		}
		out.text("\n          </td>\n          <td class=\"num\">")
			.escaped(item.excluded() ? "" : this.numbers.decimal(item.total()))
			.text("</td>\n          <td>\n            ");
		if (!item.excluded()) {
			out.text("<a href=\"/evaluations/sheets/")
				.text(Long.toString(item.sheetId()))
				.text("\">")
				.message(submitted ? "evaluation.inbox.view" : "evaluation.inbox.score")
				.text("</a>");
		}
		out.text("\n          </td>\n        </tr>");
	}

}
