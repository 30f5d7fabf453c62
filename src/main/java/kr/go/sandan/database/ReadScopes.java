package kr.go.sandan.database;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two ways a page reads what several services hand out together (issue 18): records
 * (entities) in one read-only transaction, rather than one begin and commit per service;
 * rows (plain statements) on one connection with no transaction begun at all —
 * PostgreSQL's read committed takes a snapshot per statement either way, so a read-only
 * transaction buys rows no consistency, and its begin and commit were a tenth of a fresh
 * public page. The services a rows scope asks must be plain SQL or {@code SUPPORTS}
 * themselves: one that requires a transaction begins its own inside it.
 */
public final class ReadScopes {

	private ReadScopes() {
	}

	/** One read-only transaction for every read inside it. */
	public static TransactionTemplate records(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		return template;
	}

	/**
	 * One connection bound for every read inside it, no transaction begun (joining one
	 * when there is one).
	 */
	public static TransactionTemplate rows(PlatformTransactionManager transactions) {
		TransactionTemplate template = records(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
		return template;
	}

}
