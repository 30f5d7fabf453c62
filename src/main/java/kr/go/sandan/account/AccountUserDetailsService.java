package kr.go.sandan.account;

import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.audit.AuditLog;

/**
 * Loads the person signing in. An account that is locked after failed sign-ins, or a
 * source that is blocked, is reported as locked, so the password is not even checked.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	AccountUserDetailsService(AccountRepository accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		boolean locked = account.isLocked(Instant.now()) || this.throttle.isBlocked(AuditLog.currentSource());
		return new PortalUser(account, locked);
	}

}
