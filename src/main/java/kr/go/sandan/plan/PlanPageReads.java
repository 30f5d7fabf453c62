package kr.go.sandan.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.complex.ComplexRow;
import kr.go.sandan.complex.Complexes;
import kr.go.sandan.database.ReadScopes;
import kr.go.sandan.district.DistrictViews;

/**
 * What a plan's page reads, together: the plan as the reader may read it, the milestones
 * they may open, the confirmation as decided (for those who follow the plan), the
 * complexes both name and a district's public figures. Each of these services had run its
 * own transaction (four begins and commits, and three connections for the district's
 * statements), a tenth of a fresh plan page (issue 18). Who follows a plan reads its
 * record, in one read-only transaction; who follows none (the public) reads rows only, on
 * one connection without a transaction at all: each statement reads committed data as a
 * transaction's would (PostgreSQL's read committed takes a snapshot per statement), and a
 * transaction's begin and commit had been a tenth of the public's page.
 */
@Service
class PlanPageReads {

	private final PlanCatalog plans;

	private final PlanReview review;

	/** The copies (no transaction of their own: the public's page reads them as rows). */
	private final PlanMilestones copies;

	private final Complexes complexes;

	private final DistrictViews districts;

	private final PublicPlanReads published;

	/** The record's reads: one read-only transaction. */
	private final TransactionTemplate records;

	/**
	 * The rows' reads: one connection for all of them (Spring binds it for the scope), no
	 * transaction begun.
	 */
	private final TransactionTemplate rows;

	/** The submissions and revision requests, for those who follow the plan. */
	private final PlanWorkflow workflow;

	PlanPageReads(PlanCatalog plans, PlanReview review, PlanMilestones copies, Complexes complexes,
			DistrictViews districts, PublicPlanReads published, PlanWorkflow workflow,
			PlatformTransactionManager transactions) {
		this.workflow = workflow;
		this.copies = copies;
		this.records = ReadScopes.records(transactions);
		this.rows = ReadScopes.rows(transactions);
		this.published = published;
		this.plans = plans;
		this.review = review;
		this.complexes = complexes;
		this.districts = districts;
	}

	/**
	 * A milestone's page as the viewer may read it: the plan's facts, the milestones the
	 * viewer may open, and of the one asked for the copy taken then with the complexes it
	 * names. Empty when the plan does not exist or the viewer may not see it.
	 * @param viewer the signed-in person, or {@code null} for an anonymous visitor
	 */
	Optional<MilestonePage> milestone(long id, PlanStatus kind, @Nullable PortalUser viewer) {
		return transaction(viewer).execute((status) -> readMilestone(id, kind, viewer));
	}

	private Optional<MilestonePage> readMilestone(long id, PlanStatus kind, @Nullable PortalUser viewer) {
		PlanFacts facts;
		List<PlanMilestones.Milestone> milestones;
		if (PlanVisibility.followsNoPlan(viewer)) {
			Optional<PublicPlanReads.PublicPlan> plan = this.published.published(id);
			if (plan.isEmpty()) {
				return Optional.empty();
			}
			facts = plan.get().facts();
			milestones = plan.get().milestones();
		}
		else {
			Optional<PlanCatalog.PlanReading> reading = this.plans.plan(id, viewer);
			if (reading.isEmpty()) {
				return Optional.empty();
			}
			facts = PlanFacts.of(reading.get());
			milestones = visibleMilestones(reading.get());
		}
		PlanMilestones.Milestone milestone = milestones.stream()
			.filter((candidate) -> candidate.kind() == kind)
			.findFirst()
			.orElse(null);
		if (milestone == null) {
			return Optional.of(new MilestonePage(facts, null, null, Map.of()));
		}
		PlanContent content = this.copies.content(id, kind).orElseThrow();
		return Optional.of(new MilestonePage(facts, milestone, content, this.complexes.rows(content.complexIds())));
	}

	/**
	 * The plan's page as the viewer may read it; empty when it does not exist or the
	 * viewer may not see it.
	 * @param viewer the signed-in person, or {@code null} for an anonymous visitor
	 */
	Optional<PlanPage> read(long id, @Nullable PortalUser viewer) {
		return transaction(viewer).execute((status) -> readPage(id, viewer));
	}

