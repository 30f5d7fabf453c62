package kr.go.sandan.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A plan's content as its record holds it now, for those who read the record (the
 * ministry, the plan's region): what {@link PlanContent#of(InnovationPlan)} builds from
 * the loaded entity, read in one statement that PostgreSQL writes as JSON in the
 * snapshots' form. Loading the record's nine collections as entities to build the same
 * content was a fifth of the ministry's plan page, and rendering its sections afresh (a
 * content built at each request is a new object, so no rendering of it was kept) another
 * sixth (issue 18).
 * <p>
 * The plan's stamps (V110) are read at every request: the database moves the plan's
 * {@code content_stamp} in the transaction of every change to the plan's row and its
 * content's rows, and the {@code name_stamp} of a complex or area renamed, whoever writes
 * them. Only when the plan's stamp or the sum of the name stamps of what it links differs
 * from those the kept content was read at does the same statement write the content as
 * JSON (most of PostgreSQL's time for the page: about 1 ms for a 50-project plan, three
 * times that under load), to be parsed and kept; otherwise the kept content is reused,
 * the same object, whose view and rendered sections {@link PlanContentViews} keeps. A
 * page therefore never shows an older content than the database holds.
 * {@code LivePlanContentTest} holds the statement to what the entity gives for every plan
 * of the test database, and every kind of change to move a stamp.
 */
@Component
class LivePlanContent {

	/** The units as the record stores them (their symbols), by the name JSON reads. */
	private static final String UNITS = Arrays.stream(MeasureUnit.values())
		.map((unit) -> "\"" + unit.symbol().replace("\\", "\\\\").replace("\"", "\\\"") + "\": \"" + unit.name() + "\"")
		.collect(Collectors.joining(", ", "{", "}"));

	private static final String SELECT = """
			select p.content_stamp, n.stamp,
			       case when (p.content_stamp, n.stamp) = (?, ?) then null else json_build_object(
			  'hub', (select json_build_object('id', c.id, 'name', c.name, 'nameEn', c.name_en)
			          from industrial_complex c where c.id = p.hub_complex_id),
			  'hubWeightLabel', p.hub_weight_label,
			  'hubWeights', (select json_agg(json_build_object('measure', w.measure, 'amount', w.amount,
			                                   'unit', u.units ->> w.unit, 'sharePercent', w.share_percent,
			                                   'asWritten', w.as_written) order by w.position)
			                 from plan_hub_weight w where w.plan_id = p.id),
			  'linkedSites', (select json_agg(case when s.complex_id is not null
			                    then json_build_object('kind', 'COMPLEX', 'id', c.id, 'name', c.name,
			                                           'description', null, 'linkageFunction', s.linkage_function)
			                    else json_build_object('kind', a.kind, 'id', a.id, 'name', a.name,
			                                           'description', a.description, 'linkageFunction', s.linkage_function)
			                    end order by s.position)
			                  from plan_linked_site s
			                  left join industrial_complex c on c.id = s.complex_id
			                  left join linked_area a on a.id = s.area_id
			                  where s.plan_id = p.id),
			  'mainIndustries', (select json_agg(m.name order by m.position) from plan_main_industry m where m.plan_id = p.id),
			  'vision', p.vision,
			  'targets', (select json_agg(json_build_object('source', t.source, 'metric', t.metric, 'value', t.value,
			                                'unit', u.units ->> t.unit, 'targetYear', t.target_year,
			                                'asWritten', t.as_written) order by t.source, t.position)
			              from plan_target t where t.plan_id = p.id),
			  'keyTasks', (select json_agg(json_build_object('name', k.name, 'strategyHeading', k.strategy_heading,
			                 'projects', (select json_agg(json_build_object('id', q.id, 'name', q.name,
			                                'description', q.description, 'leadMinistry', q.lead_ministry,
			                                'newlyProposed', q.newly_proposed,
			                                'budgets', (select json_agg(json_build_object('year', b.year, 'national', b.national,
			                                                              'local', b.local, 'privateFunds', b.private_funds)
			                                                            order by b.year)
			                                            from plan_project_budget b where b.project_id = q.id))
			                                order by q.position)
			                              from plan_requested_project q where q.key_task_id = k.id),
			                 'strategies', (select json_agg(json_build_object('title', g.title, 'description', g.description)
			                                               order by g.position)
			                                from plan_strategy g where g.key_task_id = k.id))
			               order by k.position)
			               from plan_key_task k where k.plan_id = p.id),
			  'governance', p.governance,
			  'diagnoses', (select json_agg(json_build_object('title', d.title, 'description', d.description)
			                               order by d.position)
			                from plan_diagnosis d where d.plan_id = p.id),
			  'reportedProjectCount', p.reported_project_count,
			  'releaseSummary', p.release_summary,
			  'releaseSiteSummary', p.release_site_summary)::text end
			from innovation_plan p
			cross join lateral (select coalesce((select c.name_stamp from industrial_complex c where c.id = p.hub_complex_id), 0)
			                           + coalesce((select sum(coalesce(c.name_stamp, a.name_stamp)) from plan_linked_site s
			                                       left join industrial_complex c on c.id = s.complex_id
			                                       left join linked_area a on a.id = s.area_id
			                                       where s.plan_id = p.id), 0) as stamp) n,
			     (select cast(? as jsonb) as units) u
			where p.id = ?""";

	private final JdbcClient jdbc;

	/**
	 * The last content read of each plan with the stamp it was read at: at most eight
	 * million characters of the texts they were parsed from (a 50-project plan's is about
	 * 22 thousand characters, its parsed content about twice as many bytes); what is let
	 * go is read again.
	 */
	private final Cache<Long, Parsed> parsed = Caffeine.newBuilder()
		.maximumWeight(8L << 20)
		.weigher((Long id, Parsed kept) -> kept.length())
		.build();

	LivePlanContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The plan's content as its record holds it now (as committed, or written by this
	 * transaction's statements: a plain statement does not flush the persistence context,
	 * so a caller that changed the plan's entities flushes first); empty when there is no
	 * such plan. One statement: the plan's stamps, and its content as JSON only when they
	 * are not those the kept content was read at.
	 */
	Optional<PlanContent> of(long planId) {
		Parsed kept = this.parsed.getIfPresent(planId);
		// stamps are transaction ids, sequence numbers and their sums, or 0: never
		// negative
		long plan = (kept != null) ? kept.plan() : -1;
		long names = (kept != null) ? kept.names() : -1;
		return this.jdbc.sql(SELECT).params(plan, names, UNITS, planId).query((rs, row) -> {
			String json = rs.getString(3);
			if (json == null && kept != null && rs.getLong(1) == plan && rs.getLong(2) == names) {
				return kept.content();
			}
			PlanContent content = PlanSnapshots.readContent(json);
			this.parsed.put(planId, new Parsed(rs.getLong(1), rs.getLong(2), content, json.length()));
			return content;
		}).optional();
	}

	/**
	 * A content, the stamps it was read at (the plan's, the sum of its complexes' and
	 * areas') and the length of its text.
	 */
	private record Parsed(long plan, long names, PlanContent content, int length) {
	}

}
