package kr.go.sandan.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transactions interleaved as two people's writes meet: the first writes and keeps
 * its transaction open until the second has begun its own and had time to reach what the
 * first holds (and wait for it); then the first commits. Their results, once both
 * committed.
 *
 * @param first what the first transaction's work returned
 * @param second what the second's returned
 */
public record Interleaved<F, S>(F first, S second) {

	/** How long the first waits after the second began: enough to reach the wait. */
	private static final long PAUSE_MILLIS = 300;

	public static <F, S> Interleaved<F, S> run(DataSource dataSource, Function<JdbcTemplate, F> first,
			Function<JdbcTemplate, S> second) throws Exception {
		TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch secondBegan = new CountDownLatch(1);
		CompletableFuture<F> one = CompletableFuture.supplyAsync(() -> tx.execute((status) -> {
			F result = first.apply(jdbc);
			firstWrote.countDown();
			await(secondBegan);
			pause();
			return result;
		}));
		if (!firstWrote.await(30, TimeUnit.SECONDS)) {
			// its failure, if it failed; else it is still writing
			one.get(1, TimeUnit.SECONDS);
			throw new IllegalStateException("the first transaction did not write within 30 s");
		}
		CompletableFuture<S> two = CompletableFuture.supplyAsync(() -> tx.execute((status) -> {
			secondBegan.countDown();
			return second.apply(jdbc);
		}));
		S secondResult = two.get(30, TimeUnit.SECONDS);
		return new Interleaved<>(one.get(30, TimeUnit.SECONDS), secondResult);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(PAUSE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
