package kr.go.sandan.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's content as those who follow it read it, written by PostgreSQL as JSON in one
 * statement (issue 18): for every plan of the test database the same content, part by
 * part, as the record's entities give; a change shows at the next read, and an unchanged
 * plan gives the same content object (whose view and sections are then kept).
 */
class LivePlanContentTest extends WorkflowTestSupport {

	@Autowired
	private LivePlanContent live;

	@Autowired
	private PlanRepository plans;

	@Autowired
	private PlatformTransactionManager transactions;

	/** The content as {@link PlanContent#of} builds it from the loaded record. */
	private PlanContent fromEntities(long id) {
		return new TransactionTemplate(this.transactions).execute((status) -> {
			InnovationPlan plan = this.plans.findForReading(id).orElseThrow();
			this.plans.fetchContent(id);
			return PlanContent.of(plan);
		});
	}

	@Test
	void everyPlanReadsAsItsRecordHoldsIt() throws Exception {
		// a draft with every part the editor writes, whatever else the database holds
		long call = this.journeys.openCallPast2100(2969);
		long plan = this.journeys.start(call, "region-gyeonggi");
		this.journeys.complete(plan, "region-gyeonggi", "반월시화국가산업단지", "따옴표 \"와\" \\ 역슬래시, <b>표시</b>");
		this.journeys.save(plan, "region-gyeonggi", "hub", "hubComplexId",
				String.valueOf(this.journeys.complex("반월시화국가산업단지")), "weights[0].measure", "PRODUCTION",
				"weights[0].amount", "10.5", "weights[0].unit", "조원", "weights[0].share", "20", "weights[1].measure",
				"TENANT_FIRMS", "weights[1].amount", "4,200", "weights[1].unit", "개사");
		this.journeys.save(plan, "region-gyeonggi", "sites", "rows[0].kind", "COMPLEX", "rows[0].complexId",
				String.valueOf(this.journeys.complex("화성발안일반산단")), "rows[0].linkage", "소부장 공급기지", "rows[1].kind",
				"SMART_CITY", "rows[1].name", "시흥 스마트시티", "rows[1].linkage", "실증 공간");
		this.journeys.save(plan, "region-gyeonggi", "targets", "rows[0].metric", "JOBS_CREATED", "rows[0].value", "1.3",
				"rows[0].unit", "만명", "rows[0].targetYear", "2030", "rows[1].metric", "EXPORT_SHARE", "rows[1].value",
				"12", "rows[1].unit", "%");

		List<Long> ids = this.jdbc.queryForList("select id from innovation_plan order by id", Long.class);
		for (long id : ids) {
			PlanContent expected = fromEntities(id);
			PlanContent read = this.live.of(id).orElseThrow();
			// records compare figures with their scale (BigDecimal.equals): the column's,
			// as
			// the entities read them
			assertThat(read).as("plan %d", id).isEqualTo(expected);
		}
		// the comparison went through every part
		PlanContent draft = this.live.of(plan).orElseThrow();
		assertThat(draft.hub().name()).isEqualTo("반월시화국가산업단지");
		assertThat(draft.hubWeights()).hasSize(2);
		assertThat(draft.linkedSites()).extracting(PlanContent.Site::kind).containsExactly("COMPLEX", "SMART_CITY");
		assertThat(draft.targets()).extracting(PlanContent.Target::unit)
			.containsExactly(MeasureUnit.TEN_THOUSAND_PERSONS, MeasureUnit.PERCENT);
		assertThat(draft.keyTasks().get(0).projects().get(0).budgets()).isNotEmpty();
		assertThat(draft.diagnoses()).hasSize(2);
		assertThat(this.jdbc.queryForObject("select count(*) from plan_strategy", Long.class)).isPositive();
		assertThat(
				this.jdbc.queryForObject("select count(*) from plan_linked_site where area_id is not null", Long.class))
			.isPositive();
	}

	@Test
	void aChangeShowsAtTheNextReadAndAnUnchangedPlanIsTheSameContent() throws Exception {
		long call = this.journeys.openCallPast2100(2970);
		long plan = this.journeys.start(call, "region-busan");
		this.journeys.complete(plan, "region-busan", "명지녹산국가산업단지", "첫 비전");

		PlanContent first = this.live.of(plan).orElseThrow();
		assertThat(this.live.of(plan).orElseThrow()).isSameAs(first);

		this.journeys.save(plan, "region-busan", "basics", "vision", "고친 비전", "mainIndustries", "자동차");
		PlanContent changed = this.live.of(plan).orElseThrow();
		assertThat(changed.vision()).isEqualTo("고친 비전");
		assertThat(changed.mainIndustries()).containsExactly("자동차");
		assertThat(changed).isEqualTo(fromEntities(plan));

		// a complex renamed elsewhere shows too: the hub's name is read with the plan
		this.jdbc.update("update industrial_complex set name_en = 'Renamed for the test' where id = ?",
				this.journeys.complex("명지녹산국가산업단지"));
		try {
			assertThat(this.live.of(plan).orElseThrow().hub().nameEn()).isEqualTo("Renamed for the test");
		}
		finally {
			this.jdbc.update("update industrial_complex set name_en = ? where id = ?", first.hub().nameEn(),
					this.journeys.complex("명지녹산국가산업단지"));
		}
		assertThat(this.live.of(-1)).isEmpty();
	}

