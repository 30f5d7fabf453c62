package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.database.CodePointOrder;

/**
 * What the ledger pages read, in a fixed number of statements whatever the number of
 * projects, years and entries: the confirmed budget of each funded project (as the final
 * confirmation decided it) and the latest entry of each stage.
 */
@Service
@Transactional(readOnly = true)
public class LedgerViews {

	private final JdbcClient jdbc;

	LedgerViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One entry of the ledger. */
	public record Entry(long id, long projectId, int year, Source source, Stage stage, BigDecimal amount,
			LocalDate enteredOn, @Nullable String reason, String enteredBy, Instant enteredAt) {
	}

	/** A funded project's confirmed budget of one year. */
	record Confirmed(long projectId, String projectName, @Nullable String leadMinistry, int year, BigDecimal national,
			BigDecimal local, BigDecimal privateFunds) {

		BigDecimal of(Source source) {
			return switch (source) {
				case NATIONAL -> this.national;
				case LOCAL -> this.local;
				case PRIVATE -> this.privateFunds;
			};
		}

	}

	/**
	 * One line of the ledger: a project's year and source, its confirmed amount and the
	 * current figure (latest entry) of each stage.
	 */
	public record Line(long projectId, String projectName, @Nullable String leadMinistry, int year, Source source,
			BigDecimal confirmed, Map<Stage, Entry> latest) {

		public @Nullable BigDecimal amount(Stage stage) {
			Entry entry = this.latest.get(stage);
			return (entry != null) ? entry.amount() : null;
		}

		/** The id of the line's latest entry: the version a form saves against. */
		public long version() {
			return this.latest.values().stream().mapToLong(Entry::id).max().orElse(0);
		}

		/** Executed over allocated, in percent; none when nothing was allocated. */
		public @Nullable BigDecimal rate() {
			return Rollup.rate(amount(Stage.EXECUTED), amount(Stage.ALLOCATED));
		}

		public boolean empty() {
			return this.latest.isEmpty();
		}

	}

	private static final String CONFIRMED = """
			select o.project_id, p.name, o.lead_ministry, b.year, b.national, b.local, b.private_funds
			from project_outcome o
			join project_outcome_budget b on b.outcome_id = o.id
			join plan_requested_project p on p.id = o.project_id
			join plan_key_task k on k.id = p.key_task_id
			where o.plan_id = :plan and o.outcome <> 'REJECTED'
			""";

	private static Entry entry(ResultSet rs) throws SQLException {
		return new Entry(rs.getLong("id"), rs.getLong("project_id"), rs.getInt("year"),
				Source.valueOf(rs.getString("source")), Stage.valueOf(rs.getString("stage")),
				rs.getBigDecimal("amount"), rs.getObject("entered_on", LocalDate.class), rs.getString("reason"),
				rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant());
	}

	/**
	 * The district's ledger: per funded project, confirmed year and source a line (a
	 * source shown when something was confirmed or entered for it); two statements.
	 */
	public List<Line> lines(long planId) {
		List<Confirmed> confirmed = this.jdbc.sql(CONFIRMED + " order by k.position, p.position, b.year")
			.param("plan", planId)
			.query((rs, n) -> confirmed(rs))
			.list();
		Map<String, Map<Stage, Entry>> latest = new LinkedHashMap<>();
		this.jdbc.sql("""
				select e.* from budget_ledger_figure f join budget_ledger_entry e on e.id = f.entry_id
				where f.plan_id = ?""")
			.param(planId)
			.query((rs, n) -> entry(rs))
			.list()
			.forEach((e) -> latest
				.computeIfAbsent(key(e.projectId(), e.year(), e.source()), (k) -> new EnumMap<>(Stage.class))
				.put(e.stage(), e));
		List<Line> lines = new ArrayList<>();
		for (Confirmed c : confirmed) {
			for (Source source : Source.values()) {
				Map<Stage, Entry> entries = latest.getOrDefault(key(c.projectId(), c.year(), source), Map.of());
				if (c.of(source).signum() > 0 || !entries.isEmpty()) {
					lines.add(new Line(c.projectId(), c.projectName(), c.leadMinistry(), c.year(), source, c.of(source),
							entries));
				}
			}
		}
		return lines;
	}

