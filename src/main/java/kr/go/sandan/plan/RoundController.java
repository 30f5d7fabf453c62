package kr.go.sandan.plan;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import kr.go.sandan.region.RegionNames;
import kr.go.sandan.round.AnnouncedCall;
import kr.go.sandan.round.Calls;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.NotFoundException;
import kr.go.sandan.web.PageValidity;

/**
 * A round with its call and the regions whose plans were announced in it, in 가나다 order
 * (alphabetical in English) as the release lists them.
 */
@Controller
class RoundController {

	private final RoundPageReads reads;

	private final RegionNames names;

	private final Calls calls;

	private final JavaPages pages;

	private final RoundPageHtml html;

	RoundController(RoundPageReads reads, RegionNames names, Calls calls, JavaPages pages, RoundPageHtml html) {
		this.reads = reads;
		this.names = names;
		this.calls = calls;
		this.pages = pages;
		this.html = html;
	}

	@GetMapping("/rounds/{id}")
	ModelAndView round(@PathVariable long id, Locale locale) {
		// what each plan said when its last decision was published, not what it says now
		RoundPageReads.RoundPage page = this.reads.read(id).orElseThrow(() -> new NotFoundException("round", id));
		// regions in 가나다 order (alphabetical in English)
		Collator collator = Collator.getInstance(locale);
		List<PublishedPlan> plans = page.plans()
			.stream()
			.sorted(Comparator.comparing((PublishedPlan plan) -> this.names.in(plan.regionName(), locale), collator))
			.toList();
		Instant now = this.calls.now();
		AnnouncedCall call = page.call();
		if (call != null) {
			// the call's phase is on the page: kept only until it changes
			PageValidity.until(call.nextPhaseChange(now));
		}
		// written in Java, not through the template engine (issue 18)
		return new ModelAndView(this.pages.page(this.html.title(page.round(), locale), this.html
			.content(new RoundPageHtml.Round(page.round(), call, now, plans, page.complexRows()), locale)));
	}

}
