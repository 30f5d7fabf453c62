package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;

/**
 * The adjusted national budget references the published annual evaluations set: each
 * district's adjustment of the year after the evaluated one, recorded when the ministry
 * publishes the year's results (never before), and shown beside the confirmed national
 * budget of that year on the district's ledger, the ministry's overview and their
 * exports. Publishing the same results again changes nothing and records nothing; a
 * changed decision replaces the reference and is audited with what it was.
 */
@Service
@Transactional
public class BudgetAdjustments {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	BudgetAdjustments(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * A district's published decision: its adjustment of the next year's budget with the
	 * reason, or none.
	 */
	public record Published(long planId, @Nullable BudgetAdjustment adjustment, @Nullable String reason) {
	}

	/** An adjustment as recorded. */
	private record Recorded(long planId, BudgetAdjustment adjustment, String reason) {

		boolean same(Published published) {
			return published.adjustment() != null && published.adjustment().kind() == this.adjustment.kind()
					&& published.adjustment().value().compareTo(this.adjustment.value()) == 0
					&& Objects.equals(published.reason(), this.reason);
		}

	}

	/**
	 * Records the adjustments of the results of {@code evaluationYear} as published at
	 * {@code publishedAt}: each becomes the reference of the year after; a district
	 * published without one has none. Answers how many districts' references changed.
	 */
	public int publish(int evaluationYear, List<Published> decisions, Instant publishedAt, String publishedBy) {
		Map<Long, Recorded> recorded = new HashMap<>();
		this.jdbc.sql("select plan_id, kind, value, reason from budget_adjustment where evaluation_year = ?")
			.param(evaluationYear)
			.query((rs, n) -> new Recorded(rs.getLong("plan_id"),
					new BudgetAdjustment(BudgetAdjustment.Kind.valueOf(rs.getString("kind")),
							rs.getBigDecimal("value")),
					rs.getString("reason")))
			.list()
			.forEach((r) -> recorded.put(r.planId(), r));
		int changed = 0;
		for (Published decision : decisions) {
			Recorded before = recorded.get(decision.planId());
			if ((before == null && decision.adjustment() == null) || (before != null && before.same(decision))) {
				continue;
			}
			if (decision.adjustment() == null) {
				this.jdbc.sql("delete from budget_adjustment where plan_id = ? and evaluation_year = ?")
					.params(decision.planId(), evaluationYear)
					.update();
			}
			else {
				this.jdbc
					.sql("""
							insert into budget_adjustment (plan_id, year, evaluation_year, kind, value, reason, published_at,
							    recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)
							on conflict (plan_id, year) do update set evaluation_year = excluded.evaluation_year,
							    kind = excluded.kind, value = excluded.value, reason = excluded.reason,
							    published_at = excluded.published_at, recorded_by = excluded.recorded_by""")
					.params(decision.planId(), evaluationYear + 1, evaluationYear, decision.adjustment().kind().name(),
							decision.adjustment().value(), decision.reason(), Timestamp.from(publishedAt), publishedBy)
					.update();
			}
			this.audit.record(AuditEntry.of("BUDGET_ADJUSTMENT_PUBLISHED", "plan", decision.planId(),
					(before != null) ? state(evaluationYear, before.adjustment(), before.reason()) : null,
					(decision.adjustment() != null) ? state(evaluationYear, decision.adjustment(), decision.reason())
							: null));
			changed++;
		}
		return changed;
	}

	private static Map<String, Object> state(int evaluationYear, BudgetAdjustment adjustment, @Nullable String reason) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("year", evaluationYear + 1);
		state.put("evaluationYear", evaluationYear);
		state.put("adjustment", adjustment.kind().name() + " " + adjustment.value().toPlainString());
		state.put("reason", reason);
		return state;
	}

	/**
	 * A district's adjusted national budget reference of one year: the year's confirmed
	 * national budget (every funded project's, as the ledger's lines sum it) and the
	 * published adjustment, with the evaluation that set it.
	 */
	public record Adjusted(long planId, String regionName, int roundYear, int year, int evaluationYear,
			BudgetAdjustment adjustment, String reason, BigDecimal confirmed, Instant publishedAt) {

		/** The confirmed national budget moved by the adjustment. */
		public BigDecimal adjusted() {
			return this.adjustment.adjusted(this.confirmed);
		}

		/** How much the adjusted figure differs from the confirmed one. */
		public BigDecimal change() {
			return adjusted().subtract(this.confirmed);
		}

	}

	/**
	 * The references of the filter's district and budget year (each {@code null} for
	 * all), districts by round and name; none for a filter of a co-funding ministry or of
	 * another source than the national subsidy, whose figures are a part of a district's
	 * national budget only. One statement.
	 */
	@Transactional(readOnly = true)
	public List<Adjusted> of(LedgerFilter filter) {
		if (filter.ministry() != null || (filter.source() != null && filter.source() != Source.NATIONAL)) {
			return List.of();
		}
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.planId() != null) {
			where.append(" and a.plan_id = :plan");
			params.put("plan", filter.planId());
		}
		if (filter.year() != null) {
			where.append(" and a.year = :year");
			params.put("year", filter.year());
		}
		return this.jdbc
			.sql("""
					select a.*, ip.region_name, r.year as round_year,
					       coalesce((select sum(b.national) from project_outcome o
					                 join project_outcome_budget b on b.outcome_id = o.id
					                 where o.plan_id = a.plan_id and b.year = a.year and o.outcome <> 'REJECTED'), 0) as confirmed
					from budget_adjustment a
					join innovation_plan ip on ip.id = a.plan_id
					join program_round r on r.id = ip.round_id
					where true"""
					+ where + """

							order by r.year, ip.region_name, a.year""")
			.params(params)
			.query((rs, n) -> new Adjusted(rs.getLong("plan_id"), rs.getString("region_name"), rs.getInt("round_year"),
					rs.getInt("year"), rs.getInt("evaluation_year"),
					new BudgetAdjustment(BudgetAdjustment.Kind.valueOf(rs.getString("kind")),
							rs.getBigDecimal("value")),
					rs.getString("reason"), rs.getBigDecimal("confirmed"), rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	/** The references of one district, every year. */
	@Transactional(readOnly = true)
	public List<Adjusted> ofDistrict(long planId) {
		return of(new LedgerFilter(null, planId, null, null));
	}

}
