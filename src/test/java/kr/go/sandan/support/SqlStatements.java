package kr.go.sandan.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

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

	/** Runs the action and answers how many statements it prepared. */
	public long count(ThrowingRunnable action) throws Exception {
		this.statistics.clear();
		action.run();
		return this.statistics.getPrepareStatementCount();
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
