package kr.go.sandan.round;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.go.sandan.web.BreadcrumbHtml;
import kr.go.sandan.web.Dates;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;

/**
 * The notice board's content, written in Java (issue 18): the announced calls with their
 * periods, phases and notices counted. The markup is what {@code round/board.html} wrote,
 * byte for byte (public and ministry, Korean and English, compared with
 * {@code scripts/capture-pages.sh}); text is escaped as {@code th:text} escapes it.
 */
@Component
class BoardPageHtml {

	private final MessageSource messages;

	private final Dates dates;

	BoardPageHtml(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/** The page's title. */
	String title(Locale locale) {
		return HtmlWriter.message(this.messages, locale, "board.title");
	}

	/** The page's content: the calls announced, the latest period first. */
	JavaPages.Content content(List<AnnouncedCall> calls, Instant now, Locale locale) {
		HtmlWriter out = new HtmlWriter(this.messages, locale);
		out.text("\n  ");
		BreadcrumbHtml.write(out, title(locale))
			.text("\n  <h1>")
			.message("board.title")
			.text("</h1>\n  <p class=\"lead\">")
			.message("board.intro")
			.text("</p>\n  ");
		if (calls.isEmpty()) {
			out.text("<p>").message("board.none").text("</p>");
		}
		out.text("\n  ");
		if (!calls.isEmpty()) {
			out.text("<div class=\"krds-table-wrap\">\n    <table class=\"tbl data\" id=\"board\">\n      <caption>")
				.message("board.caption")
				.text("</caption>\n      <thead><tr>\n        <th scope=\"col\">")
				.message("board.call")
				.text("</th>\n        <th scope=\"col\">")
				.message("call.period")
				.text("</th>\n        <th scope=\"col\">")
				.message("call.state")
				.text("</th>\n        <th scope=\"col\">")
				.message("call.notices")
				.text("</th>\n      </tr></thead>\n      <tbody>");
			for (AnnouncedCall call : calls) {
				out.text("\n      <tr>\n        <th scope=\"row\"><a href=\"/calls/")
					.text(Long.toString(call.id()))
					.text("\">")
					.message("call.heading", call.roundYear(), call.roundOrdinal())
					.text("</a></th>\n        <td>");
				CallPartsHtml.period(out, call.opensAt(), call.closesAt(), this.dates).text("</td>\n        <td>");
				CallPartsHtml.phase(out, call.phase(now))
					.text("</td>\n        <td class=\"num\">")
					.number(call.noticeCount())
					.text("</td>\n      </tr>");
			}
			out.text("\n      </tbody>\n    </table>\n  </div>");
		}
		return new JavaPages.Content().html(out.text("\n").toString());
	}

}
