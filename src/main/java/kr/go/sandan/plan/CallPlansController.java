package kr.go.sandan.plan;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import kr.go.sandan.round.Calls;
import kr.go.sandan.round.ProposalCall;
import kr.go.sandan.web.JavaPages;

/** Ministry officers follow the plans of a call, and take them away as Excel. */
@Controller
class CallPlansController {

	private final Calls calls;

	private final CallPlans callPlans;

	private final CallPlansHtml html;

	private final JavaPages pages;

	CallPlansController(Calls calls, CallPlans callPlans, CallPlansHtml html, JavaPages pages) {
		this.html = html;
		this.pages = pages;
		this.calls = calls;
		this.callPlans = callPlans;
	}

	@GetMapping("/ministry/calls/{id}/plans")
	ModelAndView plans(@PathVariable long id, Locale locale) {
		ProposalCall call = this.calls.get(id);
		// written in Java, not through the template engine (issue 18)
		return new ModelAndView(this.pages.page(this.html.title(call, locale),
				this.html.content(call, this.callPlans.rows(call.getRound().getId()), locale)));
	}

	@GetMapping("/ministry/calls/{id}/plans.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long id, Locale locale) {
		ProposalCall call = this.calls.get(id);
		byte[] body = this.callPlans.workbook(call.getRound().getId(), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("plans-" + call.getRound().getYear() + "-" + call.getRound().getOrdinal() + ".xlsx")
						.build()
						.toString())
			.body(body);
	}

}
