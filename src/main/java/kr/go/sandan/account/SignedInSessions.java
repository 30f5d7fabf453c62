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
 * change holds from their next request, not from their next sign-in. A person who changes
 * their own password ends every other session of theirs: whoever else held one (a stolen
 * cookie, a shared computer) is out.
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
		signOutAfterCommit(username, null);
	}

	/**
	 * Signs the person out of every session but the one given (the one they are using)
	 * once the current transaction commits (at once without one).
	 */
	void signOutAfterCommit(String username, String keptSessionId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					signOut(username, keptSessionId);
				}
			});
		}
		else {
			signOut(username, keptSessionId);
		}
	}

	private void signOut(String username, String keptSessionId) {
		try {
			this.sessions.findByPrincipalName(username)
				.keySet()
				.stream()
				.filter((id) -> !id.equals(keptSessionId))
				.forEach(this.sessions::deleteById);
		}
		catch (RuntimeException ex) {
			// the administrator's change is saved; the sessions end when they expire
			log.error("The sessions of {} could not be ended: {}", username, ex.toString());
		}
	}

}
