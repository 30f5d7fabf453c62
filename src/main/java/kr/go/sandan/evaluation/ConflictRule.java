package kr.go.sandan.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The conflicts of interest the portal finds on its own between an evaluator and an
 * applicant region. An evaluator conflicts with a region's plan when
 * <ul>
 * <li>their account belongs to that region's staff, whatever other roles it holds
 * ({@link ConflictReason#OWN_REGION});</li>
 * <li>it is their home region ({@link ConflictReason#HOME_REGION});</li>
 * <li>their affiliation names the region ({@link ConflictReason#AFFILIATION}), read as
 * follows, in this order:
 * <ol>
 * <li>a full name of the region, current or former, anywhere in the text: "전라북도경제통상진흥원"
 * names 전북특별자치도, once called 전라북도;</li>
 * <li>one of its 시·군, at the start of a word: "창원시청" names 경상남도. A 시·군 whose name several
 * regions share (고성군, 강원 and 경남) names the one the affiliation also names in full ("경기도
 * 광주시청": 경기도, not 광주광역시); named alone, it names every region that has it, and "광주시" also
 * the metropolitan city its colloquial name stands for (광주광역시 is called 광주시 too): the
 * rule excludes rather than lets a doubt through;</li>
 * <li>a short name (경남, 광주) at the start of a word, where it is not part of a name
 * already read: "경남테크노파크" names 경상남도, "한국산업단지공단 광주지역본부" 광주광역시, but "광주시" in "경기도 광주시청" is
 * 경기도's city and "대전" in "산업대전환연구소" is no word of its own.</li>
 * </ol>
 * A word starts at the beginning of the text, after anything that is not a Hangul
 * syllable (space, bracket, punctuation) or right after a name read before it
 * ("대구경북과학기술원" names 대구 and 경북).</li>
 * </ul>
 */
final class ConflictRule {

	/**
	 * How a region may be named: its full names (every period), short names and 시·군.
	 */
	record Place(long regionId, Set<String> names, Set<String> shortNames, Set<String> districts) {
	}

	/**
	 * What the rule knows of an evaluator.
	 *
	 * @param ownRegionId the region whose staff the account belongs to, if any
	 * @param homeRegionId the region they live or mainly work in, if known
	 */
	record Evaluator(Long ownRegionId, Long homeRegionId, String affiliation) {
	}

	private final List<Place> places;

	ConflictRule(List<Place> places) {
		this.places = List.copyOf(places);
	}

	/**
	 * Why the evaluator may not evaluate a plan of the region; empty when nothing does.
	 */
	Set<ConflictReason> reasons(Evaluator evaluator, long regionId) {
		Set<ConflictReason> reasons = EnumSet.noneOf(ConflictReason.class);
		if (Objects.equals(evaluator.ownRegionId(), regionId)) {
			reasons.add(ConflictReason.OWN_REGION);
		}
		if (Objects.equals(evaluator.homeRegionId(), regionId)) {
			reasons.add(ConflictReason.HOME_REGION);
		}
		if (regionsNamedBy(evaluator.affiliation()).contains(regionId)) {
			reasons.add(ConflictReason.AFFILIATION);
		}
		return reasons;
	}

	/** The regions an affiliation names, by id (see the class comment). */
	Set<Long> regionsNamedBy(String affiliation) {
		Set<Long> named = new LinkedHashSet<>();
		if (affiliation == null || affiliation.isBlank()) {
			return named;
		}
		String text = affiliation.strip();
		boolean[] read = new boolean[text.length()];
		for (Place place : this.places) {
			for (String name : place.names()) {
				for (int at : occurrences(text, name, read, false)) {
					named.add(place.regionId());
					mark(read, at, name.length());
				}
			}
		}
		Set<Long> explicit = Set.copyOf(named);
		Map<String, List<Place>> byDistrict = new LinkedHashMap<>();
		for (Place place : this.places) {
			place.districts()
				.forEach((district) -> byDistrict.computeIfAbsent(district, (key) -> new ArrayList<>()).add(place));
		}
		byDistrict.forEach((district, owners) -> {
			for (int at : occurrences(text, district, read, true)) {
				List<Long> candidates = owners.stream().map(Place::regionId).filter(explicit::contains).toList();
				if (candidates.isEmpty()) {
					owners.forEach((owner) -> named.add(owner.regionId()));
					// 광주시 alone may be the metropolitan city's colloquial name
					this.places.stream()
						.filter((place) -> place.shortNames().stream().anyMatch((name) -> district.equals(name + "시")))
						.forEach((place) -> named.add(place.regionId()));
				}
				else {
					named.addAll(candidates);
				}
				mark(read, at, district.length());
			}
		});
		// left to right, so that a name read starts the word after it
		for (int at = 0; at < text.length(); at++) {
			if (read[at] || !startsWord(text, read, at)) {
				continue;
			}
			for (Place place : this.places) {
				for (String name : place.shortNames()) {
					if (!name.isEmpty() && text.startsWith(name, at) && isUnread(read, at, name.length())) {
						named.add(place.regionId());
						mark(read, at, name.length());
					}
				}
			}
		}
		return named;
	}

	/**
	 * Where the name occurs in text not read yet; at the start of a word only when asked.
	 */
	private static List<Integer> occurrences(String text, String name, boolean[] read, boolean wordStart) {
		List<Integer> found = new ArrayList<>();
		if (name == null || name.isEmpty()) {
			return found;
		}
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			if (isUnread(read, at, name.length()) && (!wordStart || startsWord(text, read, at))) {
				found.add(at);
			}
		}
		return found;
	}

	private static boolean isUnread(boolean[] read, int from, int length) {
		for (int i = from; i < from + length; i++) {
			if (read[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWord(String text, boolean[] read, int at) {
		return at == 0 || read[at - 1] || !isHangulSyllable(text.charAt(at - 1));
	}

	private static boolean isHangulSyllable(char c) {
		return c >= '\uAC00' && c <= '\uD7A3';
	}

	private static void mark(boolean[] read, int from, int length) {
		for (int i = from; i < from + length; i++) {
			read[i] = true;
		}
	}

}
