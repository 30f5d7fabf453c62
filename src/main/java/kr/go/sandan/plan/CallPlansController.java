package kr.go.sandan.plan;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.go.sandan.round.Calls;
import kr.go.sandan.round.ProposalCall;

/** Ministry officers follow the plans of a call, and take them away as Excel. */
@Controller
class CallPlansController {

	private final Calls calls;

	private final CallPlans callPlans;

	CallPlansController(Calls calls, CallPlans callPlans) {
		this.calls = calls;
		this.callPlans = callPlans;
	}

	@GetMapping("/ministry/calls/{id}/plans")
	String plans(@PathVariable long id, Model model) {
		ProposalCall call = this.calls.get(id);
		model.addAttribute("call", call);
		model.addAttribute("rows", this.callPlans.rows(call.getRound().getId()));
		return "plans/call-plans";
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
