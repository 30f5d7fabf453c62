package kr.go.sandan.complex;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;
import kr.go.sandan.web.HtmlWriter;
import kr.go.sandan.web.JavaPages;

/**
 * The list of industrial complexes, filtered by region, type and Smart Green designation.
 */
@Controller
class ComplexController {

	static final int PAGE_SIZE = 50;

	private final Complexes complexes;

	private final Regions regions;

	private final ComplexRowsHtml rowsHtml;

	private final ComplexPageHtml pageHtml;

	private final JavaPages pages;

	private final MessageSource messages;

	ComplexController(Complexes complexes, Regions regions, ComplexRowsHtml rowsHtml, ComplexPageHtml pageHtml,
			JavaPages pages, MessageSource messages) {
		this.pageHtml = pageHtml;
		this.pages = pages;
		this.messages = messages;
		this.complexes = complexes;
		this.regions = regions;
		this.rowsHtml = rowsHtml;
	}

	@GetMapping("/complexes")
	ModelAndView list(@RequestParam(required = false) String region, @RequestParam(required = false) String type,
			@RequestParam(required = false) String smartGreen, @RequestParam(required = false) String name,
			@RequestParam(required = false) String page, @AuthenticationPrincipal PortalUser viewer, Locale locale) {
		List<Region> regions = this.regions.reference();
		ComplexFilter filter = ComplexFilter.read(region, type, smartGreen, page,
				regions.stream().map(Region::getCode).toList());
		String nameText = StringUtils.hasText(name) ? clean(name) : null;
		Page<ComplexRow> rows = this.complexes.search(filter.region(), filter.type(), filter.smartGreen(), nameText,
				Complexes.Proposals.of(viewer), kr.go.sandan.web.Paging.page(filter.page(), PAGE_SIZE));
		Map<Long, Region> regionsById = regions.stream().collect(Collectors.toMap(Region::getId, Function.identity()));
		// written in Java, rows and page alike, not by the template engine (issue 18)
		return new ModelAndView(this.pages.page(HtmlWriter.message(this.messages, locale, "complexes.title"),
				this.pageHtml.content(rows, this.rowsHtml.rows(rows.getContent(), regionsById, locale), regions, filter,
						nameText, locale)));
	}

	/** A name to look for: control characters dropped, at most 100 characters. */
	static String clean(String name) {
		String kept = name.codePoints()
			.filter((c) -> !Character.isISOControl(c) && !Character.isSurrogate((char) c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		return (kept.length() > 100) ? kept.substring(0, 100) : kept;
	}

}
