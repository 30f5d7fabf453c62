package kr.go.sandan.plan;

import java.util.Objects;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.account.Role;

/**
 * Who may read a plan. A published plan is public; an unpublished one is seen only by
 * ministry officers, administrators and the staff of the plan's own region. Everyone else
 * is told it does not exist (404), so that not even its existence leaks.
 */
final class PlanVisibility {

	private PlanVisibility() {
	}

	/** Staff of the plan's own region, while it is a draft or sent back for revision. */
	static boolean canEdit(InnovationPlan plan, PortalUser viewer) {
		return viewer != null && viewer.has(Role.REGION)
				&& Objects.equals(viewer.getRegionId(), plan.getRegion().getId()) && plan.isEditable();
	}

	/**
	 * Who follows the plan's workflow (versions, revision requests): ministry, admins,
	 * its region.
	 */
	static boolean canFollow(InnovationPlan plan, PortalUser viewer) {
		return followsRegion(plan.getRegion().getId(), viewer);
	}

	/**
	 * Whether the viewer follows no plan's workflow (neither ministry, administrator nor
	 * a region's staff): such a reader reads published plans only, as the public does.
	 */
	static boolean followsNoPlan(PortalUser viewer) {
		return viewer == null || !(viewer.has(Role.MINISTRY) || viewer.has(Role.ADMIN) || viewer.has(Role.REGION));
	}

	/**
	 * Whether the viewer follows the workflow of the region's plans (ministry, admins,
	 * the region's staff); everyone else reads its published plans only, as published.
	 */
	static boolean followsRegion(long regionId, PortalUser viewer) {
		return viewer != null && (viewer.has(Role.MINISTRY) || viewer.has(Role.ADMIN)
				|| (viewer.has(Role.REGION) && Objects.equals(viewer.getRegionId(), regionId)));
	}

	/**
	 * What the viewer reads of a plan they may read: ministry officers and administrators
	 * all of it, the plan's own region its record but decisions only once published,
	 * everyone else the published copy.
	 */
	static Readership readership(InnovationPlan plan, PortalUser viewer) {
		return readership(plan.getRegion().getId(), viewer);
	}

	/** What the viewer reads of the plans of a region (as above). */
	static Readership readership(long regionId, PortalUser viewer) {
		if (viewer != null && (viewer.has(Role.MINISTRY) || viewer.has(Role.ADMIN))) {
			return Readership.OFFICE;
		}
		if (viewer != null && viewer.has(Role.REGION) && Objects.equals(viewer.getRegionId(), regionId)) {
			return Readership.REGION;
		}
		return Readership.PUBLIC;
	}

	static boolean canRead(InnovationPlan plan, PortalUser viewer) {
		if (plan.isPublished()) {
			return true;
		}
		if (viewer == null) {
			return false;
		}
		if (viewer.has(Role.MINISTRY) || viewer.has(Role.ADMIN)) {
			return true;
		}
		return viewer.has(Role.REGION) && Objects.equals(viewer.getRegionId(), plan.getRegion().getId());
	}

}
