package kr.go.sandan.complex;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Industrial complexes and Smart Green designations; the complex module's public API. */
@Service
@Transactional(readOnly = true)
public class Complexes {

	private final ComplexRepository repository;

	Complexes(ComplexRepository repository) {
		this.repository = repository;
	}

	/**
	 * Complexes matching the filter with their Smart Green designation (two queries: the
	 * page and its count).
	 * @param regionCode a region code, or {@code null} for all
	 * @param type a complex type, or {@code null} for all
	 * @param smartGreen {@code true} for Smart Green complexes only, {@code false} for
	 * the others, {@code null} for all
	 */
	public Page<ComplexRow> search(String regionCode, ComplexType type, Boolean smartGreen, Pageable pageable) {
		return this.repository.search(regionCode, type, smartGreen, pageable);
	}

	public List<ComplexRow> inRegion(String regionCode) {
		return this.repository.findByRegionCode(regionCode);
	}

	/** A complex of the region, if the id names one there. */
	public java.util.Optional<IndustrialComplex> inRegionById(String regionCode, long id) {
		return this.repository.findInRegion(regionCode, id);
	}

	/** The given complexes with their Smart Green designation, by id (one query). */
	public Map<Long, ComplexRow> rows(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findRows(ids).stream().collect(Collectors.toMap(ComplexRow::id, Function.identity()));
	}

	/**
	 * The Smart Green plan by year, and the designations recorded so far (two queries).
	 */
	public SmartGreenSummary smartGreenSummary() {
		List<Integer> years = this.repository.smartGreenYears();
		List<SmartGreenProgress> plan = this.repository.smartGreenPlan()
			.stream()
			.map((row) -> new SmartGreenProgress(row.getYear(), row.getCumulativeTarget(),
					(int) years.stream().filter((year) -> year <= row.getYear()).count()))
			.toList();
		return new SmartGreenSummary(plan, years.size());
	}

	/**
	 * The cumulative plan by year and the number of designations recorded in the portal.
	 */
	public record SmartGreenSummary(List<SmartGreenProgress> plan, int recorded) {
	}

	/**
	 * The planned cumulative number of Smart Green complexes in a year, and how many of
	 * them are recorded in the portal (the release names only some of them).
	 */
	public record SmartGreenProgress(int year, int cumulativeTarget, int recorded) {
	}

}
