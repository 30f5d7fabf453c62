package kr.go.sandan.plan;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;

/**
 * Published plans as the public pages read them; the plan module's public API. Each
 * method runs a fixed number of queries whatever the data size.
 */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {

	private final PlanRepository repository;

	private final JdbcClient jdbc;

	private final LivePlanContent live;

	PlanCatalog(PlanRepository repository, JdbcClient jdbc, LivePlanContent live) {
		this.live = live;
		this.jdbc = jdbc;
		this.repository = repository;
	}

	/**
	 * A plan as the viewer may read it (a fixed number of queries): its record for the
	 * ministry and its own region, the copy of its last published decision for everyone
	 * else. Empty when it does not exist or the viewer may not see it. The record's
	 * content is read by a plain statement ({@link LivePlanContent#of}): a caller that
	 * changed the plan's entities in its transaction flushes them first.
	 * @param viewer the signed-in person, or {@code null} for an anonymous visitor
	 */
	public Optional<PlanReading> plan(long id, PortalUser viewer) {
		return this.repository.findForReading(id)
			.filter((found) -> PlanVisibility.canRead(found, viewer))
			.map((found) -> {
				Readership reader = PlanVisibility.readership(found, viewer);
				this.repository.fetchStatusEvents(id);
				if (reader == Readership.PUBLIC) {
					return new PlanReading(found, reader, publicContent(found));
				}
				// the content as the record holds it, read as one row, not as entities
				return new PlanReading(found, reader, this.live.of(id).orElseThrow());
			});
	}

	/**
	 * The plan's record (round, region and its names, hub) for a viewer who follows it
	 * (the ministry, the plan's own region), without its content: what a document's
	 * download and the comparison of versions check. Empty otherwise.
	 */
	public Optional<InnovationPlan> followed(long id, PortalUser viewer) {
		return this.repository.findForReading(id)
			.filter((found) -> PlanVisibility.canRead(found, viewer)
					&& PlanVisibility.readership(found, viewer).follows());
	}

	/**
	 * A published plan as the public reads it, whoever asks (an officer prints what the
	 * public sees): the copy of its last published decision. Empty when it does not exist
	 * or is not published.
	 */
	public Optional<PlanReading> published(long id) {
		return this.repository.findForReading(id).filter(InnovationPlan::isPublished).map((found) -> {
			this.repository.fetchStatusEvents(id);
			return new PlanReading(found, Readership.PUBLIC, publicContent(found));
		});
	}

	private static PlanContent publicContent(InnovationPlan plan) {
		if (plan.getPublicSnapshot() == null) {
			throw new IllegalStateException("Published plan " + plan.getId() + " has no public copy");
		}
		return plan.getPublicSnapshot().read();
	}

	/**
	 * A plan as one reader reads it.
	 *
	 * @param plan the plan's record: identity, round, region and status events (not its
	 * content's collections: the content is read as one row, see {@link LivePlanContent})
	 * @param content what the reader reads of it
	 */
	public record PlanReading(InnovationPlan plan, Readership reader, PlanContent content) {

		/** The status this reader may know. */
		public PlanStatus status() {
			return this.plan.statusFor(this.reader);
		}

		/** The steps this reader may know. */
		public List<PlanStatusEvent> history() {
			return this.plan.historyFor(this.reader);
		}

		/**
		 * The milestone whose copy the public reads, for readers who read the record
		 * ({@code null} while unpublished).
		 */
		public PlanStatus publicKind() {
			return (this.plan.getPublicSnapshot() != null) ? this.plan.getPublicSnapshot().getKind() : null;
		}

	}

	/**
	 * The published plans of a round with region and hub complex, in the regions' order
	 * (the hub as the plan now names it: for the ministry's pages).
	 */
	public List<InnovationPlan> publishedInRound(long roundId) {
		return this.repository.findPublishedInRound(roundId);
	}

	/**
	 * The plans of a region the viewer may read, with round and hub complex, oldest first
	 * (one query; one more for the region's own staff, who know its decisions only once
	 * published).
	 */
	public List<InnovationPlan> visibleOfRegion(long regionId, PortalUser viewer) {
		List<InnovationPlan> plans = this.repository.findOfRegion(regionId)
			.stream()
			.filter((plan) -> PlanVisibility.canRead(plan, viewer))
			.toList();
		if (plans.stream().anyMatch((plan) -> PlanVisibility.readership(plan, viewer) == Readership.REGION)) {
			this.repository.fetchStatusEvents(plans.stream().map(InnovationPlan::getId).toList());
		}
		return plans;
	}

	/**
	 * The plans of a region the viewer may read, as lines of a work list: round, the name
	 * the region had, the status and the status the viewer may know, oldest round first.
	 * One plain statement: loading the plans with their status events and meetings only
	 * to work out the status a region knows was a third of a region's {@code /me} (issue
	 * 18).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<PlanLine> linesOfRegion(long regionId, PortalUser viewer) {
		Readership reader = PlanVisibility.readership(regionId, viewer);
		// a step taken at a committee meeting not published yet is hidden from the region
		// (InnovationPlan.statusFor): the last step it knows, and whether any is hidden
		return this.jdbc.sql("""
				select p.id, p.round_id, r.year, p.region_name, p.status, p.public_status,
				  (select e.status from plan_status_event e left join committee_meeting m on m.id = e.meeting_id
				   where e.plan_id = p.id and (e.meeting_id is null or m.published_at is not null)
				   order by e.id desc limit 1) as last_known,
				  exists (select from plan_status_event e join committee_meeting m on m.id = e.meeting_id
				   where e.plan_id = p.id and m.published_at is null) as any_hidden
				from innovation_plan p join program_round r on r.id = p.round_id
				where p.region_id = :region and (:all or p.published_on is not null)
				order by r.year, p.id""")
			.param("region", regionId)
			.param("all", PlanVisibility.followsRegion(regionId, viewer))
			.query((rs, n) -> {
				PlanStatus status = PlanStatus.valueOf(rs.getString("status"));
				PlanStatus known = switch (reader) {
					case OFFICE -> status;
					case REGION -> InnovationPlan.regionKnows(status, PlanStatus.ofNullable(rs.getString("last_known")),
							rs.getBoolean("any_hidden"));
					case PUBLIC ->
						Objects.requireNonNullElse(PlanStatus.ofNullable(rs.getString("public_status")), status);
				};
				return new PlanLine(rs.getLong("id"), rs.getLong("round_id"), rs.getInt("year"),
						rs.getString("region_name"), status, known);
			})
			.list();
	}

	/**
	 * A plan in a work list.
	 *
	 * @param regionName the region's name when the plan was written (Korean)
	 * @param status its status, for what its region may do with it
	 * @param knownStatus the status the viewer may know, to show
	 */
	public record PlanLine(long id, long roundId, int roundYear, String regionName, PlanStatus status,
			PlanStatus knownStatus) {

		/** Whether its region may still write it. */
		public boolean editable() {
			return this.status.isEditable();
		}

	}

	/**
	 * The status the viewer may know of each plan (from {@link #visibleOfRegion}), by
	 * plan id: a committee decision reaches the plan's region only once published.
	 */
	public Map<Long, PlanStatus> statusesFor(List<InnovationPlan> plans, PortalUser viewer) {
		Map<Long, PlanStatus> statuses = new HashMap<>();
		plans.forEach((plan) -> statuses.put(plan.getId(), plan.statusFor(PlanVisibility.readership(plan, viewer))));
		return statuses;
	}

	/**
	 * The hub complex the viewer reads of each plan (from {@link #visibleOfRegion}), by
	 * plan id: as the plan now names it for the ministry and its region, as published for
	 * everyone else.
	 */
	public Map<Long, PlanContent.Hub> hubsFor(List<InnovationPlan> plans, PortalUser viewer) {
		Map<Long, PlanContent.Hub> hubs = new HashMap<>();
		// the plans were read in an earlier transaction: their copies' JSON cannot load
		// lazily, those not parsed before are read here (one statement, none once kept)
		Map<Long, String> json = snapshotJson(plans.stream()
			.filter((plan) -> PlanVisibility.readership(plan, viewer) == Readership.PUBLIC)
			.map(InnovationPlan::getPublicSnapshot)
			.filter(Objects::nonNull)
			.map(PlanSnapshot::getId)
			.toList());
		for (InnovationPlan plan : plans) {
			PlanContent.Hub hub;
			if (PlanVisibility.readership(plan, viewer) == Readership.PUBLIC) {
				if (plan.getPublicSnapshot() == null) {
					throw new IllegalStateException("Published plan " + plan.getId() + " has no public copy");
				}
				long copy = plan.getPublicSnapshot().getId();
				hub = PlanSnapshots.readMilestone(copy, () -> json.get(copy)).hub();
			}
			else {
				hub = (plan.getHubComplex() != null) ? new PlanContent.Hub(plan.getHubComplex().getId(),
						plan.getHubComplex().getName(), plan.getHubComplex().getNameEn()) : null;
			}
			if (hub != null) {
				hubs.put(plan.getId(), hub);
			}
		}
		return hubs;
	}

	/**
	 * Plans their regions sent again after a revision request, waiting for the ministry,
	 * oldest round first (one query).
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<PlanLine> resubmitted() {
		// plain SQL: the plans' entity query with their regions' names was a tenth of the
		// ministry's /me (issue 18)
		return this.jdbc.sql("""
				select p.id, p.round_id, r.year, p.region_name
				from innovation_plan p join program_round r on r.id = p.round_id join region g on g.id = p.region_id
				where p.status = 'REVISED'
				order by r.year, g.position, p.id""")
			.query((rs, n) -> new PlanLine(rs.getLong("id"), rs.getLong("round_id"), rs.getInt("year"),
					rs.getString("region_name"), PlanStatus.REVISED, PlanStatus.REVISED))
			.list();
	}

	/**
	 * How many plans each round has in each region and status as the ministry knows them,
	 * decisions not yet published and plans not yet public included (one query).
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public List<OfficeCount> officeCounts() {
		// plain SQL: the JPA query's projection proxies were a tenth of the ministry's
		// dashboard (issue 18)
		return this.jdbc.sql("""
				select r.year, g.code, p.status, count(*) as plans
				from innovation_plan p join program_round r on r.id = p.round_id join region g on g.id = p.region_id
				group by r.year, g.code, p.status""")
			.query((rs, n) -> new OfficeCount(rs.getInt("year"), rs.getString("code"),
					PlanStatus.valueOf(rs.getString("status")), rs.getLong("plans")))
			.list();
	}

	/**
	 * The confirmed budget of every plan the committee confirmed (and that was not
	 * withdrawn since), from the copy taken at the confirmation, whether or not the
	 * confirmation is published (one query, and one more for copies not read before;
	 * ministry only).
	 */
	@PreAuthorize("hasRole('MINISTRY')")
	public List<OfficeBudget> officeConfirmedBudgets() {
		record ConfirmedCopy(int year, String regionCode, @Nullable PlanStatus publicStatus, long milestoneId) {
		}
		// plain SQL, as the counts above (issue 18)
		List<ConfirmedCopy> rows = this.jdbc.sql("""
				select r.year, g.code, p.public_status, s.id
				from plan_milestone s join innovation_plan p on p.id = s.plan_id
				join program_round r on r.id = p.round_id join region g on g.id = p.region_id
				where s.kind = 'CONFIRMED' and p.status in ('CONFIRMED', 'DESIGNATED', 'COMPLETED')""")
			.query((rs, n) -> new ConfirmedCopy(rs.getInt("year"), rs.getString("code"),
					PlanStatus.ofNullable(rs.getString("public_status")), rs.getLong("id")))
			.list();
		Map<Long, String> json = snapshotJson(rows.stream().map(ConfirmedCopy::milestoneId).toList());
		return rows.stream()
			.map((row) -> new OfficeBudget(row.year(), row.regionCode(),
					row.publicStatus() != null && PlanMilestones.publicKind(row.publicStatus()) == PlanStatus.CONFIRMED
							&& row.publicStatus() != PlanStatus.WITHDRAWN,
					PlanSnapshots.readMilestone(row.milestoneId(), () -> json.get(row.milestoneId()))
						.confirmedBudget()))
			.toList();
	}

	/**
	 * The JSON of those of the milestones' copies not parsed and kept yet, by milestone
	 * id (one statement when any is missing, none otherwise).
	 */
	private Map<Long, String> snapshotJson(List<Long> milestoneIds) {
		List<Long> missing = milestoneIds.stream().filter((id) -> !PlanSnapshots.kept(id)).toList();
		Map<Long, String> json = new HashMap<>();
		if (!missing.isEmpty()) {
			this.repository.findSnapshotContents(missing).forEach((copy) -> json.put(copy.getId(), copy.json()));
		}
		return json;
	}

	/**
	 * A confirmed plan's budget for the ministry.
	 *
	 * @param published whether its final confirmation is public
	 */
	public record OfficeBudget(int year, String regionCode, boolean published, ConfirmedBudget budget) {
	}

	/** How many plans of a round's year and a region are in a status (ministry only). */
	public record OfficeCount(int year, String regionCode, PlanStatus status, long plans) {
	}

	/**
	 * How many published plans each round has in each status (one plain statement: the
	 * JPA query's projection proxies were a seventh of a fresh home page; issue 18); no
	 * transaction of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<Long, Map<PlanStatus, Long>> publishedStatusCountsByRound() {
		Map<Long, Map<PlanStatus, Long>> counts = new HashMap<>();
		this.jdbc.sql("""
				select round_id, public_status, count(*) from innovation_plan
				where published_on is not null group by round_id, public_status""").query((java.sql.ResultSet rs) -> {
			String status = rs.getString(2);
			if (status != null) {
				counts.computeIfAbsent(rs.getLong(1), (id) -> new EnumMap<>(PlanStatus.class))
					.put(PlanStatus.valueOf(status), rs.getLong(3));
			}
		});
		return counts;
	}

}
