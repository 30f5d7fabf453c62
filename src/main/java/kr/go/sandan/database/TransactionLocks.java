package kr.go.sandan.database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises concurrent requests that would each create the same thing (a double click on
 * "start the plan", two officers preparing the same year's call): the first takes a
 * PostgreSQL transaction-level advisory lock on the thing's key, the second waits until
 * the first commits and then finds what it made. Works across portal instances; the lock
 * ends with the transaction, whatever happens.
 */
@Component
public class TransactionLocks {

	private final JdbcTemplate jdbc;

	TransactionLocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until no other transaction holds the lock of {@code scope} and {@code key},
	 * then holds it until this transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void serialize(String scope, long key) {
		this.jdbc.query("select pg_advisory_xact_lock(hashtext(?), ?)", (rs) -> {
		}, scope, (int) (key ^ (key >>> 32)));
	}

}
