package kr.go.sandan.account;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;

/**
 * Writes every sign-in, failed sign-in and sign-out to the audit trail, and counts
 * failures towards the account's lock and the source's block.
 */
@Component
class SignInAudit {

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	SignInAudit(AccountRepository accounts, LoginThrottle throttle, AuditLog audit, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.audit = audit;
		this.transactions = transactions;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof PortalUser user)) {
			return;
		}
		String source = source(event.getAuthentication().getDetails());
		this.transactions.executeWithoutResult((status) -> {
			this.accounts.findById(user.accountId()).ifPresent(Account::recordSuccessfulLogin);
			this.audit.record(AuditEntry.of("LOGIN_SUCCEEDED", "account", user.accountId(), null, null)
				.by(user.getUsername(), user.accountId())
				.from(source));
		});
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String typed = String.valueOf(event.getAuthentication().getName());
		String name = (typed.length() > 50) ? typed.substring(0, 50) : typed;
		String source = source(event.getAuthentication().getDetails());
		this.throttle.recordFailure(source);
		this.transactions.executeWithoutResult((status) -> {
			Long accountId = null;
			String detail = event.getException().getClass().getSimpleName();
			var account = this.accounts.findByUsername(name);
			if (account.isPresent()) {
				accountId = account.get().getId();
				if (account.get().recordFailedLogin(Instant.now())) {
					detail += "; account locked for " + Account.LOCK_DURATION.toMinutes() + " minutes";
				}
			}
			this.audit.record(AuditEntry.of("LOGIN_FAILED", "account", accountId, null, null)
				.withDetail(detail)
				.by(name, accountId)
				.from(source));
		});
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof PortalUser user) {
			this.audit.recordAlone(AuditEntry.of("LOGOUT", "account", user.accountId(), null, null)
				.by(user.getUsername(), user.accountId()));
		}
	}

	private static String source(Object details) {
		return (details instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : AuditLog.currentSource();
	}

}
