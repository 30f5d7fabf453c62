package kr.go.sandan.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a person's sessions on every portal instance. A session carries what the person
 * was allowed at sign-in (roles, region); when an administrator disables the account,
 * changes its roles or region, or resets its password, the person signs in again, so the
 * change holds from their next request, not from their next sign-in.
 */
@Component
class SignedInSessions {

	private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Signs the person out once the current transaction commits (at once without one).
	 */
	void signOutAfterCommit(String username) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					signOut(username);
				}
			});
		}
		else {
			signOut(username);
		}
	}

	private void signOut(String username) {
		try {
			this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
		}
		catch (RuntimeException ex) {
			// the administrator's change is saved; the sessions end when they expire
			log.error("The sessions of {} could not be ended: {}", username, ex.toString());
		}
	}

}
