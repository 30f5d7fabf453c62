package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
				select distinct on (project_id, year, source, stage) * from budget_ledger_entry
				where plan_id = ? order by project_id, year, source, stage, id desc""")
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
	 * The money of one district, lead ministry, year and source: the sums of the latest
	 * allocated and executed figures of its lines.
	 */
	public record Execution(long planId, int roundYear, long regionId, String regionName, String ministry, int year,
			Source source, BigDecimal allocated, BigDecimal executed) {

		/** Executed over allocated, in percent; none when nothing was allocated. */
		public @Nullable BigDecimal rate() {
			return Rollup.rate(this.executed, this.allocated);
		}

	}

	/**
	 * Allocation and execution of every district whose designation is published, summed
	 * per district, lead ministry ({@code OTHER} when none), year and source (one
	 * statement): what the program's dashboard shows the ministry.
	 */
	public List<Execution> execution() {
		return this.jdbc.sql("""
				select e.plan_id, r.year as round_year, p.region_id, p.region_name, e.year, e.source,
				       coalesce((select o.lead_ministry from project_outcome o
				                 where o.plan_id = e.plan_id and o.project_id = e.project_id and o.outcome <> 'REJECTED'
				                 order by o.id desc limit 1), 'OTHER') as ministry,
				       sum(case when e.stage = 'ALLOCATED' then e.amount else 0 end) as allocated,
				       sum(case when e.stage = 'EXECUTED' then e.amount else 0 end) as executed
				from (select distinct on (plan_id, project_id, year, source, stage) * from budget_ledger_entry
				      where stage in ('ALLOCATED', 'EXECUTED')
				      order by plan_id, project_id, year, source, stage, id desc) e
				join innovation_plan p on p.id = e.plan_id
				join program_round r on r.id = p.round_id
				where p.public_status in ('DESIGNATED', 'COMPLETED')
				group by e.plan_id, r.year, p.region_id, p.region_name, e.year, e.source, ministry
				order by r.year, p.region_name, e.year""")
			.query((rs, n) -> new Execution(rs.getLong("plan_id"), rs.getInt("round_year"), rs.getLong("region_id"),
					rs.getString("region_name"), rs.getString("ministry"), rs.getInt("year"),
					Source.valueOf(rs.getString("source")), rs.getBigDecimal("allocated"),
					rs.getBigDecimal("executed")))
			.list();
	}

	/** Every entry of a line, newest first. */
	public List<Entry> history(long planId, long projectId, int year, Source source) {
		return this.jdbc.sql("""
				select * from budget_ledger_entry where plan_id = ? and project_id = ? and year = ? and source = ?
				order by id desc""").params(planId, projectId, year, source.name()).query((rs, n) -> entry(rs)).list();
	}

}
