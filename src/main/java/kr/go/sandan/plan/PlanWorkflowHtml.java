package kr.go.sandan.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.web.Dates;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;

/**
 * The part of a plan's page only those who follow it read, written in Java (issue 18):
 * the versions submitted with their documents, the working copy's documents, the revision
 * requests, and the forms to request a revision (the ministry) and to withdraw the plan.
 * {@code plans/detail.html} wrote it through the template engine, a seventh of the
 * ministry's plan page; the markup is the same, escaped as {@code th:text} escapes it,
 * each form with its CSRF field, what was typed back in the fields after a refusal.
 */
@Component
class PlanWorkflowHtml {

	private final MessageSource messages;

	private final Dates dates;

	PlanWorkflowHtml(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * What the reader may do with the plan and what a refused request left.
	 *
	 * @param canRequestRevision whether the reader may ask for a revision now
	 * @param commentedProjects the projects the revision form asks about, by key task
	 * ({@code null} when it asks about none)
	 * @param reviewError the message key of a refused revision request ({@code null} for
	 * none)
	 * @param reviewEntered what was typed in the refused revision request
	 * @param canWithdraw whether the reader may withdraw the plan
	 * @param withdrawError the message key of a refused withdrawal
	 * @param withdrawReason the reason typed in the refused withdrawal
	 */
	record Actions(boolean canRequestRevision, @Nullable List<PlanContent.Task> commentedProjects,
			@Nullable String reviewError, @Nullable Map<String, String> reviewEntered, boolean canWithdraw,
			@Nullable String withdrawError, @Nullable String withdrawReason) {
	}

	/** The section, from its opening tag to its closing one, into the page's content. */
	void write(JavaPages.Content content, long planId, PlanWorkflow.Submissions submissions, Actions actions,
			Locale locale) {
		String planPath = "/plans/" + planId;
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("<section aria-labelledby=\"workflow\" id=\"workflow-section\">\n    <h2 id=\"workflow\">")
			.message("plan.section.workflow")
			.text("</h2>\n    ");
		if (actions.reviewError() != null && !actions.canRequestRevision()) {
			out.text("<div class=\"portal-alert error\" role=\"alert\">").message(actions.reviewError()).text("</div>");
		}
		out.text("\n    ");
		List<PlanWorkflow.Version> versions = submissions.versions();
		if (versions.isEmpty()) {
			out.text("<p>").message("plan.versions.none").text("</p>");
		}
		out.text("\n    ");
		if (!versions.isEmpty()) {
			List<PlanWorkflow.Document> latest = submissions.latestDocuments();
			out.text("<ul class=\"plain-list\" id=\"versions\">");
			PlanWorkflow.Version previous = null;
			for (PlanWorkflow.Version version : versions) {
				out.text("\n      <li>\n        <span>")
					.message("plan.version.line", version.number(), this.dates.dateTime(version.submittedAt()),
							version.submittedBy())
					.text("</span>\n        ");
				if (previous != null) {
					out.text("<a href=\"")
						.text(planPath)
						.text("/compare?from=")
						.number(previous.number())
						.text("&amp;to=")
						.number(version.number())
						.text("\">")
						.message("plan.version.compareWithPrevious")
						.text("</a>");
				}
				out.text("\n        ");
				if (!version.documents().isEmpty()) {
					out.text("<ul class=\"plain-list compact version-documents\">\n          ");
					for (PlanWorkflow.Document document : version.documents()) {
						document(out, planPath, document, latest.contains(document) ? Mark.CURRENT : Mark.REPLACED);
					}
					out.text("\n        </ul>");
				}
				out.text("\n      </li>");
				previous = version;
			}
			out.text("\n    </ul>");
		}
		out.text("\n    ");
		if (!submissions.attachments().isEmpty()) {
			out.text("<ul class=\"plain-list\" id=\"attachments\">\n      ");
			for (PlanWorkflow.Document document : submissions.attachments()) {
				document(out, planPath, document, Mark.NONE);
			}
			out.text("\n    </ul>");
		}
		out.text("\n    ");
		boolean first = true;
		for (PlanWorkflow.Request request : submissions.requests()) {
			out.text(first ? "" : "\n    ")
				.text("<div class=\"revision-request\">\n      <h3>")
				.message("review.request.heading", request.versionNumber(), this.dates.dateTime(request.requestedAt()),
						request.requestedBy())
				.text("</h3>\n      <dl class=\"summary\">\n        ");
			String separator = "";
			for (Map.Entry<String, String> comment : request.comments().entrySet()) {
				out.text(separator)
					.text("<div><dt>")
					.message("review.section." + comment.getKey())
					.text("</dt><dd>")
					.escaped(comment.getValue())
					.text("</dd></div>");
				separator = "\n        ";
			}
			out.text("\n        ");
			separator = "";
			for (PlanWorkflow.ProjectComment comment : request.projectComments()) {
				out.text(separator)
					.text("<div><dt>")
					.message("review.project", comment.projectName())
					.text("</dt><dd>")
					.escaped(comment.comment())
					.text("</dd></div>");
				separator = "\n        ";
			}
			out.text("\n      </dl>\n    </div>");
			first = false;
		}
		out.text("\n    ");
		if (actions.canRequestRevision()) {
			out = openForm(content, out, planPath + "/revision-request", "revision-form", locale);
			revisionForm(out, actions);
		}
		out.text("\n    ");
		if (actions.withdrawError() != null) {
			out.text("<div class=\"portal-alert error\" role=\"alert\" id=\"withdraw-error\">")
				.message(actions.withdrawError())
				.text("</div>");
		}
		out.text("\n    ");
		if (actions.canWithdraw()) {
			out = openForm(content, out, planPath + "/withdraw", "withdraw-form", locale);
			out.text("\n      <h3>")
				.message("plan.withdraw")
				.text("</h3>\n      <p class=\"form-hint\">")
				.message("plan.withdraw.help")
				.text("</p>\n      <div class=\"form-group\">\n        <div class=\"form-tit\"><label for=\"withdraw-reason\">")
				.message("plan.withdraw.reason")
				.text("</label></div>\n        <div class=\"form-conts\"><input type=\"text\" class=\"krds-input\""
						+ " id=\"withdraw-reason\" name=\"reason\" maxlength=\"500\" value=\"")
				.escaped(actions.withdrawReason())
				.text("\"></div>\n      </div>\n      <button type=\"submit\" class=\"krds-btn tertiary\">")
				.message("plan.withdraw.submit")
				.text("</button>\n    </form>");
		}
		out.text("\n  </section>");
		content.html(out.toString());
	}

	/**
	 * A form's opening tag and its CSRF field, after what {@code out} holds; answers the
	 * writer of what follows.
	 */
	private HtmlWriter openForm(JavaPages.Content content, HtmlWriter out, String action, String id, Locale locale) {
		out.text("<form method=\"post\" action=\"")
			.text(action)
			.text("\" class=\"stacked-form\" id=\"")
			.text(id)
			.text("\">");
		content.html(out.toString()).csrf();
		return new HtmlWriter(this.messages, locale);
	}

	/** The revision form after its opening tag and CSRF field. */
	private void revisionForm(HtmlWriter out, Actions actions) {
		Map<String, String> entered = actions.reviewEntered();
		out.text("\n      <h3>").message("review.request.form").text("</h3>\n      ");
		if (actions.reviewError() != null) {
			out.text("<div class=\"portal-alert error\" role=\"alert\" id=\"review-error\">")
				.message(actions.reviewError())
				.text("</div>");
		}
		out.text("\n      <p class=\"form-hint\">").message("review.request.help").text("</p>");
		for (String section : PlanReview.COMMENT_SECTIONS) {
			out.text("\n      <div class=\"form-group\">\n        <div class=\"form-tit\"><label for=\"comment-")
				.text(section)
				.text("\">")
				.message("review.section." + section)
				.text("</label></div>\n        <div class=\"form-conts\"><textarea class=\"krds-input\" rows=\"2\""
						+ " maxlength=\"2000\" id=\"comment-")
				.text(section)
				.text("\" name=\"comment.")
				.text(section)
				.text("\">")
				.escaped((entered != null) ? entered.get("comment." + section) : null)
				.text("</textarea></div>\n      </div>");
		}
		out.text("\n      ");
		if (actions.commentedProjects() != null) {
			out.text(
					"<fieldset class=\"plain-fieldset\" id=\"project-comments\">\n        <legend class=\"section-legend\">")
				.message("review.projects")
				.text("</legend>\n        <p class=\"form-hint\">")
				.message("review.projects.help")
				.text("</p>\n        ");
			for (PlanContent.Task task : actions.commentedProjects()) {
				for (PlanContent.Project project : task.projects()) {
					String id = String.valueOf(project.id());
					out.text(
							"\n          <div class=\"form-group\">\n            <div class=\"form-tit\"><label for=\"project-comment-")
						.text(id)
						.text("\">")
						.message("review.project", project.name())
						.text("</label></div>\n            <div class=\"form-conts\"><textarea class=\"krds-input\" rows=\"2\""
								+ " id=\"project-comment-")
						.text(id)
						.text("\" name=\"projectComment.")
						.text(id)
						.text("\" maxlength=\"2000\">")
						.escaped((entered != null) ? entered.get("projectComment." + id) : null)
						.text("</textarea></div>\n          </div>");
				}
				out.text("\n        ");
			}
			out.text("\n      </fieldset>");
		}
		out.text("\n      <button type=\"submit\" class=\"krds-btn secondary\">")
			.message("review.request.submit")
			.text("</button>\n    </form>");
	}

	/** How a document shows beside a version. */
	private enum Mark {

		/** In the last version submitted. */
		CURRENT,
		/** Replaced by a later version. */
		REPLACED,
		/** The working copy's (no mark). */
		NONE

	}

	/** A document's item: its kind, its file (a link) and its checksum. */
	private static void document(HtmlWriter out, String planPath, PlanWorkflow.Document document, Mark mark) {
		out.text((mark == Mark.REPLACED) ? "<li class=\"replaced-document\">" : "<li>")
			.text("\n    <span>")
			.escaped(document.document());
		if (document.document() == null) {
			out.message("attachment.other");
		}
		out.text("</span>:\n    <a href=\"")
			.text(planPath)
			.text("/attachments/")
			.text(Long.toString(document.id()))
			.text("\">")
			.escaped(document.fileName())
			.text("</a>\n    ");
		if (mark == Mark.CURRENT) {
			out.text("<span class=\"krds-badge small bg-light-primary\">")
				.message("attachment.current")
				.text("</span>");
		}
		out.text("\n    ");
		if (mark == Mark.REPLACED) {
			out.text("<span class=\"krds-badge small bg-light-gray\">")
				.message("attachment.replacedLater")
				.text("</span>");
		}
		out.text("\n    <span class=\"muted\">SHA-256 ").escaped(document.sha256()).text("</span>\n  </li>");
	}

}
