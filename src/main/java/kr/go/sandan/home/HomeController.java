package kr.go.sandan.home;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import kr.go.sandan.round.AnnouncedCall;
import kr.go.sandan.round.CallPhase;
import kr.go.sandan.round.Calls;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.PageValidity;

/**
 * The program at a glance: what it is, the calls open now or soon, its rounds, and Smart
 * Green progress.
 */
@Controller
class HomeController {

	private final HomePageReads reads;

	private final Calls calls;

	private final JavaPages pages;

	private final HomePageHtml html;

	private final MessageSource messages;

	HomeController(HomePageReads reads, Calls calls, JavaPages pages, HomePageHtml html, MessageSource messages) {
		this.reads = reads;
		this.calls = calls;
		this.pages = pages;
		this.html = html;
		this.messages = messages;
	}

	@GetMapping("/")
	ModelAndView home(Locale locale) {
		Instant now = this.calls.now();
		HomePageReads.HomePage page = this.reads.read();
		List<AnnouncedCall> announced = page.announced();
		// the page says which call is open: it is kept only until one opens or closes
		announced.forEach((call) -> PageValidity.until(call.nextPhaseChange(now)));
		// written in Java, not through the template engine (issue 18)
		return new ModelAndView(this.pages.page(HtmlWriter.message(this.messages, locale, "home.title"),
				this.html.content(page.rounds(),
						announced.stream().filter((call) -> call.phase(now) != CallPhase.CLOSED).toList(),
						announced.stream()
							.collect(Collectors.toMap(AnnouncedCall::roundId, Function.identity(), (a, b) -> a)),
						page.statusCounts(), page.smartGreen(), now, locale)));
	}

}
