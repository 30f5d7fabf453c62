package kr.go.sandan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a plan's page says of the plan around its content, as one reader may know it: its
 * round and region, the status and steps the reader may know, a district's period, and
 * which copy the public reads. Made from the record for readers who follow the plan
 * ({@link #of}), read by one statement for the public ({@link PublicPlanReads}), so the
 * public's page needs no entity (issue 18); {@link PlanPageHtml} writes both the same.
 *
 * @param regionName the region's name as the plan was written under it
 * @param regionNameEn its English name ({@code null} when none is known)
 * @param currentRegionName the region's name today
 * @param status the status the reader may know
 * @param publicStatus the status as of the last published decision ({@code null} while
 * unpublished)
 * @param submitted whether the plan was ever submitted through the portal (the release's
 * plans were not)
 * @param publicKind the milestone whose copy the public reads ({@code null} while
 * unpublished)
 * @param history the steps the reader may know, oldest first
 */
record PlanFacts(long id, long roundId, int roundYear, int roundOrdinal, String regionCode, String regionName,
		@Nullable String regionNameEn, String currentRegionName, PlanStatus status, @Nullable PlanStatus publicStatus,
		boolean published, @Nullable LocalDate districtStart, @Nullable LocalDate districtEnd, boolean submitted,
		@Nullable PlanStatus publicKind, List<Step> history) {

	/** The facts of a plan as one reader reads its record. */
	static PlanFacts of(PlanCatalog.PlanReading reading) {
		InnovationPlan plan = reading.plan();
		String english = plan.regionNameIn(Locale.ENGLISH);
		return new PlanFacts(plan.getId(), plan.getRound().getId(), plan.getRound().getYear(),
				plan.getRound().getOrdinal(), plan.getRegion().getCode(), plan.getRegionName(),
				english.equals(plan.getRegionName()) ? null : english, plan.getRegion().currentName().getName(),
				reading.status(), plan.getPublicStatus(), plan.isPublished(), plan.getDistrictStart(),
				plan.getDistrictEnd(), plan.getSubmittedAt() != null, reading.publicKind(),
				reading.history()
					.stream()
					.map((event) -> new Step(event.getStatus(), event.getOccurredOn(), event.getNote(),
							(event.getMeeting() != null) ? event.getMeeting().getTitle() : null))
					.toList());
	}

	/** The region's name, as the plan was written, in the reader's language. */
	String regionNameIn(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.regionNameEn != null) ? this.regionNameEn : this.regionName;
	}

	/**
	 * A step of the history.
	 *
	 * @param occurredOn when ({@code null} when the source did not say)
	 * @param meeting the title of the committee meeting that decided it, if one did
	 */
	record Step(PlanStatus status, @Nullable LocalDate occurredOn, @Nullable String note, @Nullable String meeting) {
	}

}
