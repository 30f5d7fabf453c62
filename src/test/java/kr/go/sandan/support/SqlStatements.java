package kr.go.sandan.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import kr.go.sandan.plan.PlanSnapshots;
import kr.go.sandan.region.Regions;

/**
 * Counts the SQL statements Hibernate prepares while something runs, to hold heavy pages
 * to a fixed number of queries.
 */
public final class SqlStatements {

	private final Statistics statistics;

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		if (!this.statistics.isStatisticsEnabled()) {
			throw new IllegalStateException("hibernate.generate_statistics must be on in tests");
		}
	}

	/**
	 * Runs the action and answers how many statements it prepared, the published copies'
	 * JSON not yet parsed as after a start (one statement more for a page that reads any:
	 * counted always, so that a count does not depend on what earlier tests left kept).
	 */
	public long count(ThrowingRunnable action) throws Exception {
		PlanSnapshots.forgetKept();
		Regions.forgetKept();
		this.statistics.clear();
		action.run();
		return this.statistics.getPrepareStatementCount();
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
