package kr.go.sandan.district;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.notification.Notifications;

/**
 * Reminders of annual reports: a region is told 30, 7 and 1 day before a district year's
 * report is due and once it is overdue; the ministry is told of each overdue report. Only
 * reports never submitted are reminded of. Each reminder is one notification event, so a
 * person is told of it once however often this runs (the notification rules: one per
 * person and event, mailed when SMTP is configured). The due date is part of the event:
 * when the date moves, the region is reminded again of the new one.
 *
 * <p>
 * A reminder window runs to the next one: a run that missed the day 30 days before still
 * tells the region on day 29, and a district designated 5 days before its first due date
 * gets the 7-day reminder only. Two statements read every district and report.
 */
@Service
public class ReportReminders {

	/** Days before the due date at which the region is told, nearest last. */
	static final List<Integer> DAYS_BEFORE = List.of(30, 7, 1);

	private final DistrictViews views;

	private final Notifications notifications;

	ReportReminders(DistrictViews views, Notifications notifications) {
		this.views = views;
		this.notifications = notifications;
	}

	/**
	 * Sends the reminders due on {@code today} that were not sent before.
	 * @return how many people were newly notified
	 */
	@Transactional
	public int remind(LocalDate today) {
		List<DistrictViews.District> districts = this.views.districts(null);
		Map<String, DistrictViews.Report> reports = this.views
			.reports(districts.stream().map(DistrictViews.District::planId).toList())
			.stream()
			.collect(Collectors.toMap((r) -> r.planId() + "/" + r.year(), (r) -> r));
		int notified = 0;
		for (DistrictViews.District district : districts) {
			for (DistrictYear year : district.years()) {
				DistrictViews.Report report = reports.get(district.planId() + "/" + year.number());
				if (report != null && report.submittedAt() != null) {
					continue;
				}
				LocalDate due = (report != null) ? report.dueOn() : district.dueOf(year);
				notified += remind(district, year, due, ChronoUnit.DAYS.between(today, due));
			}
		}
		return notified;
	}

	private int remind(DistrictViews.District district, DistrictYear year, LocalDate due, long daysLeft) {
		String event = "district-report:" + district.planId() + ":" + year.number() + ":" + due + ":";
		String subject = DistrictResults.subject(district, year);
		String link = DistrictResults.link(district, year);
		if (daysLeft < 0) {
			return this.notifications.notifyRegion(district.regionId(), event + "overdue",
					"notification.district.overdue", subject, link)
					+ this.notifications.notifyMinistry(event + "overdue", "notification.district.overdueMinistry",
							subject, link);
		}
		Integer window = null;
		for (int days : DAYS_BEFORE) {
			if (daysLeft <= days) {
				window = days;
			}
		}
		if (window == null) {
			return 0;
		}
		return this.notifications.notifyRegion(district.regionId(), event + "due-" + window,
				"notification.district.dueIn" + window, subject, link);
	}

}
