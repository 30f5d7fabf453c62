package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.web.ConflictException;

/**
 * The publication of execution figures: the program ministry publishes a year's ledger
 * figures as a recorded decision, and what the ledger holds for that year at that moment
 * is frozen, summed per designated district, lead ministry and source. The public (the
 * dashboard, the open data) reads {@link #published()} only: the newest publication of
 * each year, never the ledger itself, so an entry made after a publication reaches the
 * public only with the next one.
 */
@Service
@Transactional(readOnly = true)
public class LedgerPublications {

	private final JdbcClient jdbc;

	private final LedgerViews views;

	private final TransactionLocks locks;

	private final AuditLog audit;

	LedgerPublications(JdbcClient jdbc, LedgerViews views, TransactionLocks locks, AuditLog audit) {
		this.jdbc = jdbc;
		this.views = views;
		this.locks = locks;
		this.audit = audit;
	}

	/** A publication of a year's figures: when, by whom, why. */
	public record Publication(long id, int year, LocalDate publishedOn, @Nullable String note, String publishedBy,
			Instant publishedAt) {
	}

	/**
	 * A published figure: one district's money of a year from one lead ministry
	 * ({@code OTHER} when none) and source, as it stood when the year was published (KRW
	 * million).
	 */
	public record Figure(long publicationId, LocalDate publishedOn, int year, long planId, int roundYear, long regionId,
			String regionName, String ministry, Source source, BigDecimal confirmed, BigDecimal secured,
			BigDecimal allocated, BigDecimal executed, BigDecimal settled, BigDecimal carriedOver,
			BigDecimal returned) {

		/** Executed over allocated, in percent; none when nothing was allocated. */
		public @Nullable BigDecimal rate() {
			return Rollup.rate(this.executed, this.allocated);
		}

		/** As the dashboard sums execution. */
		public LedgerViews.Execution execution() {
			return new LedgerViews.Execution(this.planId, this.roundYear, this.regionId, this.regionName, this.ministry,
					this.year, this.allocated, this.executed);
		}

	}

	private static Publication publication(ResultSet rs) throws SQLException {
		return new Publication(rs.getLong("id"), rs.getInt("year"), rs.getObject("published_on", LocalDate.class),
				rs.getString("note"), rs.getString("published_by"), rs.getTimestamp("published_at").toInstant());
	}

	/** Every publication, newest first (one statement). */
	public List<Publication> publications() {
		return this.jdbc.sql("select * from ledger_publication order by id desc")
			.query((rs, n) -> publication(rs))
			.list();
	}

	/** The newest publication of a year, if any. */
	public Optional<Publication> latest(int year) {
		return this.jdbc.sql("select * from ledger_publication where year = ? order by id desc limit 1")
			.param(year)
			.query((rs, n) -> publication(rs))
			.optional();
	}

	/**
	 * What the public may read: the figures of the newest publication of each year, by
	 * year, round and district (one statement whatever the number of publications).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Figure> published() {
		return this.jdbc.sql("""
				select f.*, p.year, p.published_on from ledger_publication_figure f
				join ledger_publication p on p.id = f.publication_id
				where p.id in (select distinct on (year) id from ledger_publication order by year, id desc)
				order by p.year, f.round_year, f.region_name, f.plan_id, f.ministry, f.source""")
			.query((rs, n) -> new Figure(rs.getLong("publication_id"), rs.getObject("published_on", LocalDate.class),
					rs.getInt("year"), rs.getLong("plan_id"), rs.getInt("round_year"), rs.getLong("region_id"),
					rs.getString("region_name"), rs.getString("ministry"), Source.valueOf(rs.getString("source")),
					rs.getBigDecimal("confirmed"), rs.getBigDecimal("secured"), rs.getBigDecimal("allocated"),
					rs.getBigDecimal("executed"), rs.getBigDecimal("settled"), rs.getBigDecimal("carried_over"),
					rs.getBigDecimal("returned")))
			.list();
	}

	/**
	 * Publishes the year's figures as the ledger holds them now, unless the year was
	 * published since the person looked (409): the version is the id of the year's newest
	 * publication, 0 when none. Refused when no designated district holds a line of that
	 * year. Returns the publication.
	 */
	@Transactional
	public Publication publish(PublicationForm form, PortalUser user, LocalDate today) {
		int year = form.getYear();
		this.locks.serialize("ledger-publication", year);
		Optional<Publication> before = latest(year);
		long version = before.map(Publication::id).orElse(0L);
		if (form.getVersion() == null || form.getVersion() != version) {
			throw new ConflictException("ledger.publication.conflict");
		}
		List<LedgerViews.Placed> lines = this.views.placed(new LedgerFilter(null, null, year, null));
		if (lines.isEmpty()) {
			throw new LedgerRefusedException("ledger.publication.nothing");
		}
		String note = (form.getNote() != null && !form.getNote().isBlank()) ? form.getNote().strip() : null;
		long id = this.jdbc.sql("""
				insert into ledger_publication (year, published_on, note, published_by) values (?, ?, ?, ?)
				returning id""").params(year, today, note, user.getUsername()).query(Long.class).single();
		Map<String, List<LedgerViews.Placed>> groups = new LinkedHashMap<>();
		for (LedgerViews.Placed placed : lines) {
			groups
				.computeIfAbsent(placed.planId() + "/" + ministry(placed) + "/" + placed.line().source(),
						(k) -> new ArrayList<>())
				.add(placed);
		}
		for (List<LedgerViews.Placed> group : groups.values()) {
			LedgerViews.Placed first = group.get(0);
			Rollup sum = Rollup.ofPlaced("figure", group);
			this.jdbc.sql("""
					insert into ledger_publication_figure (publication_id, plan_id, round_year, region_id, region_name,
					    ministry, source, confirmed, secured, allocated, executed, settled, carried_over, returned)
					select ?, p.id, ?, p.region_id, p.region_name, ?, ?, ?, ?, ?, ?, ?, ?, ? from innovation_plan p
					where p.id = ?""")
				.params(id, first.roundYear(), ministry(first), first.line().source().name(), sum.confirmed(),
						sum.secured(), sum.allocated(), sum.executed(), sum.settled(), sum.carriedOver(),
						sum.returned(), first.planId())
				.update();
		}
		Rollup total = Rollup.ofPlaced("total", lines);
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("publication", before.map((p) -> p.id() + " (" + p.publishedOn() + ")").orElse(null));
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("year", year);
		now.put("figures", groups.size());
		now.put("allocated", total.allocated().toPlainString());
		now.put("executed", total.executed().toPlainString());
		if (note != null) {
			now.put("note", note);
		}
		this.audit.record(AuditEntry.of("LEDGER_PUBLISHED", "ledger_publication", id, was, now));
		return latest(year).orElseThrow();
	}

	private static String ministry(LedgerViews.Placed placed) {
		return (placed.line().leadMinistry() != null) ? placed.line().leadMinistry() : "OTHER";
	}

}
