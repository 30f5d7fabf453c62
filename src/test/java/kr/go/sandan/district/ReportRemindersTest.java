package kr.go.sandan.district;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders of annual reports: 30, 7 and 1 day before the due date and once overdue, each
 * once per person however often the job runs; the ministry told of overdue reports only;
 * submitted reports not reminded of; a due date the ministry moved is the one reminded
 * of; two instances running the job at once make one run (ShedLock's row in PostgreSQL).
 */
class ReportRemindersTest extends WorkflowTestSupport {

	private static final int YEAR = 2087;

	@Autowired
	private ReportReminders reminders;

	@Autowired
	private ReportReminderJob job;

	private DesignatedDistricts districts;

	@BeforeEach
	void setUp() {
		this.districts = new DesignatedDistricts(this.jdbc);
		this.jdbc.update("delete from shedlock where name = ?", ReportReminderJob.LOCK);
	}

	@AfterEach
	void releaseLock() {
		this.jdbc.update("delete from shedlock where name = ?", ReportReminderJob.LOCK);
	}

	/**
	 * What the person was told of the plan's report of the year, message keys in order.
	 */
	private List<String> told(String username, long plan, int year) {
		return this.jdbc.queryForList("""
				select n.message_key from notification n join account a on a.id = n.account_id
				where a.username = ? and n.link = ? order by n.id""", String.class, username,
				"/districts/" + plan + "/reports/" + year);
	}

	private void remindTwice(LocalDate day) {
		this.reminders.remind(day);
		this.reminders.remind(day);
	}

	@Test
	void thirtySevenOneDayAndOverdueEachOnceWhateverTheRuns() {
		// year 1 runs through 2088; its report is due 60 days later, on 2089-03-01
		long plan = this.districts.designated(YEAR, "GYEONGBUK", "경상북도", LocalDate.of(2088, 1, 1),
				LocalDate.of(2090, 12, 31), 1, 1);
		String region = "region-gyeongbuk";

		remindTwice(LocalDate.of(2089, 1, 29));
		assertThat(told(region, plan, 1)).isEmpty();

		remindTwice(LocalDate.of(2089, 1, 30));
		assertThat(told(region, plan, 1)).containsExactly("notification.district.dueIn30");
		remindTwice(LocalDate.of(2089, 2, 10));
		assertThat(told(region, plan, 1)).hasSize(1);

		remindTwice(LocalDate.of(2089, 2, 22));
		assertThat(told(region, plan, 1)).containsExactly("notification.district.dueIn30",
				"notification.district.dueIn7");

		remindTwice(LocalDate.of(2089, 2, 28));
		remindTwice(LocalDate.of(2089, 3, 1));
		assertThat(told(region, plan, 1)).containsExactly("notification.district.dueIn30",
				"notification.district.dueIn7", "notification.district.dueIn1");
		assertThat(told("ministry", plan, 1)).isEmpty();

		remindTwice(LocalDate.of(2089, 3, 2));
		remindTwice(LocalDate.of(2089, 3, 20));
		assertThat(told(region, plan, 1)).containsExactly("notification.district.dueIn30",
				"notification.district.dueIn7", "notification.district.dueIn1", "notification.district.overdue");
		assertThat(told("ministry", plan, 1)).containsExactly("notification.district.overdueMinistry");
		// another region is told nothing of it
		assertThat(told("region-busan", plan, 1)).isEmpty();

		// year 2 (due 2090-03-01) was submitted: nobody is reminded of it
		this.jdbc.update("""
				insert into annual_report (plan_id, district_year, due_on, status, submitted_at)
				values (?, 2, ?, 'SUBMITTED', now())""", plan, LocalDate.of(2090, 3, 1));
		remindTwice(LocalDate.of(2090, 2, 28));
		remindTwice(LocalDate.of(2090, 3, 5));
		assertThat(told(region, plan, 2)).isEmpty();
		assertThat(told("ministry", plan, 2)).isEmpty();

		// year 3's report is due on a date the ministry moved (2091-04-01, not
		// 2091-03-01)
		this.jdbc.update("""
				insert into annual_report (plan_id, district_year, due_on, status)
				values (?, 3, ?, 'DRAFT')""", plan, LocalDate.of(2091, 4, 1));
		remindTwice(LocalDate.of(2091, 3, 2));
		assertThat(told(region, plan, 3)).containsExactly("notification.district.dueIn30");
		assertThat(told("ministry", plan, 3)).isEmpty();
	}

	@Test
	void theDailyRunTellsOfTheClocksDay() {
		long plan = this.districts.designated(YEAR, "JEONNAM", "전라남도", LocalDate.of(2088, 1, 1),
				LocalDate.of(2090, 12, 31), 1, 1);
		Clock clock = Clock.fixed(LocalDate.of(2089, 2, 22).atTime(6, 0).atZone(ZoneId.of("Asia/Seoul")).toInstant(),
				ZoneId.of("Asia/Seoul"));
		new ReportReminderJob(this.reminders, clock).daily();
		assertThat(told("region-jeonnam", plan, 1)).containsExactly("notification.district.dueIn7");
	}

	@Test
	void twoInstancesRunningAtOnceMakeOneRun() throws Exception {
		long plan = this.districts.designated(YEAR, "ULSAN", "울산광역시", LocalDate.of(2088, 1, 1),
				LocalDate.of(2090, 12, 31), 1, 1);
		LocalDate overdue = LocalDate.of(2089, 3, 2);
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<Optional<Integer>> instance = () -> {
			start.await(10, TimeUnit.SECONDS);
			return this.job.remindOn(overdue);
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Optional<Integer>> runs = new ArrayList<>();
		try {
			List<Future<Optional<Integer>>> futures = List.of(pool.submit(instance), pool.submit(instance));
			for (Future<Optional<Integer>> future : futures) {
				runs.add(future.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}
		// one instance ran, the other found the lock taken and skipped the day
		assertThat(runs).filteredOn(Optional::isPresent).hasSize(1);
		assertThat(runs).filteredOn(Optional::isEmpty).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
				ReportReminderJob.LOCK))
			.isEqualTo(1);
		assertThat(told("region-ulsan", plan, 1)).containsExactly("notification.district.overdue");
		assertThat(told("ministry", plan, 1)).containsExactly("notification.district.overdueMinistry");

		// the lock is kept a while after the run: a third instance a moment later skips
		// too
		assertThat(this.job.remindOn(overdue)).isEmpty();
	}

}
