package kr.go.sandan.plan;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.region.Regions;
import kr.go.sandan.web.JavaPages;
import kr.go.sandan.web.NotFoundException;

/** The regions, and each region's history in the program. */
@Controller
class RegionController {

	private final Regions regions;

	private final RegionPageReads reads;

	private final JavaPages pages;

	private final RegionPageHtml html;

	RegionController(Regions regions, RegionPageReads reads, JavaPages pages, RegionPageHtml html) {
		this.regions = regions;
		this.reads = reads;
		this.pages = pages;
		this.html = html;
	}

	@GetMapping("/regions")
	String regions(Model model) {
		model.addAttribute("regions", this.regions.reference());
		return "regions/list";
	}

	@GetMapping("/regions/{code}")
	ModelAndView region(@PathVariable String code, @AuthenticationPrincipal PortalUser viewer, Locale locale) {
		RegionPageReads.RegionPage page = this.reads.read(code, viewer)
			.orElseThrow(() -> new NotFoundException("region", code));
		// written in Java, not through the template engine (issue 18)
		return new ModelAndView(this.pages.page(page.region().currentNameIn(locale), this.html.content(page, locale)));
	}

}