	/** Rows for who follows no plan, the record's transaction for the others. */
	private TransactionTemplate transaction(@Nullable PortalUser viewer) {
		return PlanVisibility.followsNoPlan(viewer) ? this.rows : this.records;
	}

	private Optional<PlanPage> readPage(long id, @Nullable PortalUser viewer) {
		if (PlanVisibility.followsNoPlan(viewer)) {
			// a reader who follows no plan reads published plans only, as the public does
			return this.published.published(id).map((plan) -> {
				PlanContent content = this.published.content(plan);
				return new PlanPage(plan.facts(), Readership.PUBLIC, content, null, plan.milestones(), null,
						this.complexes.rows(content.complexIds()), this.districts.publicFigures(id).orElse(null), null);
			});
		}
		return this.plans.plan(id, viewer).map((reading) -> {
			List<PlanMilestones.Milestone> milestones = visibleMilestones(reading);
			// the record carries no decision: the confirmation as decided, once the
			// reader may know it
			PlanContent confirmed = (reading.reader().follows()
					&& milestones.stream().anyMatch((milestone) -> milestone.kind() == PlanStatus.CONFIRMED))
							? this.copies.content(id, PlanStatus.CONFIRMED)
								.filter(PlanContent::isConfirmed)
								.orElse(null)
							: null;
			List<Long> complexIds = new ArrayList<>(reading.content().complexIds());
			if (confirmed != null) {
				complexIds.addAll(confirmed.complexIds());
			}
			return new PlanPage(PlanFacts.of(reading), reading.reader(), reading.content(), reading, milestones,
					confirmed, this.complexes.rows(complexIds), this.districts.publicFigures(id).orElse(null),
					reading.reader().follows() ? this.workflow.of(id) : null);
		});
	}

	/**
	 * The milestones this reader may open: those of the steps the reader knows (the
	 * ministry every step; the plan's region and the public a committee decision only
	 * once published) and the one the public reads.
	 */
	List<PlanMilestones.Milestone> visibleMilestones(PlanCatalog.PlanReading reading) {
		Set<PlanStatus> known = new HashSet<>(reading.history().stream().map(PlanStatusEvent::getStatus).toList());
		if (reading.publicKind() != null) {
			known.add(reading.publicKind());
		}
		return this.review.milestones(reading.plan().getId())
			.stream()
			.filter((milestone) -> known.contains(milestone.kind()))
			.toList();
	}

	/**
	 * What a plan's page shows, read together.
	 *
	 * @param reading the plan's record as the reader reads it ({@code null} for a reader
	 * who follows no plan: the public's page is read without it)
	 * @param confirmed the confirmation as decided, for readers who follow the plan
	 * ({@code null} otherwise, or when none was taken)
	 * @param complexRows the complexes the content and the confirmation name, by id
	 * @param figures the district's public figures ({@code null} when the plan is no
	 * published district)
	 * @param submissions the versions, documents and revision requests, for readers who
	 * follow the plan ({@code null} otherwise)
	 */
	record PlanPage(PlanFacts facts, Readership reader, PlanContent content, PlanCatalog.@Nullable PlanReading reading,
			List<PlanMilestones.Milestone> milestones, @Nullable PlanContent confirmed,
			Map<Long, ComplexRow> complexRows, DistrictViews.@Nullable PublicFigures figures,
			PlanWorkflow.@Nullable Submissions submissions) {
	}

	/**
	 * What a milestone's page shows, read together.
	 *
	 * @param milestone the milestone asked for ({@code null} when the viewer may not open
	 * it or the plan has none of that kind)
	 * @param content the copy taken then ({@code null} without the milestone)
	 * @param complexRows the complexes the copy names, by id
	 */
	record MilestonePage(PlanFacts facts, PlanMilestones.@Nullable Milestone milestone, @Nullable PlanContent content,
			Map<Long, ComplexRow> complexRows) {
	}

}