	/**
	 * The plan's stamp and those of the complexes and areas it links (V110), as
	 * {@link LivePlanContent} reads them.
	 */
	private String stamps(long plan) {
		return this.jdbc.queryForObject(
				"""
						select p.content_stamp || ' ' || coalesce(h.name_stamp, 0) || ' '
						       || coalesce((select string_agg(coalesce(c.name_stamp, a.name_stamp)::text, ',' order by s.position)
						                    from plan_linked_site s left join industrial_complex c on c.id = s.complex_id
						                    left join linked_area a on a.id = s.area_id where s.plan_id = p.id), '')
						from innovation_plan p left join industrial_complex h on h.id = p.hub_complex_id where p.id = ?""",
				String.class, plan);
	}

	/**
	 * The content is written as JSON only when a stamp moved (V110): every kind of
	 * change, made by SQL as any writer could, moves the plan's or a linked complex's or
	 * area's, and the next read shows the change.
	 */
	@Test
	void everyKindOfChangeMovesThePlansStampAndShowsAtTheNextRead() throws Exception {
		long call = this.journeys.openCallPast2100(2975);
		long plan = this.journeys.start(call, "region-gyeonggi");
		this.journeys.complete(plan, "region-gyeonggi", "반월시화국가산업단지", "스탬프 비전");
		this.journeys.save(plan, "region-gyeonggi", "hub", "hubComplexId",
				String.valueOf(this.journeys.complex("반월시화국가산업단지")), "weights[0].measure", "PRODUCTION",
				"weights[0].amount", "10.5", "weights[0].unit", "조원", "weights[0].share", "20");
		this.journeys.save(plan, "region-gyeonggi", "sites", "rows[0].kind", "COMPLEX", "rows[0].complexId",
				String.valueOf(this.journeys.complex("화성발안일반산단")), "rows[0].linkage", "소부장 공급기지", "rows[1].kind",
				"SMART_CITY", "rows[1].name", "스탬프 스마트시티", "rows[1].linkage", "실증 공간");
		String task = "(select id from plan_key_task where plan_id = " + plan + " order by position limit 1)";
		String project = "(select id from plan_requested_project where key_task_id = " + task
				+ " order by position limit 1)";
		String linkedComplex = "(select complex_id from plan_linked_site where plan_id = " + plan
				+ " and complex_id is not null)";
		String linkedArea = "(select area_id from plan_linked_site where plan_id = " + plan
				+ " and area_id is not null)";
		List<String> changes = List.of(
				"update plan_project_budget set national = national + 1 where project_id = " + project
						+ " and year = (select min(year) from plan_project_budget where project_id = " + project + ")",
				"delete from plan_project_budget where project_id = " + project
						+ " and year = (select max(year) from plan_project_budget where project_id = " + project + ")",
				"update plan_requested_project set name = '스탬프 사업' where id = " + project,
				"insert into plan_strategy (key_task_id, position, title, description) values (" + task
						+ ", 90, '스탬프 전략', '설명')",
				"update plan_key_task set name = '스탬프 과제' where id = " + task,
				"update plan_hub_weight set as_written = '스탬프 비중' where plan_id = " + plan,
				"update plan_linked_site set linkage_function = '스탬프 연계' where plan_id = " + plan
						+ " and complex_id is not null",
				"update linked_area set description = '스탬프 설명' where id = " + linkedArea,
				"update industrial_complex set name = name || ' (스탬프)' where id = " + linkedComplex,
				"update industrial_complex set name_en = name_en || ' (stamp)' where id = (select hub_complex_id from innovation_plan where id = "
						+ plan + ")",
				"update plan_main_industry set name = '스탬프 산업' where plan_id = " + plan,
				"delete from plan_target where plan_id = " + plan
						+ " and position = (select max(position) from plan_target where plan_id = " + plan + ")",
				"update plan_diagnosis set title = '스탬프 진단' where plan_id = " + plan,
				"update innovation_plan set governance = '스탬프 거버넌스' where id = " + plan);
		String complexName = this.jdbc.queryForObject("select name from industrial_complex where id = " + linkedComplex,
				String.class);
		String hubName = this.jdbc.queryForObject(
				"select c.name_en from industrial_complex c join innovation_plan p on p.hub_complex_id = c.id where p.id = ?",
				String.class, plan);
		try {
			PlanContent before = this.live.of(plan).orElseThrow();
			assertThat(this.live.of(plan).orElseThrow()).isSameAs(before);
			for (String change : changes) {
				String stamps = stamps(plan);
				assertThat(this.jdbc.update(change)).as(change).isPositive();
				assertThat(stamps(plan)).as(change).isNotEqualTo(stamps);
				PlanContent after = this.live.of(plan).orElseThrow();
				assertThat(after).as(change).isNotEqualTo(before).isEqualTo(fromEntities(plan));
				assertThat(this.live.of(plan).orElseThrow()).as(change).isSameAs(after);
				before = after;
			}
		}
		finally {
			this.jdbc.update("update industrial_complex set name = ? where id = " + linkedComplex, complexName);
			this.jdbc.update(
					"update industrial_complex set name_en = ? where id = (select hub_complex_id from innovation_plan where id = ?)",
					hubName, plan);
		}
	}

}
