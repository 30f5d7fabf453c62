package kr.go.sandan.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * External evaluators as the evaluation sees them: who they are, where they work and
 * which region is theirs (for conflicts of interest). Part of the account module's public
 * API.
 */
@Service
@Transactional(readOnly = true)
public class Evaluators {

	private static final String SELECT = """
			select a.id, a.username, a.display_name, a.affiliation, a.home_region_id, n.name, n.short_name, a.enabled,
			       n.name_en, a.region_id, o.name
			from account a
			left join region_name n on n.region_id = a.home_region_id and n.valid_to is null
			left join region_name o on o.region_id = a.region_id and o.valid_to is null
			where\s""";

	private final EntityManager entityManager;

	Evaluators(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * An evaluator's profile.
	 *
	 * @param homeRegionId the region they live or mainly work in, if known
	 * @param homeRegionName its current name
	 * @param regionId the region whose staff the account belongs to (whatever roles it
	 * holds besides), if any
	 * @param regionName that region's current name
	 */
	public record Profile(long id, String username, String displayName, String affiliation, Long homeRegionId,
			String homeRegionName, String homeRegionShortName, boolean enabled, String homeRegionNameEn, Long regionId,
			String regionName) {

		/** The home region's name in the reader's language. */
		public String homeRegionNameIn(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.homeRegionNameEn : this.homeRegionName;
		}

	}

	/** Every enabled account with the EVALUATOR role, by name (one query). */
	public List<Profile> all() {
		return query(SELECT + """
				a.enabled and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'EVALUATOR')
				order by a.display_name, a.username""", Map.of());
	}

	/** The given accounts, whatever their state now (one query). */
	public List<Profile> of(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return query(SELECT + "a.id in (:ids) order by a.display_name, a.username", Map.of("ids", ids));
	}

	@SuppressWarnings("unchecked")
	private List<Profile> query(String sql, Map<String, Object> parameters) {
		var query = this.entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		return ((List<Object[]>) query.getResultList()).stream()
			.map((row) -> new Profile(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
					(row[4] != null) ? ((Number) row[4]).longValue() : null, (String) row[5], (String) row[6],
					(Boolean) row[7], (String) row[8], (row[9] != null) ? ((Number) row[9]).longValue() : null,
					(String) row[10]))
			.toList();
	}

}