	private static Confirmed confirmed(ResultSet rs) throws SQLException {
		return new Confirmed(rs.getLong("project_id"), rs.getString("name"), rs.getString("lead_ministry"),
				rs.getInt("year"), rs.getBigDecimal("national"), rs.getBigDecimal("local"),
				rs.getBigDecimal("private_funds"));
	}

	private static String key(long project, int year, Source source) {
		return project + "/" + year + "/" + source;
	}

	/**
	 * One line of the district's ledger, whether or not a source was confirmed for it;
	 * empty when the project was not funded in that year.
	 */
	public Optional<Line> line(long planId, long projectId, int year, Source source) {
		Optional<Confirmed> confirmed = this.jdbc.sql(CONFIRMED + " and o.project_id = :project and b.year = :year")
			.param("plan", planId)
			.param("project", projectId)
			.param("year", year)
			.query((rs, n) -> confirmed(rs))
			.optional();
		if (confirmed.isEmpty()) {
			return Optional.empty();
		}
		Map<Stage, Entry> latest = new EnumMap<>(Stage.class);
		for (Entry e : history(planId, projectId, year, source)) {
			latest.putIfAbsent(e.stage(), e);
		}
		Confirmed c = confirmed.get();
		return Optional
			.of(new Line(c.projectId(), c.projectName(), c.leadMinistry(), year, source, c.of(source), latest));
	}

	/**
	 * The money of one district, lead ministry and year, every source together: the sums
	 * of the latest allocated and executed figures of its lines.
	 */
	public record Execution(long planId, int roundYear, long regionId, String regionName, String ministry, int year,
			BigDecimal allocated, BigDecimal executed) {

		/** This year's money as a sum over the years asked for: this one. */
		public ExecutionSum sum() {
			return new ExecutionSum(this.planId, this.roundYear, this.regionId, this.regionName, this.ministry,
					this.allocated, this.executed);
		}

	}

	/**
	 * The money of one district and lead ministry over the years asked for, every source
	 * together.
	 */
	public record ExecutionSum(long planId, int roundYear, long regionId, String regionName, String ministry,
			BigDecimal allocated, BigDecimal executed) {
	}

