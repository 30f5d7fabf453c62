package kr.go.sandan.plan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.go.sandan.notification.Notifications;

/**
 * Tells ministry officers what a plan's region did that waits for them, in the
 * transaction of the change (each officer once per event).
 */
@Component
class PlanNotices {

	private final Notifications notifications;

	PlanNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void resubmitted(PlanResubmitted event) {
		this.notifications.notifyMinistry("plan:" + event.planId() + ":resubmitted:" + event.at().toEpochMilli(),
				"notification.planResubmitted", event.regionName() + " " + event.year() + "년 산단혁신계획",
				"/plans/" + event.planId());
	}

}
