package kr.go.sandan.complex;

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

	ComplexController(Complexes complexes, Regions regions) {
		this.complexes = complexes;
		this.regions = regions;
	}

	@GetMapping("/complexes")
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) ComplexType type,
			@RequestParam(required = false) Boolean smartGreen, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal PortalUser viewer, Model model) {
		String regionCode = StringUtils.hasText(region) ? region : null;
		Page<ComplexRow> rows = this.complexes.search(regionCode, type, smartGreen, Complexes.Proposals.of(viewer),
				kr.go.sandan.web.Paging.page(page, PAGE_SIZE));
		Map<Long, Region> regionsById = this.regions.all()
			.stream()
			.collect(Collectors.toMap(Region::getId, Function.identity()));
		model.addAttribute("rows", rows);
		model.addAttribute("regionsById", regionsById);
		model.addAttribute("regions",
				regionsById.values().stream().sorted((a, b) -> a.getPosition() - b.getPosition()).toList());
		model.addAttribute("types", ComplexType.values());
		model.addAttribute("selectedRegion", regionCode);
		model.addAttribute("selectedType", type);
		model.addAttribute("selectedSmartGreen", smartGreen);
		return "complexes/list";
	}

}
