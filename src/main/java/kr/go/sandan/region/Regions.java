package kr.go.sandan.region;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The regions of the program with their names; the region module's public API. */
@Service
@Transactional(readOnly = true)
public class Regions implements SmartInitializingSingleton {

	/** Moved by {@link #forgetKept()}: a list kept before it is read again. */
	private static final AtomicLong FORGOTTEN = new AtomicLong();

	private final RegionRepository repository;

	/**
	 * The regions read for {@link #reference()}, with the {@link #FORGOTTEN} they were
	 * read at.
	 */
	private volatile Kept kept;

	private record Kept(long forgotten, List<Region> regions) {
	}

	Regions(RegionRepository repository) {
		this.repository = repository;
	}

	/**
	 * The 17 regions with their names, read once and kept, for pages that show them (the
	 * complexes list, the regions, the dashboard, the map, open data): read at every
	 * request, they were a tenth of a fresh complexes page (issue 18). Regions and their
	 * names are written only by migrations, which run before the portal serves anything,
	 * so the kept list is never older than the database. The regions are detached: for
	 * reading codes and names only, never to be set on an entity being saved (use
	 * {@link #all()} for that).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Region> reference() {
		long forgotten = FORGOTTEN.get();
		Kept current = this.kept;
		if (current == null || current.forgotten() != forgotten) {
			current = new Kept(forgotten, List.copyOf(this.repository.findAllWithNames()));
			this.kept = current;
		}
		return current.regions();
	}

	/**
	 * The region of the code (upper case), from {@link #reference()}: for reading its
	 * code and names only.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Region> reference(String code) {
		return reference().stream().filter((region) -> region.getCode().equals(code)).findFirst();
	}

	/**
	 * Keeps the regions before the portal serves anything (the web server starts after
	 * every singleton). Read inside a page's reads without a transaction, the regions'
	 * entity query holds its connection until the page ends, and the page's plain
	 * statements take another: right after a start, a burst of fresh requests as large as
	 * the pool waited for itself until the pool's timeout and answered 503 (issue 18).
	 */
	@Override
	public void afterSingletonsInstantiated() {
		reference();
	}

	/**
	 * Forgets the kept regions: read again at the next {@link #reference()} (tests that
	 * count statements as after a start).
	 */
	public static void forgetKept() {
		FORGOTTEN.incrementAndGet();
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