	/**
	 * Allocation and execution of every district whose designation is published, summed
	 * per district and lead ministry ({@code OTHER} when none) over every year, or over
	 * {@code year} only (one statement): what the program's dashboard shows the ministry.
	 */
	public List<ExecutionSum> execution(@Nullable Integer year) {
		// the sums the database keeps with each entry and outcome, per year (V106)
		// and over every year (V108); not every entry ever written summed at each
		// render (0.3 s, a sort spilled to disk, on the synthetic 125,000 entries),
		// nor the 1,296 synthetic per-year sums grouped into 432 (more than half of
		// the page's database time; issue 18)
		String sums = (year != null) ? "budget_ledger_execution" : "budget_ledger_execution_total";
		var statement = this.jdbc.sql("""
				select x.plan_id, r.year, p.region_id, p.region_name, x.ministry, x.allocated, x.executed
				from %s x
				join innovation_plan p on p.id = x.plan_id
				join program_round r on r.id = p.round_id
				where p.public_status in ('DESIGNATED', 'COMPLETED')""".formatted(sums)
				+ ((year != null) ? " and x.year = :year" : ""));
		if (year != null) {
			statement = statement.param("year", year);
		}
		// columns by position: a statement of this page's own
		return statement
			.query((rs, n) -> new ExecutionSum(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
			.list()
			.stream()
			// sorted here: PostgreSQL's sort of the 1,300 synthetic sums (by year then)
			// was half the statement's time (issue 18)
			.sorted(EXECUTION_ORDER)
			.toList();
	}

	/**
	 * Districts by round and region's name (as the plan was written under), then district
	 * and ministry. Names compare by code point: the order the portal's own database (C
	 * collation) gave when it sorted, and now the same on any server.
	 */
	static final Comparator<ExecutionSum> EXECUTION_ORDER = LedgerViews::inExecutionOrder;

	/**
	 * Written out rather than chained ({@code comparingInt(…).thenComparing(…)}): the
	 * chain's shared lambdas are called from every sort in the JVM, too many kinds for
	 * the compiler to inline, and sorting the 1,300 synthetic sums (by year then) through
	 * them was a twentieth of the ministry's dashboard (issue 18).
	 */
	private static int inExecutionOrder(ExecutionSum one, ExecutionSum other) {
		int order = Integer.compare(one.roundYear(), other.roundYear());
		if (order == 0) {
			order = CodePointOrder.compare(one.regionName(), other.regionName());
		}
		if (order == 0) {
			order = Long.compare(one.planId(), other.planId());
		}
		return (order != 0) ? order : CodePointOrder.compare(one.ministry(), other.ministry());
	}

	/** A line of the ledger with the district it belongs to. */
	public record Placed(long planId, String regionName, long roundId, int roundYear, Line line) {
	}

	/**
	 * The lines of every district that pass the filter (the ministry and the district in
	 * the statement, the source here), districts by round and name, as they stand now;
	 * two statements whatever the number of districts, projects and entries.
	 */
	public List<Placed> placed(LedgerFilter filter) {
		return placed(filter, null);
	}

	/**
	 * The same lines as they stood on a date: each stage's latest entry dated that day or
	 * before (by the date the figure holds from, not the day it was typed), none when
	 * {@code asOf} is {@code null}.
	 */
	public List<Placed> placed(LedgerFilter filter, @Nullable LocalDate asOf) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.ministry() != null) {
			where.append(" and o.lead_ministry = :ministry");
			params.put("ministry", filter.ministry());
		}
		if (filter.planId() != null) {
			where.append(" and o.plan_id = :plan");
			params.put("plan", filter.planId());
		}
		if (filter.year() != null) {
			where.append(" and b.year = :year");
			params.put("year", filter.year());
		}
		List<PlacedConfirmed> confirmed = this.jdbc.sql("""
				select o.plan_id, ip.region_name, ip.round_id, r.year as round_year, o.project_id, p.name,
				       o.lead_ministry, b.year, b.national, b.local, b.private_funds
				from project_outcome o
				join project_outcome_budget b on b.outcome_id = o.id
				join plan_requested_project p on p.id = o.project_id
				join plan_key_task k on k.id = p.key_task_id
				join innovation_plan ip on ip.id = o.plan_id
				join program_round r on r.id = ip.round_id
				where o.outcome <> 'REJECTED' and ip.public_status in ('DESIGNATED', 'COMPLETED')
				  and ip.district_start is not null""" + where + """

				order by r.year, ip.region_name, o.plan_id, k.position, p.position, b.year""")
			.params(params)
			.query((rs, n) -> new PlacedConfirmed(rs.getLong("plan_id"), rs.getString("region_name"),
					rs.getLong("round_id"), rs.getInt("round_year"), confirmed(rs)))
			.list();
		Map<String, Map<Stage, Entry>> latest = new LinkedHashMap<>();
		// now: the current figures the database keeps (V106); as of a date: the
		// latest entry dated that day or before, among all entries
		String current = (asOf != null)
				? """
						select distinct on (e.plan_id, e.project_id, e.year, e.source, e.stage) e.*
						from budget_ledger_entry e join project_outcome o on o.plan_id = e.plan_id and o.project_id = e.project_id
						join project_outcome_budget b on b.outcome_id = o.id and b.year = e.year
						where o.outcome <> 'REJECTED'"""
						+ where + """
								 and e.entered_on <= :asOf
								order by e.plan_id, e.project_id, e.year, e.source, e.stage, e.id desc"""
				: """
						select e.* from budget_ledger_figure f join budget_ledger_entry e on e.id = f.entry_id
						where exists (select from project_outcome o join project_outcome_budget b on b.outcome_id = o.id
						              where o.plan_id = f.plan_id and o.project_id = f.project_id and b.year = f.year
						                and o.outcome <> 'REJECTED'""" + where + ")";
		this.jdbc.sql(current)
			.params((asOf != null) ? withAsOf(params, asOf) : params)
			.query((rs, n) -> placedEntry(rs, latest))
			.list();
		List<Placed> lines = new ArrayList<>();
		for (PlacedConfirmed pc : confirmed) {
			Confirmed c = pc.confirmed();
			for (Source source : Source.values()) {
				if (filter.source() != null && filter.source() != source) {
					continue;
				}
				Map<Stage, Entry> entries = latest
					.getOrDefault(pc.planId() + "/" + key(c.projectId(), c.year(), source), Map.of());
				if (c.of(source).signum() > 0 || !entries.isEmpty()) {
					lines.add(new Placed(pc.planId(), pc.regionName(), pc.roundId(), pc.roundYear(),
							new Line(c.projectId(), c.projectName(), c.leadMinistry(), c.year(), source, c.of(source),
									entries)));
				}
			}
		}
		return lines;
	}

