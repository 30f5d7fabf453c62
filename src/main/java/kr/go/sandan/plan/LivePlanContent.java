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
 * The JSON is read at every request, so a page never shows an older content than the
 * database holds; only when it is the same text as the last read of the plan is the
 * content parsed then reused, the same object, whose view and rendered sections
 * {@link PlanContentViews} keeps. {@code LivePlanContentTest} holds the statement to what
 * the entity gives for every plan of the test database.
 */
@Component
class LivePlanContent {

	/** The units as the record stores them (their symbols), by the name JSON reads. */
	private static final String UNITS = Arrays.stream(MeasureUnit.values())
		.map((unit) -> "\"" + unit.symbol().replace("\\", "\\\\").replace("\"", "\\\"") + "\": \"" + unit.name() + "\"")
		.collect(Collectors.joining(", ", "{", "}"));

	private static final String SELECT = """
			select json_build_object(
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
			  'releaseSiteSummary', p.release_site_summary)::text
			from innovation_plan p, (select cast(? as jsonb) as units) u
			where p.id = ?""";

	private final JdbcClient jdbc;

	/**
	 * The last content read of each plan with the text it was parsed from: at most eight
	 * million characters of text (16 MB as Java keeps Korean text, the parsed contents
	 * beside it; a 50-project plan's text is about 22 thousand characters); what is let
	 * go is parsed again.
	 */
	private final Cache<Long, Parsed> parsed = Caffeine.newBuilder()
		.maximumWeight(8L << 20)
		.weigher((Long id, Parsed kept) -> kept.json().length())
		.build();

	LivePlanContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The plan's content as its record holds it now (as committed, or written by this
	 * transaction's statements: a plain statement does not flush the persistence context,
	 * so a caller that changed the plan's entities flushes first); empty when there is no
	 * such plan.
	 */
	Optional<PlanContent> of(long planId) {
		return this.jdbc.sql(SELECT).params(UNITS, planId).query(String.class).optional().map((json) -> {
			Parsed kept = this.parsed.getIfPresent(planId);
			if (kept != null && kept.json().equals(json)) {
				return kept.content();
			}
			PlanContent content = PlanSnapshots.readContent(json);
			this.parsed.put(planId, new Parsed(json, content));
			return content;
		});
	}

	/** A content and the text it was parsed from. */
	private record Parsed(String json, PlanContent content) {
	}

}
