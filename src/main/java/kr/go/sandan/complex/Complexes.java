package kr.go.sandan.complex;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Industrial complexes and Smart Green designations; the complex module's public API.
 * Reads of rows begin no transaction of their own (they join the caller's when there is
 * one: the complexes page, the map and the region page read only rows; issue 18); a read
 * of records and every write say so.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class Complexes {

	private final ComplexRepository repository;

	private final AreaRepository areas;

	private final kr.go.sandan.region.Regions regions;

	private final kr.go.sandan.audit.AuditLog audit;

	private final JdbcClient jdbc;

	Complexes(ComplexRepository repository, AreaRepository areas, kr.go.sandan.region.Regions regions,
			kr.go.sandan.audit.AuditLog audit, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.areas = areas;
		this.regions = regions;
		this.audit = audit;
	}

	/**
	 * The region's complex of that name, added (and audited) when the portal does not
	 * know it yet: regions may name complexes that are not recorded. An added complex is
	 * the region's proposal, out of the public lists, until a plan naming it is published
	 * ({@link #adopt}).
	 */
	@Transactional
	public IndustrialComplex findOrAdd(String regionCode, String name, ComplexType type) {
		return this.repository.findByName(regionCode, name).orElseGet(() -> {
			IndustrialComplex added = this.repository
				.save(IndustrialComplex.proposed(name, type, this.regions.byCode(regionCode).orElseThrow()));
			this.audit.record(kr.go.sandan.audit.AuditEntry.of("COMPLEX_ADDED", "complex", added.getId(), null,
					java.util.Map.of("name", name, "region", regionCode, "type", String.valueOf(type))));
			return added;
		});
	}

	/** The region's linked area of that name, added (and audited) when not known yet. */
	@Transactional
	public LinkedArea findOrAddArea(String regionCode, String name, LinkedAreaKind kind) {
		return this.repository.findAreaByName(regionCode, name).orElseGet(() -> {
			LinkedArea added = this.areas
				.save(LinkedArea.proposed(name, kind, this.regions.byCode(regionCode).orElseThrow()));
			this.audit.record(kr.go.sandan.audit.AuditEntry.of("LINKED_AREA_ADDED", "area", added.getId(), null,
					java.util.Map.of("name", name, "region", regionCode, "kind", kind.name())));
			return added;
		});
	}

	/**
	 * The complexes and areas a published plan names are public from now on: they stop
	 * being proposals (audited).
	 */
	@Transactional
	public void adopt(Collection<Long> complexIds, Collection<Long> areaIds) {
		if (!complexIds.isEmpty()) {
			for (IndustrialComplex complex : this.repository.findProposed(complexIds)) {
				complex.adopt();
				this.audit.record(kr.go.sandan.audit.AuditEntry.of("COMPLEX_PUBLISHED", "complex", complex.getId(),
						java.util.Map.of("proposed", true), java.util.Map.of("proposed", false)));
			}
		}
		if (!areaIds.isEmpty()) {
			for (LinkedArea area : this.repository.findProposedAreas(areaIds)) {
				area.adopt();
				this.audit.record(kr.go.sandan.audit.AuditEntry.of("LINKED_AREA_PUBLISHED", "area", area.getId(),
						java.util.Map.of("proposed", true), java.util.Map.of("proposed", false)));
			}
		}
	}

	/**
	 * Which proposals a reader of the lists sees: none (the public), every one (the
	 * ministry), or a region's own.
	 */
	public record Proposals(boolean all, String regionCode) {

		public static final Proposals NONE = new Proposals(false, null);

		/**
		 * What the viewer sees: the ministry every proposal, a region's staff their own,
		 * the public none.
		 */
		public static Proposals of(kr.go.sandan.account.PortalUser viewer) {
			if (viewer == null) {
				return NONE;
			}
			if (viewer.has(kr.go.sandan.account.Role.MINISTRY) || viewer.has(kr.go.sandan.account.Role.ADMIN)) {
				return new Proposals(true, null);
			}
			return viewer.has(kr.go.sandan.account.Role.REGION) ? new Proposals(false, viewer.getRegionCode()) : NONE;
		}

	}

	/**
	 * Complexes matching the filter with their Smart Green designation (one statement:
	 * the page with its count; one more past the last page).
	 * @param regionCode a region code, or {@code null} for all
	 * @param type a complex type, or {@code null} for all
	 * @param smartGreen {@code true} for Smart Green complexes only, {@code false} for
	 * the others, {@code null} for all
	 */
	public Page<ComplexRow> search(String regionCode, ComplexType type, Boolean smartGreen, Proposals proposals,
			Pageable pageable) {
		return search(regionCode, type, smartGreen, null, proposals, pageable);
	}

	/**
	 * The complexes as
	 * {@link #search(String, ComplexType, Boolean, Proposals, Pageable)}, whose Korean or
	 * English name also holds {@code name} (any case; {@code null} or blank: every name).
	 * No transaction of its own (one statement; its begin and commit were a quarter of
	 * the complexes page's own time: issue 18).
	 */
	public Page<ComplexRow> search(String regionCode, ComplexType type, Boolean smartGreen, String name,
			Proposals proposals, Pageable pageable) {
		// plain SQL with only the conditions asked for, the page and its count in one
		// statement (the JPA page query and its count query were a third of a fresh
		// complexes page: issue 18)
		StringBuilder where = new StringBuilder(" join region r on r.id = c.region_id where true");
		List<Object> params = new ArrayList<>();
		if (regionCode != null) {
			where.append(" and r.code = ?");
			params.add(regionCode);
		}
		if (!proposals.all()) {
			where.append(" and (not c.proposed or r.code = ?)");
			params.add((proposals.regionCode() != null) ? proposals.regionCode() : "");
		}
		if (type != null) {
			where.append(" and c.type = ?");
			params.add(type.name());
		}
		if (smartGreen != null) {
			where.append(smartGreen ? " and sg.id is not null" : " and sg.id is null");
		}
		String pattern = namePattern(name);
		if (!pattern.isEmpty()) {
			where.append(" and (lower(c.name) like ? escape '!' or lower(coalesce(c.name_en, '')) like ? escape '!')");
			params.add(pattern);
			params.add(pattern);
		}
		// the count a subquery of its own, not a window over every match: PostgreSQL then
		// keeps only the page's rows in its sort (a fifth of the statement; issue 18)
		List<Object> page = new ArrayList<>(params);
		page.addAll(params);
		page.add(pageable.getPageSize());
		page.add(pageable.getOffset());
		// unless the designation filters, it is joined to the page's rows only and not
		// counted at all: a complex has one at most (uq_smart_green_designation_complex),
		// and a name is a complex's own in its region (uq_industrial_complex_name), so
		// the page is the same rows in the same order (a third of the statement: issue
		// 18)
		String from = (smartGreen != null) ? FROM : " from industrial_complex c";
		String sql = (smartGreen != null)
				? "select (select count(*)" + from + where + ") as total, " + COLUMNS + FROM + where
						+ " order by r.position, c.name limit ? offset ?"
				: "select (select count(*)" + from + where + ") as total, " + COLUMNS
						+ " from (select c.id, c.name, c.name_en, c.type, c.region_id, c.proposed,"
						+ " r.position as region_position" + from + where
						+ " order by r.position, c.name limit ? offset ?) c"
						+ " left join smart_green_designation sg on sg.complex_id = c.id and sg.published"
						+ " order by c.region_position, c.name";
		long[] total = { -1 };
		List<ComplexRow> rows = this.jdbc.sql(sql).params(page).query((rs, n) -> {
			total[0] = rs.getLong("total");
			return row(rs, n);
		}).list();
		if (total[0] < 0) {
			// past the last page (or nothing matches): counted on its own
			total[0] = this.jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		}
		return new PageImpl<>(rows, pageable, total[0]);
	}

	/**
	 * {@code %text%} in lower case, {@code %}, {@code _} and {@code !} taken literally.
	 */
	static String namePattern(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String text = name.strip().toLowerCase(java.util.Locale.ROOT);
		return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

	/**
	 * The region's complexes by name, its proposals included: what its staff choose from
	 * while drafting.
	 */
	public List<ComplexRow> inRegion(String regionCode) {
		return ofRegion(regionCode, true);
	}

	/**
	 * The region's complexes by name as the reader may see them (one statement, plain
	 * SQL: the JPA query's constructor expression was a fifth of a fresh region page for
	 * 64 complexes; issue 18).
	 */
	public List<ComplexRow> inRegion(String regionCode, Proposals proposals) {
		return ofRegion(regionCode, proposals.all() || regionCode.equals(proposals.regionCode()));
	}

	private List<ComplexRow> ofRegion(String regionCode, boolean withProposals) {
		return this.jdbc.sql(ROWS + """
				join region r on r.id = c.region_id
				where r.code = ? and (not c.proposed or ?)
				order by c.name""").param(regionCode).param(withProposals).query(Complexes::row).list();
	}

	/** A complex of the region, if the id names one there. */
	@Transactional(readOnly = true)
	public java.util.Optional<IndustrialComplex> inRegionById(String regionCode, long id) {
		return this.repository.findInRegion(regionCode, id);
	}

	/** What the lists show of a complex, with its published Smart Green designation. */
	private static final String COLUMNS = "c.id, c.name, c.name_en, c.type, c.region_id, sg.year, sg.announced_on, c.proposed";

	/** Complexes with their published Smart Green designation. */
	private static final String FROM = """
			 from industrial_complex c
			left join smart_green_designation sg on sg.complex_id = c.id and sg.published
			""";

	/** Complexes as the lists show them. */
	private static final String ROWS = "select " + COLUMNS + FROM;

	private static ComplexRow row(ResultSet rs, int rowNum) throws SQLException {
		String type = rs.getString("type");
		return new ComplexRow(rs.getLong("id"), rs.getString("name"), rs.getString("name_en"),
				(type != null) ? ComplexType.valueOf(type) : null, rs.getLong("region_id"),
				rs.getObject("year", Integer.class), rs.getObject("announced_on", LocalDate.class),
				rs.getBoolean("proposed"));
	}

	/**
	 * The given complexes with their Smart Green designation, by id (one statement, read
	 * at every plan page: plain SQL with the ids as one array, where the JPA query with
	 * an {@code in} list was translated again for every number of ids, a tenth of a fresh
	 * plan page; issue 18).
	 */
	public Map<Long, ComplexRow> rows(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(ROWS + " where c.id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(Complexes::row)
			.stream()
			.collect(Collectors.toMap(ComplexRow::id, Function.identity(), (first, same) -> first));
	}

	/**
	 * The Smart Green plan by year, and the designations recorded so far (one statement).
	 */
	public SmartGreenSummary smartGreenSummary() {
		// one plain statement (the two JPA queries were a tenth of a fresh dashboard:
		// issue 18); the designations counted on their own only without a plan
		int[] recorded = { -1 };
		List<SmartGreenProgress> plan = this.jdbc.sql("""
				select p.year, p.cumulative_target,
				       (select count(*) from smart_green_designation sg where sg.published and sg.year <= p.year)
				           as recorded,
				       (select count(*) from smart_green_designation sg where sg.published) as total
				from smart_green_plan p order by p.year""").query((rs, n) -> {
			recorded[0] = rs.getInt("total");
			return new SmartGreenProgress(rs.getInt("year"), rs.getInt("cumulative_target"), rs.getInt("recorded"));
		}).list();
		if (recorded[0] < 0) {
			recorded[0] = this.jdbc.sql("select count(*) from smart_green_designation where published")
				.query(Integer.class)
				.single();
		}
		return new SmartGreenSummary(plan, recorded[0]);
	}

	/**
	 * Records the committee's selection of complexes as Smart Green complexes of the
	 * year; not public until {@link #publishSmartGreen}. Refused for a complex that is
	 * one already.
	 */
	@Transactional
	@org.springframework.security.access.prepost.PreAuthorize("hasRole('MINISTRY')")
	public void selectSmartGreen(Collection<Long> complexIds, int year, long meetingId, String rationale) {
		if (!this.repository.findSmartGreenComplexIds(complexIds).isEmpty()) {
			throw new IllegalStateException("already a Smart Green complex: " + complexIds);
		}
		for (long complexId : complexIds) {
			IndustrialComplex complex = this.repository.findById(complexId)
				.orElseThrow(() -> new kr.go.sandan.web.NotFoundException("complex", complexId));
			this.repository.save(new SmartGreenDesignation(complex, year, meetingId, rationale));
		}
	}

	/** Publishes the meeting's Smart Green selections, announced on the given day. */
	@Transactional
	@org.springframework.security.access.prepost.PreAuthorize("hasRole('MINISTRY')")
	public void publishSmartGreen(long meetingId, java.time.LocalDate announcedOn) {
		this.repository.findSmartGreenByMeeting(meetingId).forEach((designation) -> designation.publish(announcedOn));
	}

	/** A complex selected at a meeting, by name. */
	public record SmartGreenSelection(long complexId, String complexName, int year, boolean published,
			String rationale) {
	}

	/** The complexes a meeting selected (one query). */
	@Transactional(readOnly = true)
	public List<SmartGreenSelection> smartGreenOfMeeting(long meetingId) {
		return this.repository.findSmartGreenByMeeting(meetingId)
			.stream()
			.map((sg) -> new SmartGreenSelection(sg.getComplex().getId(), sg.getComplex().getName(), sg.getYear(),
					sg.isPublished(), sg.getRationale()))
			.toList();
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