	private static Map<String, Object> withAsOf(Map<String, Object> params, LocalDate asOf) {
		Map<String, Object> all = new LinkedHashMap<>(params);
		all.put("asOf", asOf);
		return all;
	}

	private record PlacedConfirmed(long planId, String regionName, long roundId, int roundYear, Confirmed confirmed) {
	}

	private static Entry placedEntry(ResultSet rs, Map<String, Map<Stage, Entry>> latest) throws SQLException {
		Entry e = entry(rs);
		latest
			.computeIfAbsent(rs.getLong("plan_id") + "/" + key(e.projectId(), e.year(), e.source()),
					(k) -> new EnumMap<>(Stage.class))
			.put(e.stage(), e);
		return e;
	}

	/**
	 * The years some district's confirmed budget holds, for the filters; one statement.
	 */
	public List<Integer> years() {
		return this.jdbc.sql("""
				select distinct b.year from project_outcome_budget b join project_outcome o on o.id = b.outcome_id
				where o.outcome <> 'REJECTED' order by b.year""").query(Integer.class).list();
	}

	/** A round with districts, and what it expects executed by month. */
	public record RoundSchedule(long roundId, int year, Schedule schedule, boolean set) {
	}

	/** Every round that has designated districts, with its expectation; one statement. */
	public List<RoundSchedule> rounds() {
		return this.jdbc
			.sql("""
					select r.id as round_id, r.year, s.* from program_round r left join ledger_schedule s on s.round_id = r.id
					where exists (select 1 from innovation_plan p where p.round_id = r.id
					    and p.public_status in ('DESIGNATED', 'COMPLETED') and p.district_start is not null)
					order by r.year""")
			.query((rs, n) -> {
				boolean set = rs.getObject("version") != null;
				return new RoundSchedule(rs.getLong("round_id"), rs.getInt("year"), set ? schedule(rs) : Schedule.EVEN,
						set);
			})
			.list();
	}

	/** One round's expectation (the even one when none was set), or empty. */
	public Optional<RoundSchedule> round(long roundId) {
		return rounds().stream().filter((r) -> r.roundId() == roundId).findFirst();
	}

	private static Schedule schedule(ResultSet rs) throws SQLException {
		List<BigDecimal> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(rs.getBigDecimal("m" + m));
		}
		return new Schedule(months, rs.getLong("version"));
	}

	/** Every entry of a line, newest first. */
	public List<Entry> history(long planId, long projectId, int year, Source source) {
		return this.jdbc.sql("""
				select * from budget_ledger_entry where plan_id = ? and project_id = ? and year = ? and source = ?
				order by id desc""").params(planId, projectId, year, source.name()).query((rs, n) -> entry(rs)).list();
	}

}
