package kr.go.sandan.synthetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.complex.ComplexType;
import kr.go.sandan.complex.LinkedAreaKind;
import kr.go.sandan.evaluation.Aggregation;
import kr.go.sandan.plan.HubWeight;
import kr.go.sandan.plan.MeasureUnit;
import kr.go.sandan.plan.Ministry;
import kr.go.sandan.plan.PlanContent;
import kr.go.sandan.plan.PlanSnapshots;
import kr.go.sandan.plan.PlanStatus;
import kr.go.sandan.plan.TargetMetric;
import kr.go.sandan.plan.TargetSource;
import kr.go.sandan.plan.YearBudget;
import kr.go.sandan.round.CommitteeMeetings;
import kr.go.sandan.round.MeetingKind;

import static kr.go.sandan.synthetic.Vocabulary.between;
import static kr.go.sandan.synthetic.Vocabulary.fill;
import static kr.go.sandan.synthetic.Vocabulary.pick;
import static kr.go.sandan.synthetic.Vocabulary.sample;

/**
 * Fills the database with a synthetic program: for each year a round with the release's
 * four indicators and a closed call, a submitted plan from every region (hub and linked
 * complexes, targets, key tasks with their requested projects and budgets, the version
 * the evaluators read), the committee of evaluators with every sheet scored, and the
 * committee's published decisions — the best plans by score selected, confirmed with an
 * outcome per project and designated for three years, the rest not selected; districts
 * whose period ended before the last round are completed; each district's target path and
 * the annual reports that fell due ({@link SyntheticDistricts}).
 * <p>
 * Written straight to the tables in batches (dates in the past cannot go through the
 * services, which use the clock), in one transaction. Every random choice comes from one
 * {@link Random} seeded by the spec and drawn in a fixed order, and every date from the
 * round's year, so the same spec gives the same content; only ids differ. The evaluators
 * ({@code synthetic-eval-01}, …) are made once and can never sign in.
 */
@Service
public class SyntheticProgram {

	/**
	 * How a plan's target of each metric is drawn: {@code between(low, high) * factor}
	 * with {@code scale} decimals, in the unit, written as the format says.
	 */
	private record TargetDraw(int low, int high, long factor, int scale, MeasureUnit unit, String format) {
	}

	private static final Map<TargetMetric, TargetDraw> TARGET_DRAWS = Map.ofEntries(
			Map.entry(TargetMetric.PRODUCTION_INCREASE,
					new TargetDraw(3, 60, 1, 1, MeasureUnit.TRILLION_WON, "생산액 %s조원 증대")),
			Map.entry(TargetMetric.JOBS_CREATED, new TargetDraw(5, 120, 100, 0, MeasureUnit.PERSONS, "일자리 %s명 창출")),
			Map.entry(TargetMetric.STRONG_SMES, new TargetDraw(10, 100, 1, 0, MeasureUnit.FIRMS, "강소기업 %s개사 육성")),
			Map.entry(TargetMetric.STARTUPS, new TargetDraw(20, 300, 1, 0, MeasureUnit.COUNT, "신규창업 %s개")),
			Map.entry(TargetMetric.FIRMS_ATTRACTED, new TargetDraw(30, 300, 1, 0, MeasureUnit.FIRMS, "기업 유치 %s개사")),
			Map.entry(TargetMetric.YOUTH_EMPLOYMENT_GROWTH,
					new TargetDraw(3, 20, 1, 0, MeasureUnit.PERCENT, "청년고용 증가율 %s%%")),
			Map.entry(TargetMetric.INDUSTRY_CONVERSION_RATE,
					new TargetDraw(5, 35, 1, 0, MeasureUnit.PERCENT, "산업전환율 %s%%")),
			Map.entry(TargetMetric.EXPORT_SHARE, new TargetDraw(15, 60, 1, 0, MeasureUnit.PERCENT, "수출비중 %s%%")),
			Map.entry(TargetMetric.SAFETY_ACCIDENTS, new TargetDraw(20, 50, 1, 0, MeasureUnit.PERCENT, "안전사고 %s%% 감소")),
			Map.entry(TargetMetric.WORKER_SATISFACTION,
					new TargetDraw(70, 90, 1, 0, MeasureUnit.POINTS, "근로자 만족도 %s점 달성")),
			Map.entry(TargetMetric.DIGITAL_LEVEL,
					new TargetDraw(30, 45, 1, 1, MeasureUnit.POINTS, "디지털 전환 수준 %s점(5점 만점)")));

	/** Who recorded the synthetic steps (calls, panels, meetings). */
	static final String ACTOR = "synthetic";

	static final String EVALUATOR_PREFIX = "synthetic-eval-";

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final MathContext EXACT = MathContext.DECIMAL128;

	/** The release's four indicators, weighted as synthetic calls weigh them. */
	private static final List<Indicator> INDICATORS = List.of(
			new Indicator("REGIONAL_DIAGNOSIS", "지역진단 전략성", new BigDecimal("20")),
			new Indicator("HUB_AND_LINKED_AREAS", "거점·연계지역 적절성", new BigDecimal("25")),
			new Indicator("PLAN_FEASIBILITY", "혁신계획 타당성", new BigDecimal("35")),
			new Indicator("TARGET_ACHIEVABILITY", "성과목표 실현가능성", new BigDecimal("20")));

	private static final BigDecimal THRESHOLD = new BigDecimal("10.00");

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final PasswordEncoder passwordEncoder;

	private final SyntheticDistricts districts;

