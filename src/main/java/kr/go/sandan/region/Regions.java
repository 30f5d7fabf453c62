package kr.go.sandan.region;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The regions of the program with their names; the region module's public API. */
@Service
@Transactional(readOnly = true)
public class Regions {

	private final RegionRepository repository;

	Regions(RegionRepository repository) {
		this.repository = repository;
	}

	/** All 17 regions in the customary order, names loaded (one query). */
	public List<Region> all() {
		return this.repository.findAllWithNames();
	}

	/**
	 * All 17 regions with their names, current and former, and their 시·군 (two queries):
	 * what an affiliation may name a region by.
	 */
	public List<Region> allWithDistricts() {
		List<Region> regions = this.repository.findAllWithNames();
		this.repository.fetchDistricts();
		return regions;
	}

	public Optional<Region> byCode(String code) {
		return this.repository.findByCodeWithNames(code);
	}

}
