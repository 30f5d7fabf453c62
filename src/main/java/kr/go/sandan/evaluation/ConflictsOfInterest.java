package kr.go.sandan.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.Evaluators;
import kr.go.sandan.region.RegionName;
import kr.go.sandan.region.Regions;

/**
 * The conflicts of interest the portal finds on its own between an evaluator and a
 * region, by {@link ConflictRule}: one rule for a call's plans and a district's annual
 * evaluation alike.
 */
@Service
@Transactional(readOnly = true)
public class ConflictsOfInterest {

	private final Regions regions;

	ConflictsOfInterest(Regions regions) {
		this.regions = regions;
	}

	/** The rule with every region's names and 시·군 (one read of the regions). */
	public Finder finder() {
		return new Finder(new ConflictRule(this.regions.allWithDistricts()
			.stream()
			.map((region) -> new ConflictRule.Place(region.getId(),
					region.getNames().stream().map(RegionName::getName).collect(Collectors.toSet()),
					region.getNames().stream().map(RegionName::getShortName).collect(Collectors.toSet()),
					region.getDistricts()))
			.toList()));
	}

	/** Finds the conflicts of evaluators with regions. */
	public static final class Finder {

		private final ConflictRule rule;

		Finder(ConflictRule rule) {
			this.rule = rule;
		}

		/**
		 * Why the evaluator may not evaluate the region's plan or district, each reason
		 * with what it rests on (the region or the affiliation); empty when nothing does.
		 */
		public Map<ConflictReason, String> reasons(Evaluators.Profile profile, long regionId) {
			Map<ConflictReason, String> found = new LinkedHashMap<>();
			for (ConflictReason reason : this.rule.reasons(
					new ConflictRule.Evaluator(profile.regionId(), profile.homeRegionId(), profile.affiliation()),
					regionId)) {
				found.put(reason, switch (reason) {
					case OWN_REGION -> profile.regionName();
					case HOME_REGION -> profile.homeRegionName();
					default -> profile.affiliation();
				});
			}
			return found;
		}

	}

}
