package kr.go.sandan.audit;

import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators and ministry officers, filtered and paged. */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditQuery query;

	AuditController(AuditQuery query) {
		this.query = query;
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY')")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String objectType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("events",
				this.query.search(actor, action, objectType, from, to, kr.go.sandan.web.Paging.page(page, PAGE_SIZE)));
		model.addAttribute("actions", this.query.actions());
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("objectType", objectType);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/list";
	}

}
