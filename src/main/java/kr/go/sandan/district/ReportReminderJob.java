package kr.go.sandan.district;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run of {@link ReportReminders}, once across every portal instance: ShedLock
 * takes the job's row in the {@code shedlock} table (database time); an instance that
 * finds it taken skips the run. The lock is kept at least five minutes, so instances
 * whose clocks differ a little do not run the day twice one after another (and they would
 * notify nobody twice anyway). The day is the portal's clock (Korean time), which tests
 * replace. Off when {@code portal.district.reminders.cron} is "-".
 */
@Component
public class ReportReminderJob {

	/** The lock's name, one row of {@code shedlock}. */
	public static final String LOCK = "district-report-reminders";

	private final ReportReminders reminders;

	private final Clock clock;

	ReportReminderJob(ReportReminders reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	/** Every morning at 06:00 Korean time. */
	@Scheduled(cron = "${portal.district.reminders.cron:0 0 6 * * *}", zone = "Asia/Seoul")
	@SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
	public void daily() {
		this.reminders.remind(LocalDate.now(this.clock));
	}

	/**
	 * Sends the reminders of {@code day} where this instance holds the lock (the same
	 * lock as the daily run; for tests and an operator's catch-up run).
	 * @return how many people were notified, or empty when another run held the lock
	 */
	@SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
	public Optional<Integer> remindOn(LocalDate day) {
		return Optional.of(this.reminders.remind(day));
	}

}
