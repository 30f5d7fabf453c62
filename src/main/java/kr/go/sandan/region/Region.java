package kr.go.sandan.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;

/**
 * A metropolitan or provincial government (광역지자체, 시·도). Its name has changed over time
 * (전라북도 became 전북특별자치도 on 2024-01-18); {@link #nameOn(LocalDate)} answers which name was
 * in use on a day.
 */
@Entity
public class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private int position;

	@OneToMany(mappedBy = "region", fetch = FetchType.LAZY)
	private List<RegionName> names = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "region_district", joinColumns = @JoinColumn(name = "region_id"))
	@Column(name = "name")
	private Set<String> districts = new TreeSet<>();

	protected Region() {
	}

	public Long getId() {
		return this.id;
	}

	/** Stable code used in URLs, e.g. {@code JEONBUK}; unaffected by renaming. */
	public String getCode() {
		return this.code;
	}

	public int getPosition() {
		return this.position;
	}

	/** Every name of the region, oldest first. */
	public List<RegionName> getNames() {
		return this.names.stream()
			.sorted(Comparator.comparing(RegionName::getValidFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * The region's 시·군 (창원시, 고성군; no 구), as of 2024. Loaded by
	 * {@link Regions#allWithDistricts()} only.
	 */
	public Set<String> getDistricts() {
		return java.util.Collections.unmodifiableSet(this.districts);
	}

	/** The name in use on the given day. */
	public RegionName nameOn(LocalDate day) {
		return this.names.stream()
			.filter((name) -> name.isValidOn(day))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Region " + this.code + " has no name on " + day));
	}

	/** Its current name in the reader's language (English, else Korean). */
	public String currentNameIn(Locale locale) {
		return "en".equals(locale.getLanguage()) ? currentName().getNameEn() : currentName().getName();
	}

	public RegionName currentName() {
		return nameOn(LocalDate.now(RegionName.SEOUL));
	}

}
