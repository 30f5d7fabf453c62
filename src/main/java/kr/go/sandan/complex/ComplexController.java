package kr.go.sandan.complex;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;

/**
 * The list of industrial complexes, filtered by region, type and Smart Green designation.
 */
@Controller
class ComplexController {

	static final int PAGE_SIZE = 50;

	private final Complexes complexes;

	private final Regions regions;

	private final ComplexRowsHtml rowsHtml;

	ComplexController(Complexes complexes, Regions regions, ComplexRowsHtml rowsHtml) {
		this.complexes = complexes;
		this.regions = regions;
		this.rowsHtml = rowsHtml;
	}

	@GetMapping("/complexes")
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) ComplexType type,
			@RequestParam(required = false) Boolean smartGreen, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PortalUser viewer, Locale locale,
			Model model) {
		String regionCode = StringUtils.hasText(region) ? region : null;
		String nameText = StringUtils.hasText(name) ? clean(name) : null;
		Page<ComplexRow> rows = this.complexes.search(regionCode, type, smartGreen, nameText,
				Complexes.Proposals.of(viewer), kr.go.sandan.web.Paging.page(page, PAGE_SIZE));
		Map<Long, Region> regionsById = this.regions.reference()
			.stream()
			.collect(Collectors.toMap(Region::getId, Function.identity()));
		model.addAttribute("rows", rows);
		// written in Java, not cell by cell by the template engine (issue 18)
		model.addAttribute("rowsHtml", this.rowsHtml.rows(rows.getContent(), regionsById, locale));
		model.addAttribute("regions",
				regionsById.values().stream().sorted((a, b) -> a.getPosition() - b.getPosition()).toList());
		model.addAttribute("types", ComplexType.values());
		model.addAttribute("selectedRegion", regionCode);
		model.addAttribute("selectedType", type);
		model.addAttribute("selectedSmartGreen", smartGreen);
		model.addAttribute("selectedName", nameText);
		return "complexes/list";
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