	SyntheticProgram(JdbcTemplate jdbc, AuditLog audit, PasswordEncoder passwordEncoder, SyntheticDistricts districts) {
		this.districts = districts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * What was generated.
	 *
	 * @param roundIds the rounds, by year
	 * @param callIds their calls, in the same order
	 * @param planIds the plans, by year, then in the regions' order
	 * @param rows rows written per table
	 * @param elapsed how long it took
	 */
	public record Summary(SyntheticSpec spec, List<Long> roundIds, List<Long> callIds, List<Long> planIds,
			Map<String, Integer> rows, Duration elapsed) {

		public int totalRows() {
			return this.rows.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/** Whether synthetic calls already exist in the spec's years. */
	@Transactional(readOnly = true)
	public boolean isGenerated(SyntheticSpec spec) {
		Integer calls = this.jdbc.queryForObject("""
				select count(*) from proposal_call c join program_round r on r.id = c.round_id
				where c.opened_by = ? and r.year between ? and ?""", Integer.class, ACTOR, spec.firstYear(),
				spec.lastYear());
		return calls != null && calls > 0;
	}

	/**
	 * Generates the spec's rounds. Refused, with nothing written, when one of its years
	 * already has a round with a call, plans or indicators (a bare round, like the
	 * release's 2022, is used).
	 */
	@Transactional
	public Summary generate(SyntheticSpec spec) {
		long started = System.nanoTime();
		Map<Integer, Long> bareRounds = checkYearsAreFree(spec);
		Random random = new Random(spec.seed());
		Rows rows = new Rows(this.jdbc);
		List<RegionRef> regions = regions();
		Map<Long, Places> places = places(spec, regions, random, rows);
		List<Long> evaluators = evaluators(spec.evaluators(), rows);
		List<Long> roundIds = new ArrayList<>();
		List<Long> callIds = new ArrayList<>();
		List<Long> planIds = new ArrayList<>();
		for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
			Round round = new Round(spec, year, bareRounds.get(year), random, rows, regions, places, evaluators);
			round.write();
			roundIds.add(round.roundId);
			callIds.add(round.callId);
			planIds.addAll(round.planIds);
		}
		// after designation: the districts' target paths and annual reports (issue #19)
		this.districts.write(spec, roundIds, rows);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("seed", spec.seed());
		after.put("years", spec.firstYear() + "–" + spec.lastYear());
		after.put("rows", rows.counts);
		this.audit.record(new AuditEntry("SYNTHETIC_DATA_GENERATED", "round", String.valueOf(roundIds.get(0)), null,
				after, null, ACTOR, null, null));
		return new Summary(spec, List.copyOf(roundIds), List.copyOf(callIds), List.copyOf(planIds),
				Collections.unmodifiableMap(new LinkedHashMap<>(rows.counts)), elapsed);
	}

	// ---------------------------------------------------------------- before the rounds

	private Map<Integer, Long> checkYearsAreFree(SyntheticSpec spec) {
		Map<Integer, Long> bare = new HashMap<>();
		this.jdbc.query("""
				select r.year, r.id,
				       exists (select 1 from innovation_plan p where p.round_id = r.id)
				       or exists (select 1 from proposal_call c where c.round_id = r.id)
				       or exists (select 1 from evaluation_indicator i where i.round_id = r.id)
				       or exists (select 1 from committee_meeting m where m.round_id = r.id)
				from program_round r where r.year between ? and ?""", (rs) -> {
			if (rs.getBoolean(3)) {
				throw new IllegalStateException("The " + rs.getInt(1)
						+ " round already has a call, plans, indicators or meetings: generate other years");
			}
			bare.put(rs.getInt(1), rs.getLong(2));
		}, spec.firstYear(), spec.lastYear());
		return bare;
	}

	/** A region with its names over time. */
	record RegionRef(long id, String code, int position, List<NameRow> names) {

		String nameOn(LocalDate day) {
			return this.names.stream()
				.filter((name) -> (name.from() == null || !day.isBefore(name.from()))
						&& (name.to() == null || day.isBefore(name.to())))
				.map(NameRow::name)
				.findFirst()
				.orElseGet(() -> current().name());
		}

		NameRow current() {
			return this.names.stream().filter((name) -> name.to() == null).findFirst().orElse(this.names.get(0));
		}

	}

	record NameRow(String name, String shortName, LocalDate from, LocalDate to) {
	}

	private List<RegionRef> regions() {
		Map<Long, List<NameRow>> names = new HashMap<>();
		this.jdbc.query("select region_id, name, short_name, valid_from, valid_to from region_name order by id",
				(rs) -> {
					names.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
						.add(new NameRow(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
								rs.getObject(5, LocalDate.class)));
				});
		List<RegionRef> regions = this.jdbc.query("select id, code, position from region order by position",
				(rs, i) -> new RegionRef(rs.getLong(1), rs.getString(2), rs.getInt(3),
						names.getOrDefault(rs.getLong(1), List.of())));
		if (regions.size() != SyntheticSpec.REGIONS) {
			throw new IllegalStateException("Expected the 17 regions, found " + regions.size());
		}
		return regions;
	}

	/** A complex a plan can name. */
	record Complex(long id, String name, ComplexType type, String shortName) {
	}

	/** A linked area a plan can name. */
	record Area(long id, String name, LinkedAreaKind kind) {
	}

	/** A region's complexes and areas, in the order they were made. */
	record Places(List<Complex> complexes, List<Area> areas) {
	}

	private record Named(long regionId, String name, ComplexType type, String shortName, LinkedAreaKind kind) {
	}

	/**
	 * Complexes and linked areas for every region, named as Korean complexes are
	 * ({city}{theme}{type}); names another run (or the release) already made are reused.
	 */
	private Map<Long, Places> places(SyntheticSpec spec, List<RegionRef> regions, Random random, Rows rows) {
		List<Named> complexes = new ArrayList<>();
		List<Named> areas = new ArrayList<>();
		for (RegionRef region : regions) {
			List<String> cities = Vocabulary.CITIES.getOrDefault(region.code(), List.of(region.current().shortName()));
			Set<String> names = new HashSet<>();
			int attempts = 0;
			while (names.size() < spec.complexesPerRegion()) {
				if (++attempts > spec.complexesPerRegion() * 100) {
					throw new IllegalStateException("Not enough complex names for " + region.code());
				}
				String city = pick(random, cities);
				String theme = pick(random, Vocabulary.THEMES);
				ComplexType type = pick(random, Vocabulary.TYPES);
				String name = city + theme + Vocabulary.typeSuffix(type);
				if (names.add(name)) {
					complexes
						.add(new Named(region.id(), name, type, city + theme + Vocabulary.shortSuffix(type), null));
				}
			}
			for (Map.Entry<LinkedAreaKind, String> area : sample(random, Vocabulary.AREAS, 3)) {
				areas.add(new Named(region.id(), pick(random, cities) + area.getValue(), null, null, area.getKey()));
			}
		}
		rows.insertIgnoringConflicts("industrial_complex",
				"insert into industrial_complex (name, type, region_id) values (?, ?, ?) "
						+ "on conflict on constraint uq_industrial_complex_name do nothing",
				complexes.stream().map((c) -> new Object[] { c.name(), c.type().name(), c.regionId() }).toList());
		rows.insertIgnoringConflicts("linked_area",
				"insert into linked_area (name, kind, region_id) values (?, ?, ?) "
						+ "on conflict on constraint uq_linked_area_name do nothing",
				areas.stream().map((a) -> new Object[] { a.name(), a.kind().name(), a.regionId() }).toList());
		Map<String, Long> complexIds = new HashMap<>();
		this.jdbc.query("select region_id, name, id from industrial_complex", (rs) -> {
			complexIds.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
		});
		Map<String, Long> areaIds = new HashMap<>();
		this.jdbc.query("select region_id, name, id from linked_area", (rs) -> {
			areaIds.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
		});
		Map<Long, Places> places = new HashMap<>();
		for (RegionRef region : regions) {
			places.put(region.id(), new Places(new ArrayList<>(), new ArrayList<>()));
		}
		for (Named c : complexes) {
			places.get(c.regionId())
				.complexes()
				.add(new Complex(complexIds.get(c.regionId() + "/" + c.name()), c.name(), c.type(), c.shortName()));
		}
		for (Named a : areas) {
			places.get(a.regionId())
				.areas()
				.add(new Area(areaIds.get(a.regionId() + "/" + a.name()), a.name(), a.kind()));
		}
		return places;
	}

	/**
	 * The synthetic evaluators, made once: disabled, with the hash of a random password
	 * nobody knows, affiliations that name no region.
	 */
	private List<Long> evaluators(int count, Rows rows) {
		Map<String, Long> existing = new HashMap<>();
		this.jdbc.query("select username, id from account where username like ?", (rs) -> {
			existing.put(rs.getString(1), rs.getLong(2));
		}, EVALUATOR_PREFIX + "%");
		String hash = null;
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String username = EVALUATOR_PREFIX + String.format(Locale.ROOT, "%02d", i);
			Long id = existing.get(username);
			if (id == null) {
				if (hash == null) {
					byte[] secret = new byte[32];
					new SecureRandom().nextBytes(secret);
					hash = this.passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
				}
				List<String> names = Vocabulary.EVALUATOR_NAMES;
				String name = names.get((i - 1) % names.size())
						+ ((i > names.size()) ? " " + (1 + (i - 1) / names.size()) : "");
				id = this.jdbc.queryForObject("""
						insert into account (username, display_name, password_hash, enabled, affiliation)
						values (?, ?, ?, false, ?) returning id""", Long.class, username, name, hash,
						Vocabulary.AFFILIATIONS.get((i - 1) % Vocabulary.AFFILIATIONS.size()));
				this.jdbc.update("insert into account_role (account_id, role) values (?, 'EVALUATOR')", id);
				rows.count("account", 1);
				rows.count("account_role", 1);
			}
			ids.add(id);
		}
		return ids;
	}

	// ---------------------------------------------------------------- one round

	private record Indicator(String code, String name, BigDecimal weight) {
	}

	private record Budget(int year, BigDecimal national, BigDecimal local, BigDecimal privateFunds) {

		BigDecimal total() {
			return this.national.add(this.local).add(this.privateFunds);
		}

		Budget scaled(int percent) {
			return new Budget(this.year, percentOf(this.national, percent), percentOf(this.local, percent),
					percentOf(this.privateFunds, percent));
		}

		private static BigDecimal percentOf(BigDecimal value, int percent) {
			return value.multiply(BigDecimal.valueOf(percent))
				.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
				.setScale(1);
		}

	}

	private record Project(String name, String description, Ministry ministry, boolean newlyProposed,
			List<Budget> budgets) {
	}

	private record Task(String name, List<Project> projects) {
	}

	/** The final confirmation's outcome for a project, with the budget it confirms. */
	private record Outcome(Project project, String kind, String note, List<Budget> budgets) {
	}

	private record Target(TargetMetric metric, BigDecimal value, MeasureUnit unit, String asWritten) {
	}

	private record Weight(HubWeight.Measure measure, BigDecimal amount, MeasureUnit unit, BigDecimal share,
			String asWritten) {
	}

	private record Site(Complex complex, Area area, String linkageFunction) {

		String name() {
			return (this.complex != null) ? this.complex.name() : this.area.name();
		}

	}

	/** A region's plan as drawn, before it has ids. */
	private record Draft(RegionRef region, String regionName, Complex hub, List<Weight> weights, List<Site> sites,
			List<String> industries, String vision, List<Target> targets, List<Task> tasks, String governance,
			List<String> diagnoses, OffsetDateTime createdAt, OffsetDateTime submittedAt) {
	}

	/** A plan's place in the ranking, computed as the ranking board computes it. */
	private record Ranked(int index, BigDecimal score, List<BigDecimal> indicatorMeans) {
	}

	/** One year: drawn in a fixed order, then written table by table. */
	private final class Round {

		private final SyntheticSpec spec;

		private final int year;

		private final Long bareRoundId;

		private final Random random;

		private final Rows rows;

		private final List<RegionRef> regions;

		private final Map<Long, Places> places;

		private final List<Long> evaluators;

		long roundId;

		long callId;

		final List<Long> planIds = new ArrayList<>();

		/** Each plan's project ids, in the order of its tasks and projects. */
		private final Map<Integer, List<Long>> projectIds = new HashMap<>();

		/** Each plan's content as its version keeps it. */
		private final Map<Integer, PlanContent> contents = new HashMap<>();

		Round(SyntheticSpec spec, int year, Long bareRoundId, Random random, Rows rows, List<RegionRef> regions,
				Map<Long, Places> places, List<Long> evaluators) {
			this.spec = spec;
			this.year = year;
			this.bareRoundId = bareRoundId;
			this.random = random;
			this.rows = rows;
			this.regions = regions;
			this.places = places;
			this.evaluators = evaluators;
		}

		private OffsetDateTime at(int month, int day, int hour, int minute) {
			return LocalDateTime.of(this.year, month, day, hour, minute).atZone(SEOUL).toOffsetDateTime();
		}

		private OffsetDateTime at(int month, int day, int hour, int minute, int second) {
			return at(month, day, hour, minute).plusSeconds(second);
		}

		void write() {
			Random r = this.random;
			// the draws, always in this order
			String chair = "국토교통부 제1차관 " + Vocabulary.personName(r);
			String coChair = "산업통상자원부 차관 " + Vocabulary.personName(r);
			List<Draft> drafts = new ArrayList<>();
			for (RegionRef region : this.regions) {
				drafts.add(draft(region));
			}
			int panelSize = this.evaluators.size();
			double[] leniency = new double[panelSize];
			for (int e = 0; e < panelSize; e++) {
				leniency[e] = r.nextGaussian() * 3;
			}
			double[] quality = new double[drafts.size()];
			double[][] offsets = new double[drafts.size()][INDICATORS.size()];
			for (int p = 0; p < drafts.size(); p++) {
				quality[p] = 58 + r.nextDouble() * 27;
				for (int i = 0; i < INDICATORS.size(); i++) {
					offsets[p][i] = r.nextGaussian() * 3;
				}
			}
			BigDecimal[][][] scores = new BigDecimal[drafts.size()][panelSize][INDICATORS.size()];
			String[][][] comments = new String[drafts.size()][panelSize][INDICATORS.size()];
			String[][] opinions = new String[drafts.size()][panelSize];
			OffsetDateTime[][] sheetTimes = new OffsetDateTime[drafts.size()][panelSize];
			for (int p = 0; p < drafts.size(); p++) {
				for (int e = 0; e < panelSize; e++) {
					sheetTimes[p][e] = at(3, between(r, 4, 19), between(r, 9, 21), between(r, 0, 59),
							between(r, 0, 59));
					for (int i = 0; i < INDICATORS.size(); i++) {
						double value = quality[p] + leniency[e] + offsets[p][i] + r.nextGaussian() * 3.5;
						long tenths = Math.max(0, Math.min(1000, Math.round(value * 10)));
						scores[p][e][i] = BigDecimal.valueOf(tenths, 1);
						List<String> pool = (tenths >= 800) ? Vocabulary.SCORE_COMMENTS_GOOD
								: (tenths >= 650) ? Vocabulary.SCORE_COMMENTS_FAIR : Vocabulary.SCORE_COMMENTS_POOR;
						comments[p][e][i] = pick(r, pool);
					}
					opinions[p][e] = pick(r, Vocabulary.OPINIONS);
				}
			}
			List<Ranked> ranking = rank(drafts, scores);
			int selected = this.spec.selectedPerRound();
			boolean completed = this.year + 2 < this.spec.lastYear();
			String[] preliminaryRationale = new String[drafts.size()];
			for (int rank = 0; rank < ranking.size(); rank++) {
				Ranked ranked = ranking.get(rank);
				String head = "평가 " + (rank + 1) + "위(" + ranked.score().toPlainString() + "점): ";
				preliminaryRationale[ranked.index()] = (rank < selected) ? head + pick(r, Vocabulary.STRENGTHS)
						: head + "선정 규모(" + selected + "곳) 밖. " + pick(r, Vocabulary.WEAKNESSES);
			}
			// project outcomes of the selected plans, in rank order
			Map<Integer, List<Outcome>> outcomes = new HashMap<>();
			for (int rank = 0; rank < selected; rank++) {
				int index = ranking.get(rank).index();
				List<Outcome> own = new ArrayList<>();
				for (Task task : drafts.get(index).tasks()) {
					for (Project project : task.projects()) {
						int draw = r.nextInt(100);
						if (draw < 75) {
							own.add(new Outcome(project, "APPROVED", null, project.budgets()));
						}
						else if (draw < 93) {
							int percent = between(r, 60, 90);
							own.add(new Outcome(project, "ADJUSTED", "요청액의 " + percent + "% 수준으로 조정",
									project.budgets().stream().map((b) -> b.scaled(percent)).toList()));
						}
						else {
							own.add(new Outcome(project, "REJECTED", "유사 사업과 중복되어 미반영", List.of()));
						}
					}
				}
				outcomes.put(index, own);
			}
			Map<Integer, String> completionNotes = new HashMap<>();
			if (completed) {
				for (int rank = 0; rank < selected; rank++) {
					completionNotes.put(ranking.get(rank).index(),
							"사업기간 종료, 성과 점검 완료(목표 달성률 " + between(r, 82, 118) + "%)");
				}
			}
			writeRoundAndCall();
			long[] indicatorIds = writeIndicators();
			long[] planIds = writePlans(drafts);
			writePanel(drafts, planIds, indicatorIds, scores, comments, opinions, sheetTimes);
			writeDecisions(drafts, planIds, ranking, preliminaryRationale, outcomes, completionNotes, chair, coChair);
			for (long id : planIds) {
				this.planIds.add(id);
			}
		}

		// ------------------------------------------------------------ drawing a plan

		private Draft draft(RegionRef region) {
			Random r = this.random;
			Places own = this.places.get(region.id());
			List<String> industries = List.copyOf(sample(r, Vocabulary.INDUSTRIES, between(r, 2, 3)));
			List<Complex> hubs = own.complexes()
				.stream()
				.filter((c) -> c.type() == ComplexType.NATIONAL || c.type() == ComplexType.GENERAL)
				.toList();
			Complex hub = pick(r, hubs.isEmpty() ? own.complexes() : hubs);
			String shortName = region.current().shortName();
			List<Weight> weights = new ArrayList<>();
			weights.add(weight(HubWeight.Measure.PRODUCTION, BigDecimal.valueOf(between(r, 20, 600), 1),
					MeasureUnit.TRILLION_WON, "생산액 %s조원"));
			if (r.nextInt(10) < 6) {
				weights.add(weight(HubWeight.Measure.EXPORTS, BigDecimal.valueOf(between(r, 10, 300)),
						MeasureUnit.HUNDRED_MILLION_USD, "수출 %s억$"));
			}
			if (r.nextInt(10) < 6) {
				weights.add(weight(HubWeight.Measure.TENANT_FIRMS, BigDecimal.valueOf(between(r, 150, 6000)),
						MeasureUnit.FIRMS, "입주기업 %s개사"));
			}
			if (r.nextInt(10) < 6) {
				weights.add(weight(HubWeight.Measure.EMPLOYMENT, BigDecimal.valueOf(between(r, 10, 250), 1),
						MeasureUnit.TEN_THOUSAND_PERSONS, "고용 %s만명"));
			}
			List<Site> sites = new ArrayList<>();
			Set<String> taken = new HashSet<>();
			taken.add(hub.name());
			int siteCount = between(r, 2, Math.min(4, own.complexes().size() - 1));
			while (sites.size() < siteCount) {
				String linkage = fill(pick(r, Vocabulary.LINKAGES), Map.of("i", pick(r, industries)));
				if (!own.areas().isEmpty() && r.nextInt(4) == 0) {
					Area area = pick(r, own.areas());
					if (taken.add(area.name())) {
						sites.add(new Site(null, area, linkage));
					}
				}
				else {
					Complex complex = pick(r, own.complexes());
					if (taken.add(complex.name())) {
						sites.add(new Site(complex, null, linkage));
					}
				}
			}
			String hubShort = hub.shortName();
			Map<String, String> words = Map.of("i1", industries.get(0), "i2", industries.get(industries.size() - 1),
					"r", shortName, "h", hubShort);
			String vision = fill(pick(r, Vocabulary.VISIONS), words);
			List<Target> targets = targets(between(r, 3, 6));
			List<Task> tasks = tasks(industries, hubShort);
			LocalDate submittedOn = LocalDate.of(this.year, 2, between(r, 10, 26));
			String regionName = region.nameOn(submittedOn);
			String governance = fill(pick(r, Vocabulary.GOVERNANCE),
					Map.of("n", regionName, "h", hubShort, "r", shortName));
			List<String> diagnoses = new ArrayList<>();
			for (String template : sample(r, Vocabulary.DIAGNOSES, between(r, 2, 4))) {
				diagnoses.add(fill(template,
						Map.of("p", String.valueOf(between(r, 12, 78)), "i1", industries.get(0), "h", hubShort)));
			}
			OffsetDateTime createdAt = at(1, between(r, 7, 31), between(r, 9, 18), between(r, 0, 59));
			OffsetDateTime submittedAt = at(2, submittedOn.getDayOfMonth(), between(r, 9, 17), between(r, 0, 59),
					between(r, 0, 59));
			return new Draft(region, regionName, hub, weights, sites, industries, vision, targets, tasks, governance,
					diagnoses, createdAt, submittedAt);
		}

		private Weight weight(HubWeight.Measure measure, BigDecimal amount, MeasureUnit unit, String format) {
			BigDecimal share = BigDecimal.valueOf(between(this.random, 80, 700), 1);
			return new Weight(measure, amount, unit, share,
					String.format(format, number(amount)) + "(지역 내 " + share.toPlainString() + "%)");
		}

		private List<Target> targets(int count) {
			Random r = this.random;
			List<TargetMetric> others = List.of(TargetMetric.STRONG_SMES, TargetMetric.STARTUPS,
					TargetMetric.FIRMS_ATTRACTED, TargetMetric.YOUTH_EMPLOYMENT_GROWTH,
					TargetMetric.INDUSTRY_CONVERSION_RATE, TargetMetric.EXPORT_SHARE, TargetMetric.SAFETY_ACCIDENTS,
					TargetMetric.WORKER_SATISFACTION, TargetMetric.DIGITAL_LEVEL);
			List<TargetMetric> metrics = new ArrayList<>(
					List.of(TargetMetric.PRODUCTION_INCREASE, TargetMetric.JOBS_CREATED));
			metrics.addAll(sample(r, others, count - 2));
			List<Target> targets = new ArrayList<>();
			for (TargetMetric metric : metrics) {
				TargetDraw draw = TARGET_DRAWS.get(metric);
				BigDecimal value = BigDecimal.valueOf(between(r, draw.low(), draw.high()) * draw.factor(),
						draw.scale());
				targets.add(new Target(metric, value, draw.unit(), String.format(draw.format(), number(value))));
			}
			return targets;
		}

		private List<Task> tasks(List<String> industries, String hubShort) {
			Random r = this.random;
			int projects = this.spec.projectsPerPlan();
			int count = Math.min(between(r, 3, 4), projects);
			List<Task> tasks = new ArrayList<>();
			int index = 0;
			for (Vocabulary.Theme theme : sample(r, Vocabulary.THEMES_OF_TASKS, count)) {
				String name = fill(pick(r, theme.taskNames()), Map.of("i", pick(r, industries)));
				int size = projects / count + ((index < projects % count) ? 1 : 0);
				List<String> names = sample(r, theme.projects(), theme.projects().size());
				List<Project> own = new ArrayList<>();
				for (int k = 0; k < size; k++) {
					String base = fill(names.get(k % names.size()), Map.of("i", pick(r, industries)));
					String projectName = (k < names.size()) ? base : base + " (" + (1 + k / names.size()) + "단계)";
					String description = fill(pick(r, Vocabulary.PROJECT_DESCRIPTIONS),
							Map.of("h", hubShort, "i", pick(r, industries), "k", String.valueOf(between(r, 10, 120))));
					Ministry ministry = pick(r, theme.ministries());
					boolean newlyProposed = r.nextInt(10) < 6;
					own.add(new Project(projectName, description, ministry, newlyProposed, budgets()));
				}
				tasks.add(new Task(name, own));
				index++;
			}
			return tasks;
		}

		/** Three yearly budgets (KRW million), split national / local / private. */
		private List<Budget> budgets() {
			Random r = this.random;
			long total = 300 + Math.min(40000, Math.round(Math.exp(7.3 + 0.8 * r.nextGaussian())));
			int first = between(r, 20, 40);
			int second = between(r, 30, 40);
			int national = between(r, 40, 70);
			int local = between(r, 20, 100 - national);
			int[] shares = { first, second, 100 - first - second };
			List<Budget> budgets = new ArrayList<>();
			for (int y = 0; y < 3; y++) {
				long amount = total * shares[y] / 100;
				long nationalPart = amount * national / 100;
				long localPart = amount * local / 100;
				budgets.add(new Budget(this.year + y, BigDecimal.valueOf(nationalPart).setScale(1),
						BigDecimal.valueOf(localPart).setScale(1),
						BigDecimal.valueOf(amount - nationalPart - localPart).setScale(1)));
			}
			return budgets;
		}

		// ------------------------------------------------------------ ranking

		/**
		 * The order the ranking board gives: trimmed mean of the evaluators' weighted
		 * totals, then the indicator means by weight, then the earlier submission.
		 */
		private List<Ranked> rank(List<Draft> drafts, BigDecimal[][][] scores) {
			List<Ranked> ranked = new ArrayList<>();
			BigDecimal weights = INDICATORS.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
			for (int p = 0; p < drafts.size(); p++) {
				List<BigDecimal> totals = new ArrayList<>();
				for (BigDecimal[] sheet : scores[p]) {
					BigDecimal sum = BigDecimal.ZERO;
					for (int i = 0; i < INDICATORS.size(); i++) {
						sum = sum.add(sheet[i].multiply(INDICATORS.get(i).weight()));
					}
					totals.add(sum.divide(weights, EXACT));
				}
				List<BigDecimal> means = new ArrayList<>();
				for (int i = 0; i < INDICATORS.size(); i++) {
					List<BigDecimal> values = new ArrayList<>();
					for (BigDecimal[] sheet : scores[p]) {
						values.add(sheet[i]);
					}
					means.add(round(mean(values)));
				}
				ranked.add(new Ranked(p, round(trimmedMean(totals)), means));
			}
			List<Integer> byWeight = new ArrayList<>();
			for (int i = 0; i < INDICATORS.size(); i++) {
				byWeight.add(i);
			}
			byWeight.sort(Comparator.comparing((Integer i) -> INDICATORS.get(i).weight())
				.reversed()
				.thenComparingInt((i) -> i));
			Comparator<Ranked> order = Comparator.comparing(Ranked::score, Comparator.reverseOrder());
			for (int i : byWeight) {
				order = order.thenComparing((row) -> row.indicatorMeans().get(i), Comparator.reverseOrder());
			}
			order = order.thenComparing((row) -> drafts.get(row.index()).submittedAt())
				.thenComparingInt((row) -> drafts.get(row.index()).region().position());
			ranked.sort(order);
			return ranked;
		}

		// ------------------------------------------------------------ writing

		private void writeRoundAndCall() {
			LocalDate callOpened = LocalDate.of(this.year, 1, 6);
			String finalMonth = String.format(Locale.ROOT, "%04d-06", this.year);
			if (this.bareRoundId != null) {
				this.roundId = this.bareRoundId;
				SyntheticProgram.this.jdbc.update("""
						update program_round set planned_designations = ?, call_opened_on = ?,
						final_confirmation_planned = ?, version = version + 1 where id = ?""",
						this.spec.selectedPerRound(), callOpened, finalMonth, this.roundId);
			}
			else {
				this.roundId = SyntheticProgram.this.jdbc.queryForObject("""
						insert into program_round (year, ordinal, planned_designations, call_opened_on,
						                           final_confirmation_planned)
						values (?, ?, ?, ?, ?) returning id""", Long.class, this.year, ordinal(),
						this.spec.selectedPerRound(), callOpened, finalMonth);
				this.rows.count("program_round", 1);
			}
			String notice = this.year + "년 산업단지 대개조 지역 공모\n\n" + "광역지자체는 거점산단과 연계산단·지역을 묶은 산단혁신계획을 " + this.year
					+ ". 2. 26. 18:00까지 제출해 주십시오. " + "민간 평가위원회가 지역진단 전략성, 거점·연계지역 적절성, 혁신계획 타당성, 성과목표 실현가능성을 평가하며, "
					+ "상위 " + this.spec.selectedPerRound() + "곳 내외를 예비선정합니다.";
			this.callId = SyntheticProgram.this.jdbc.queryForObject("""
					insert into proposal_call (round_id, opens_at, closes_at, notice, opened_at, opened_by)
					values (?, ?, ?, ?, ?, ?) returning id""", Long.class, this.roundId, at(1, 6, 9, 0),
					at(2, 26, 18, 0), notice, at(1, 5, 10, 0), ACTOR);
			this.rows.count("proposal_call", 1);
		}

		/**
		 * 차수: 2020 was the 1st; another number when that one is taken by another year.
		 */
		private int ordinal() {
			int wanted = this.year - 2019;
			Integer takenBy = SyntheticProgram.this.jdbc
				.queryForList("select year from program_round where ordinal = ?", Integer.class, wanted)
				.stream()
				.findFirst()
				.orElse(null);
			if (wanted >= 1 && takenBy == null) {
				return wanted;
			}
			Integer max = SyntheticProgram.this.jdbc
				.queryForObject("select coalesce(max(ordinal), 0) from program_round", Integer.class);
			return ((max != null) ? max : 0) + 1;
		}

		private long[] writeIndicators() {
			long[] ids = this.rows.ids("evaluation_indicator", INDICATORS.size());
			List<Object[]> args = new ArrayList<>();
			for (int i = 0; i < INDICATORS.size(); i++) {
				Indicator indicator = INDICATORS.get(i);
				args.add(new Object[] { ids[i], this.roundId, i + 1, indicator.code(), indicator.name(),
						indicator.weight() });
			}
			this.rows.insert("evaluation_indicator", """
					insert into evaluation_indicator (id, round_id, position, code, name, weight)
					overriding system value values (?, ?, ?, ?, ?, ?)""", args);
			return ids;
		}

		private long[] writePlans(List<Draft> drafts) {
			long[] planIds = this.rows.ids("innovation_plan", drafts.size());
			List<Object[]> plans = new ArrayList<>();
			List<Object[]> industries = new ArrayList<>();
			List<Object[]> weights = new ArrayList<>();
			List<Object[]> sites = new ArrayList<>();
			List<Object[]> targets = new ArrayList<>();
			List<Object[]> diagnoses = new ArrayList<>();
			List<Object[]> tasks = new ArrayList<>();
			List<Object[]> projects = new ArrayList<>();
			List<Object[]> budgets = new ArrayList<>();
			List<Object[]> versions = new ArrayList<>();
			int taskCount = drafts.stream().mapToInt((d) -> d.tasks().size()).sum();
			int projectCount = drafts.stream()
				.flatMap((d) -> d.tasks().stream())
				.mapToInt((t) -> t.projects().size())
				.sum();
			long[] taskIds = this.rows.ids("plan_key_task", taskCount);
			long[] projectIds = this.rows.ids("plan_requested_project", projectCount);
			int nextTask = 0;
			int nextProject = 0;
			this.projectIds.clear();
			for (int p = 0; p < drafts.size(); p++) {
				Draft d = drafts.get(p);
				long planId = planIds[p];
				// status, publication and the district are set with the decisions
				plans.add(new Object[] { planId, this.roundId, d.region().id(), d.regionName(), d.hub().id(), "기여도",
						d.vision(), d.governance(), d.createdAt(), d.submittedAt() });
				for (int i = 0; i < d.industries().size(); i++) {
					industries.add(new Object[] { planId, i + 1, d.industries().get(i) });
				}
				for (int i = 0; i < d.weights().size(); i++) {
					Weight w = d.weights().get(i);
					weights.add(new Object[] { planId, i + 1, w.measure().name(), w.amount(), w.unit().symbol(),
							w.share(), w.asWritten() });
				}
				for (int i = 0; i < d.sites().size(); i++) {
					Site s = d.sites().get(i);
					sites.add(new Object[] { planId, i + 1, (s.complex() != null) ? s.complex().id() : null,
							(s.area() != null) ? s.area().id() : null, s.linkageFunction() });
				}
				for (int i = 0; i < d.targets().size(); i++) {
					Target t = d.targets().get(i);
					targets.add(new Object[] { planId, i + 1, t.metric().name(), t.value(), t.unit().symbol(),
							this.year + 2, t.asWritten() });
				}
				for (int i = 0; i < d.diagnoses().size(); i++) {
					diagnoses.add(new Object[] { planId, i + 1, d.diagnoses().get(i) });
				}
				List<Long> ownProjects = new ArrayList<>();
				for (int t = 0; t < d.tasks().size(); t++) {
					Task task = d.tasks().get(t);
					long taskId = taskIds[nextTask++];
					tasks.add(new Object[] { taskId, planId, t + 1, task.name() });
					for (int k = 0; k < task.projects().size(); k++) {
						Project project = task.projects().get(k);
						long projectId = projectIds[nextProject++];
						ownProjects.add(projectId);
						projects.add(new Object[] { projectId, taskId, k + 1, project.name(), project.newlyProposed(),
								project.description(), project.ministry().name() });
						for (Budget b : project.budgets()) {
							budgets
								.add(new Object[] { projectId, b.year(), b.national(), b.local(), b.privateFunds() });
						}
					}
				}
				this.projectIds.put(p, ownProjects);
				PlanContent content = content(d, ownProjects);
				this.contents.put(p, content);
				versions.add(new Object[] { planId, d.submittedAt(), "region-" + d.region().code().toLowerCase(),
						snapshot(d, content) });
			}
			this.rows.insert("innovation_plan", """
					insert into innovation_plan (id, round_id, region_id, region_name, status, hub_complex_id,
					                             hub_weight_label, vision, governance, created_at, submitted_at)
					overriding system value values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?)""", plans);
			this.rows.insert("plan_main_industry",
					"insert into plan_main_industry (plan_id, position, name) values (?, ?, ?)", industries);
			this.rows.insert("plan_hub_weight", """
					insert into plan_hub_weight (plan_id, position, measure, amount, unit, share_percent, as_written)
					values (?, ?, ?, ?, ?, ?, ?)""", weights);
			this.rows.insert("plan_linked_site", """
					insert into plan_linked_site (plan_id, position, complex_id, area_id, linkage_function)
					values (?, ?, ?, ?, ?)""", sites);
			this.rows.insert("plan_target", """
					insert into plan_target (plan_id, source, position, metric, value, unit, target_year, as_written)
					values (?, 'PLAN', ?, ?, ?, ?, ?, ?)""", targets);
			this.rows.insert("plan_diagnosis",
					"insert into plan_diagnosis (plan_id, position, description) values (?, ?, ?)", diagnoses);
			this.rows.insert("plan_key_task", """
					insert into plan_key_task (id, plan_id, position, name)
					overriding system value values (?, ?, ?, ?)""", tasks);
			this.rows.insert("plan_requested_project", """
					insert into plan_requested_project (id, key_task_id, position, name, newly_proposed, description,
					                                    lead_ministry)
					overriding system value values (?, ?, ?, ?, ?, ?, ?)""", projects);
			this.rows.insert("plan_project_budget", """
					insert into plan_project_budget (project_id, year, national, local, private_funds)
					values (?, ?, ?, ?, ?)""", budgets);
			this.rows.insert("plan_version", """
					insert into plan_version (plan_id, number, submitted_at, submitted_by, content)
					values (?, 1, ?, ?, ?::jsonb)""", versions);
			return planIds;
		}

		/**
		 * The plan as a version keeps it, with the ids its rows were given: what
		 * {@code PlanContent.of} reads of the same plan.
		 */
		private PlanContent content(Draft d, List<Long> projectIds) {
			java.util.Iterator<Long> ids = projectIds.iterator();
			return new PlanContent(new PlanContent.Hub(d.hub().id(), d.hub().name(), null), "기여도",
					d.weights()
						.stream()
						.map((w) -> new PlanContent.Weight(w.measure(), w.amount(), w.unit(), w.share(), w.asWritten()))
						.toList(),
					d.sites()
						.stream()
						.map((site) -> (site.complex() != null)
								? new PlanContent.Site("COMPLEX", site.complex().id(), site.name(), null,
										site.linkageFunction())
								: new PlanContent.Site(site.area().kind().name(), site.area().id(), site.name(), null,
										site.linkageFunction()))
						.toList(),
					d.industries(), d.vision(),
					d.targets()
						.stream()
						.map((t) -> new PlanContent.Target(TargetSource.PLAN, t.metric(), t.value(), t.unit(),
								this.year + 2, t.asWritten()))
						.toList(),
					d.tasks()
						.stream()
						.map((task) -> new PlanContent.Task(task.name(), null, task.projects()
							.stream()
							.map((project) -> new PlanContent.Project(ids.next(), project.name(), project.description(),
									project.ministry(), project.newlyProposed(), yearBudgets(project.budgets()), null))
							.toList(), List.of()))
						.toList(),
					d.governance(), d.diagnoses().stream().map((text) -> new PlanContent.Point(null, text)).toList(),
					null, null, null);
		}

		private String snapshot(Draft d, PlanContent content) {
			return PlanSnapshots.write(this.year, d.regionName(), content);
		}

		private static List<YearBudget> yearBudgets(List<Budget> budgets) {
			return budgets.stream()
				.map((b) -> new YearBudget(b.year(), b.national(), b.local(), b.privateFunds()))
				.toList();
		}

		private void writePanel(List<Draft> drafts, long[] planIds, long[] indicatorIds, BigDecimal[][][] scores,
				String[][][] comments, String[][] opinions, OffsetDateTime[][] sheetTimes) {
			Long panelId = SyntheticProgram.this.jdbc.queryForObject("""
					insert into evaluation_panel (call_id, aggregation, divergence_threshold, outlier_threshold,
					                              formed_at, formed_by, started_at, started_by, completed_at,
					                              completed_by, results_published_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, this.callId,
					Aggregation.TRIMMED_MEAN.name(), THRESHOLD, THRESHOLD, at(2, 27, 10, 0), ACTOR, at(3, 3, 9, 0),
					ACTOR, at(3, 20, 18, 0), ACTOR, at(3, 31, 15, 0));
			this.rows.count("evaluation_panel", 1);
			List<Object[]> members = new ArrayList<>();
			for (int e = 0; e < this.evaluators.size(); e++) {
				members.add(new Object[] { panelId, this.evaluators.get(e), at(2, 27, 10, 30),
						at(3, 2, 9 + e % 9, (e * 7) % 60) });
			}
			this.rows.insert("evaluation_member", """
					insert into evaluation_member (panel_id, account_id, added_at, pledge_signed_at)
					values (?, ?, ?, ?)""", members);
			long[] sheetIds = this.rows.ids("evaluation_sheet", drafts.size() * this.evaluators.size());
			List<Object[]> sheets = new ArrayList<>();
			List<Object[]> scoreRows = new ArrayList<>();
			int next = 0;
			for (int p = 0; p < drafts.size(); p++) {
				for (int e = 0; e < this.evaluators.size(); e++) {
					long sheetId = sheetIds[next++];
					sheets.add(new Object[] { sheetId, panelId, this.evaluators.get(e), planIds[p], opinions[p][e],
							sheetTimes[p][e], sheetTimes[p][e] });
					for (int i = 0; i < indicatorIds.length; i++) {
						scoreRows.add(new Object[] { sheetId, indicatorIds[i], scores[p][e][i], comments[p][e][i] });
					}
				}
			}
			this.rows.insert("evaluation_sheet", """
					insert into evaluation_sheet (id, panel_id, account_id, plan_id, plan_version, status, opinion,
					                              saved_at, submitted_at)
					overriding system value values (?, ?, ?, ?, 1, 'SUBMITTED', ?, ?, ?)""", sheets);
			this.rows.insert("evaluation_score",
					"insert into evaluation_score (sheet_id, indicator_id, score, comment) values (?, ?, ?, ?)",
					scoreRows);
		}

		/**
		 * The budget ledger of a funded project's year, per source: secured in the budget
		 * (sometimes short of what was confirmed), allocated in spring (short again at
		 * times), executed in two steps through the year, some years well behind; the
		 * district's last year is still being executed, earlier years are settled early
		 * the next year with what was left carried over or returned.
		 */
		private void ledger(List<Object[]> rows, Random random, long planId, long projectId, Budget budget) {
			int y = budget.year();
			boolean running = y >= this.year + 2;
			String[] sources = { "NATIONAL", "LOCAL", "PRIVATE" };
			BigDecimal[] amounts = { budget.national(), budget.local(), budget.privateFunds() };
			for (int s = 0; s < sources.length; s++) {
				if (amounts[s].signum() <= 0) {
					continue;
				}
				BigDecimal secured = share(amounts[s], (random.nextInt(5) == 0) ? 85 + random.nextInt(15) : 100);
				BigDecimal allocated = share(secured, (random.nextInt(4) == 0) ? 80 + random.nextInt(20) : 100);
				// a year in five is well behind; the rest execute most of the money
				int executedShare = (random.nextInt(5) == 0) ? 20 + random.nextInt(40) : 70 + random.nextInt(31);
				BigDecimal midYear = share(allocated, executedShare / 2);
				BigDecimal executed = share(allocated,
						running ? executedShare / 2 + random.nextInt(20) : executedShare);
				rows.add(ledgerRow(planId, projectId, y, sources[s], "SECURED", secured, LocalDate.of(y - 1, 12, 20)));
				rows.add(ledgerRow(planId, projectId, y, sources[s], "ALLOCATED", allocated,
						LocalDate.of(y, 3 + random.nextInt(3), 1 + random.nextInt(28))));
				rows.add(ledgerRow(planId, projectId, y, sources[s], "EXECUTED", midYear,
						LocalDate.of(y, 6, 1 + random.nextInt(30))));
				rows.add(ledgerRow(planId, projectId, y, sources[s], "EXECUTED", executed.max(midYear),
						LocalDate.of(y, running ? 9 : 12, 1 + random.nextInt(28))));
				if (!running) {
					BigDecimal left = allocated.subtract(executed.max(midYear));
					BigDecimal carried = share(left, random.nextInt(80));
					LocalDate settledOn = LocalDate.of(y + 1, 2, 1 + random.nextInt(27));
					rows.add(ledgerRow(planId, projectId, y, sources[s], "SETTLED", executed.max(midYear), settledOn));
					rows.add(ledgerRow(planId, projectId, y, sources[s], "CARRIED_OVER", carried, settledOn));
					rows.add(
							ledgerRow(planId, projectId, y, sources[s], "RETURNED", left.subtract(carried), settledOn));
				}
			}
		}

		private static BigDecimal share(BigDecimal amount, int percent) {
			return amount.multiply(BigDecimal.valueOf(percent))
				.divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
		}

		private static Object[] ledgerRow(long planId, long projectId, int year, String source, String stage,
				BigDecimal amount, LocalDate on) {
			return new Object[] { planId, projectId, year, source, stage, amount, on, null };
		}

		private void writeDecisions(List<Draft> drafts, long[] planIds, List<Ranked> ranking,
				String[] preliminaryRationale, Map<Integer, List<Outcome>> outcomes,
				Map<Integer, String> completionNotes, String chair, String coChair) {
			int selected = this.spec.selectedPerRound();
			LocalDate preliminaryDay = LocalDate.of(this.year, 3, 31);
			LocalDate confirmationDay = LocalDate.of(this.year, 6, 24);
			LocalDate designationDay = LocalDate.of(this.year, 7, 8);
			LocalDate completionDay = LocalDate.of(this.year + 3, 1, 20);
			LocalDate districtStart = LocalDate.of(this.year, 1, 1);
			LocalDate districtEnd = districtStart.plusYears(3).minusDays(1);
			long preliminary = meeting(MeetingKind.PRELIMINARY_SELECTION, preliminaryDay, chair, coChair);
			long confirmation = meeting(MeetingKind.FINAL_CONFIRMATION, confirmationDay, chair, coChair);
			long designation = meeting(MeetingKind.DESIGNATION, designationDay, chair, coChair);
			List<Object[]> events = new ArrayList<>();
			List<Object[]> decisions = new ArrayList<>();
			List<Object[]> milestones = new ArrayList<>();
			List<Object[]> updates = new ArrayList<>();
			long[] milestoneIds = this.rows.ids("plan_milestone",
					drafts.size() + 2 * Math.min(selected, ranking.size()));
			int nextMilestone = 0;
			for (int p = 0; p < drafts.size(); p++) {
				long planId = planIds[p];
				events.add(new Object[] { planId, PlanStatus.SUBMITTED.name(),
						drafts.get(p).submittedAt().toLocalDate(), null, null });
				events.add(new Object[] { planId, PlanStatus.UNDER_EVALUATION.name(), LocalDate.of(this.year, 3, 3),
						null, null });
				milestones.add(new Object[] { milestoneIds[nextMilestone++], planId, PlanStatus.SUBMITTED.name(),
						at(3, 3, 9, 0), snapshot(drafts.get(p), this.contents.get(p)) });
			}
			List<Object[]> outcomeRows = new ArrayList<>();
			List<Object[]> outcomeBudgets = new ArrayList<>();
			int outcomeCount = outcomes.values().stream().mapToInt(List::size).sum();
			long[] outcomeIds = this.rows.ids("project_outcome", outcomeCount);
			int nextOutcome = 0;
			// the ledger draws from its own seed, so that the rest of the data set is
			// what
			// it was before the ledger was generated
			List<Object[]> ledgerRows = new ArrayList<>();
			Random ledgerRandom = new Random(this.spec.seed() * 31 + this.year);
			for (int rank = 0; rank < ranking.size(); rank++) {
				int p = ranking.get(rank).index();
				long planId = planIds[p];
				String rationale = preliminaryRationale[p];
				if (rank >= selected) {
					events.add(new Object[] { planId, PlanStatus.NOT_SELECTED.name(), preliminaryDay, preliminary,
							rationale });
					decisions.add(new Object[] { preliminary, planId, PlanStatus.NOT_SELECTED.name(), rationale });
					updates.add(new Object[] { PlanStatus.NOT_SELECTED.name(), null, null, null, null, null, planId });
					continue;
				}
				events.add(new Object[] { planId, PlanStatus.PRELIMINARILY_SELECTED.name(), preliminaryDay, preliminary,
						rationale });
				decisions
					.add(new Object[] { preliminary, planId, PlanStatus.PRELIMINARILY_SELECTED.name(), rationale });
				milestones
					.add(new Object[] { milestoneIds[nextMilestone++], planId, PlanStatus.PRELIMINARILY_SELECTED.name(),
							at(3, 31, 11, 0), snapshot(drafts.get(p), this.contents.get(p)) });
				List<Outcome> own = outcomes.get(p);
				List<Long> projectIds = this.projectIds.get(p);
				int approved = 0;
				int adjusted = 0;
				int rejected = 0;
				Map<Long, PlanContent.Funding> funding = new HashMap<>();
				for (int k = 0; k < own.size(); k++) {
					Outcome outcome = own.get(k);
					funding.put(projectIds.get(k),
							new PlanContent.Funding(outcome.kind(), outcome.note(), yearBudgets(outcome.budgets())));
					switch (outcome.kind()) {
						case "APPROVED" -> approved++;
						case "ADJUSTED" -> adjusted++;
						default -> rejected++;
					}
					long outcomeId = outcomeIds[nextOutcome++];
					outcomeRows.add(new Object[] { outcomeId, confirmation, planId, projectIds.get(k), outcome.kind(),
							outcome.project().ministry().name(), outcome.note() });
					for (Budget b : outcome.budgets()) {
						outcomeBudgets
							.add(new Object[] { outcomeId, b.year(), b.national(), b.local(), b.privateFunds() });
						if (!"REJECTED".equals(outcome.kind())) {
							ledger(ledgerRows, ledgerRandom, planId, projectIds.get(k), b);
						}
					}
				}
				String confirmed = "예비선정 후 컨설팅 결과를 반영하여 요청사업 " + own.size() + "건 중 " + approved + "건 원안 승인, " + adjusted
						+ "건 조정, " + rejected + "건 미반영으로 최종 확정";
				events.add(
						new Object[] { planId, PlanStatus.CONFIRMED.name(), confirmationDay, confirmation, confirmed });
				decisions.add(new Object[] { confirmation, planId, PlanStatus.CONFIRMED.name(), confirmed });
				// the confirmed plan as the public reads it once published: with what was
				// funded
				long confirmedMilestone = milestoneIds[nextMilestone++];
				milestones.add(new Object[] { confirmedMilestone, planId, PlanStatus.CONFIRMED.name(), at(6, 24, 11, 0),
						snapshot(drafts.get(p), this.contents.get(p).withFunding(funding)) });
				String designated = this.year + "년 경쟁력강화사업지구 지정(사업기간 " + this.year + ". 1. 1.~" + (this.year + 2)
						+ ". 12. 31.)";
				events.add(
						new Object[] { planId, PlanStatus.DESIGNATED.name(), designationDay, designation, designated });
				decisions.add(new Object[] { designation, planId, PlanStatus.DESIGNATED.name(), designated });
				PlanStatus last = PlanStatus.DESIGNATED;
				String note = completionNotes.get(p);
				if (note != null) {
					events.add(new Object[] { planId, PlanStatus.COMPLETED.name(), completionDay, null, note });
					last = PlanStatus.COMPLETED;
				}
				updates.add(new Object[] { last.name(), preliminaryDay, last.name(), districtStart, districtEnd,
						confirmedMilestone, planId });
			}
			this.rows.insert("plan_status_event", """
					insert into plan_status_event (plan_id, status, occurred_on, meeting_id, note)
					values (?, ?, ?, ?, ?)""", events);
			this.rows.insert("committee_decision", """
					insert into committee_decision (meeting_id, plan_id, outcome, rationale) values (?, ?, ?, ?)""",
					decisions);
			this.rows.insert("plan_milestone", """
					insert into plan_milestone (id, plan_id, kind, taken_at, content)
					overriding system value values (?, ?, ?, ?, ?::jsonb)""", milestones);
			this.rows.insert("project_outcome", """
					insert into project_outcome (id, meeting_id, plan_id, project_id, outcome, lead_ministry, note)
					overriding system value values (?, ?, ?, ?, ?, ?, ?)""", outcomeRows);
			this.rows.insert("project_outcome_budget", """
					insert into project_outcome_budget (outcome_id, year, national, local, private_funds)
					values (?, ?, ?, ?, ?)""", outcomeBudgets);
			this.rows.insert("budget_ledger_entry", """
					insert into budget_ledger_entry (plan_id, project_id, year, source, stage, amount, entered_on,
					    reason, entered_by) values (?, ?, ?, ?, ?, ?, ?, ?, 'synthetic')""", ledgerRows);
			SyntheticProgram.this.jdbc.batchUpdate("""
					update innovation_plan set status = ?, published_on = ?, public_status = ?, district_start = ?,
					district_end = ?, public_milestone_id = ? where id = ?""", updates);
		}

		private long meeting(MeetingKind kind, LocalDate heldOn, String chair, String coChair) {
			Long id = SyntheticProgram.this.jdbc.queryForObject("""
					insert into committee_meeting (held_on, title, chair, co_chair, round_id, kind, recorded_by,
					                               published_at)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, heldOn, CommitteeMeetings.TITLE, chair,
					coChair, this.roundId, kind.name(), ACTOR, heldOn.atTime(15, 0).atZone(SEOUL).toOffsetDateTime());
			this.rows.count("committee_meeting", 1);
			return id;
		}

	}

	// ---------------------------------------------------------------- arithmetic as the
	// ranking does it

	private static BigDecimal mean(List<BigDecimal> values) {
		return values.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), EXACT);
	}

	private static BigDecimal trimmedMean(List<BigDecimal> values) {
		if (values.size() < 3) {
			return mean(values);
		}
		List<BigDecimal> sorted = values.stream().sorted().toList();
		return mean(sorted.subList(1, sorted.size() - 1));
	}

	private static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * A figure as Korean officials write it: 1,234 or 12.3, whatever the JVM's locale
	 * (the same seed must give the same text).
	 */
	private static String number(BigDecimal value) {
		return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.KOREA)).format(value);
	}

	/** Batched inserts that count their rows per table, and ids taken ahead of them. */
	static final class Rows {

		private final JdbcTemplate jdbc;

		final Map<String, Integer> counts = new LinkedHashMap<>();

		private static final int BATCH = 1000;

		Rows(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		void count(String table, int rows) {
			this.counts.merge(table, rows, Integer::sum);
		}

		/**
		 * The next {@code n} ids of the table's identity, so that rows can be linked
		 * before they are written.
		 */
		long[] ids(String table, int n) {
			if (n == 0) {
				return new long[0];
			}
			return this.jdbc
				.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class,
						table, n)
				.stream()
				.mapToLong(Long::longValue)
				.toArray();
		}

		void insert(String table, String sql, List<Object[]> args) {
			insertIgnoringConflicts(table, sql, args);
		}

		/**
		 * Inserts what is not there yet (an insert without {@code on conflict} writes
		 * every row); counts only the rows written.
		 */
		void insertIgnoringConflicts(String table, String sql, List<Object[]> args) {
			int written = 0;
			for (int from = 0; from < args.size(); from += BATCH) {
				for (int result : this.jdbc.batchUpdate(sql, args.subList(from, Math.min(args.size(), from + BATCH)))) {
					written += Math.max(result, 0);
				}
			}
			count(table, written);
		}

	}

}
