package kr.go.sandan.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import kr.go.sandan.plan.PlanSnapshots;
import kr.go.sandan.region.Regions;

/**
 * Counts every statement prepared on a connection of the portal's data source, JDBC
 * ({@code JdbcTemplate}, {@code JdbcClient}) as much as Hibernate's, which
 * {@link SqlStatements} (Hibernate's statistics) does not see. Import it and read
 * {@link #STATEMENTS} around a request.
 * <p>
 * Not counted: {@code audit.DataGeneration}'s re-read of {@code data_generation}, which
 * happens at most once per request and only when its last answer is older than
 * {@code portal.data-generation.recheck} (500 ms) — a matter of the clock, not of the
 * data's size. Counted, it made a budget read 4 instead of 3 whenever a page of the full
 * data set took longer than that on a loaded machine.
 */
@TestConfiguration
public class CountingDataSource {

	public static final AtomicLong STATEMENTS = new AtomicLong();

	/**
	 * The most connections the counted thread held at once: more than one means a page
	 * waits for a second connection while holding a first, and a burst of requests as
	 * large as the pool waits for itself until the pool's timeout (a cold start's plan
	 * search answered 503 so: issue 18).
	 */
	public static final AtomicLong CONNECTIONS_AT_ONCE = new AtomicLong();

	/** Connections the counted thread holds now. */
	private static final AtomicLong HELD = new AtomicLong();

	/** Transactions begun (auto-commit turned off) on the counted thread. */
	public static final AtomicLong TRANSACTIONS = new AtomicLong();

	/**
	 * Starts counting from zero, the published copies' JSON not yet parsed as after a
	 * start (see {@link SqlStatements#count}).
	 */
	public static void reset() {
		PlanSnapshots.forgetKept();
		Regions.forgetKept();
		counted = Thread.currentThread();
		STATEMENTS.set(0);
		TRANSACTIONS.set(0);
		CONNECTIONS_AT_ONCE.set(0);
		HELD.set(0);
		BETWEEN.set(null);
	}

	/**
	 * The thread whose statements are counted since {@link #reset()} (MockMvc serves the
	 * request on the test's thread): work on other threads (Spring Session's cleanup of
	 * expired sessions every minute, scheduled jobs) is not the page's (a partial run
	 * once counted /me one statement higher than the same request a moment before). Every
	 * thread's until a reset.
	 */
	private static volatile Thread counted;

	/** A change to commit before the counted thread prepares a statement, once. */
	private record Between(String sql, Runnable change) {
	}

	private static final java.util.concurrent.atomic.AtomicReference<Between> BETWEEN = new java.util.concurrent.atomic.AtomicReference<>();

	/**
	 * Commits {@code change} (on another thread, on a connection of its own) just before
	 * the counted thread next prepares a statement whose SQL contains {@code sql}, once:
	 * a change another user commits between two statements of a page, each of which reads
	 * its own snapshot.
	 */
	public static void between(String sql, Runnable change) {
		BETWEEN.set(new Between(sql, change));
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof DataSource dataSource)) {
					return bean;
				}
				return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
						(proxy, method, args) -> {
							Object result = invoke(method, dataSource, args);
							return (result instanceof Connection connection) ? counting(connection) : result;
						});
			}
		};
	}

	private static Connection counting(Connection connection) {
		boolean held = counted != null && counted == Thread.currentThread();
		if (held) {
			CONNECTIONS_AT_ONCE.accumulateAndGet(HELD.incrementAndGet(), Math::max);
		}
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (held && method.getName().equals("close") && !connection.isClosed()) {
						HELD.decrementAndGet();
					}
					if ((method.getName().startsWith("prepare") || method.getName().equals("createStatement"))
							&& !isGenerationRecheck(args) && (counted == null || counted == Thread.currentThread())) {
						STATEMENTS.incrementAndGet();
						Between between = BETWEEN.get();
						if (between != null && args != null && args.length > 0 && args[0] instanceof String sql
								&& sql.contains(between.sql()) && BETWEEN.compareAndSet(between, null)) {
							java.util.concurrent.CompletableFuture.runAsync(between.change()).join();
						}
					}
					if (method.getName().equals("setAutoCommit") && Boolean.FALSE.equals(args[0])
							&& (counted == null || counted == Thread.currentThread())) {
						TRANSACTIONS.incrementAndGet();
					}
					return invoke(method, connection, args);
				});
	}

	private static boolean isGenerationRecheck(Object[] args) {
		return args != null && args.length > 0 && args[0] instanceof String sql && sql.contains("from data_generation");
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
