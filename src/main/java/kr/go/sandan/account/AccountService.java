package kr.go.sandan.account;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.database.TransactionLocks;
import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;

/**
 * Account management. Administrators create, change, disable and reset accounts; everyone
 * changes their own password. Every change is audited with the account's state before and
 * after (never a password).
 */
@Service
@Transactional
public class AccountService {

	private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** No account has this id (ids start at 1). */
	private static final long NO_ACCOUNT = 0;

	private final AccountRepository accounts;

	private final Regions regions;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final SignedInSessions sessions;

	private final TransactionLocks locks;

	AccountService(AccountRepository accounts, Regions regions, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			AuditLog audit, SignedInSessions sessions, TransactionLocks locks) {
		this.locks = locks;
		this.accounts = accounts;
		this.regions = regions;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.audit = audit;
		this.sessions = sessions;
	}

	/**
	 * The details of an account to create or change; {@code email} is optional (blank for
	 * none).
	 */
	public record AccountDetails(String displayName, Set<Role> roles, String regionCode, String affiliation,
			String homeRegionCode, String email, String ministry) {
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<Account> page(Pageable pageable) {
		return this.accounts.findPage(pageable);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Account get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public boolean usernameTaken(String username) {
		return this.accounts.existsByUsernameIgnoreCase(username.trim());
	}

	/**
	 * Whether another account than {@code exceptId} (null: any account) already has the
	 * address, whatever its letter case.
	 */
	@Transactional(readOnly = true)
	public boolean emailTaken(String email, Long exceptId) {
		String address = Account.normalizedEmail(email);
		return address != null
				&& this.accounts.existsByEmailIgnoreCaseAndIdNot(address, (exceptId != null) ? exceptId : NO_ACCOUNT);
	}

	/**
	 * Creates an account with a temporary password, which the person must change at first
	 * sign-in; answers the temporary password, to be shown once.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public CreatedAccount create(String username, AccountDetails details) {
		// the same user name created twice at once: the second is told it is taken
		this.locks.serialize("account", username.trim().toLowerCase(java.util.Locale.ROOT).hashCode());
		if (usernameTaken(username)) {
			throw new UsernameTakenException(username);
		}
		String temporary = temporaryPassword();
		Account account = new Account(username.trim().toLowerCase(java.util.Locale.ROOT), details.displayName().trim(),
				this.passwordEncoder.encode(temporary), details.roles(), region(details.regionCode()),
				blankToNull(details.affiliation()), region(details.homeRegionCode()), blankToNull(details.ministry()),
				true, false);
		account.changeEmail(details.email());
		account = this.accounts.save(account);
		this.audit.record(AuditEntry.of("ACCOUNT_CREATED", "account", account.getId(), null, account.auditState()));
		return new CreatedAccount(account, temporary);
	}

	/** An account just created and its temporary password. */
	public record CreatedAccount(Account account, String temporaryPassword) {
	}

	/**
	 * Changes an account, unless someone else changed it since {@code expectedVersion}
	 * was read.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void update(long id, long expectedVersion, AccountDetails details, boolean enabled) {
		Account account = current(id, expectedVersion);
		Map<String, Object> before = account.auditState();
		Set<Role> rolesBefore = Set.copyOf(account.getRoles());
		Long regionBefore = (account.getRegion() != null) ? account.getRegion().getId() : null;
		boolean enabledBefore = account.isEnabled();
		String ministryBefore = account.getMinistry();
		account.assign(details.displayName().trim(), details.roles(), region(details.regionCode()),
				blankToNull(details.affiliation()), region(details.homeRegionCode()), blankToNull(details.ministry()));
		account.changeEmail(details.email());
		if (enabled && !account.isEnabled()) {
			account.enable();
		}
		else if (!enabled && account.isEnabled()) {
			account.disable();
		}
		this.accounts.save(account);
		this.audit.record(AuditEntry.of("ACCOUNT_UPDATED", "account", id, before, account.auditState()));
		if (!rolesBefore.equals(account.getRoles())
				|| !Objects.equals(regionBefore, (account.getRegion() != null) ? account.getRegion().getId() : null)
				|| !Objects.equals(ministryBefore, account.getMinistry()) || enabledBefore != account.isEnabled()) {
			this.sessions.signOutAfterCommit(account.getUsername());
		}
	}

	/** Sets a new temporary password; answers it, to be shown once. */
	@PreAuthorize("hasRole('ADMIN')")
	public String resetPassword(long id, long expectedVersion) {
		Account account = current(id, expectedVersion);
		Map<String, Object> before = account.auditState();
		String temporary = temporaryPassword();
		account.resetPassword(this.passwordEncoder.encode(temporary));
		this.accounts.save(account);
		this.audit.record(AuditEntry.of("ACCOUNT_PASSWORD_RESET", "account", id, before, account.auditState()));
		this.sessions.signOutAfterCommit(account.getUsername());
		return temporary;
	}

	/**
	 * The signed-in person's own new password; every other session of theirs ends once it
	 * is saved.
	 * @param sessionId the session the person changes it in, which stays signed in
	 * @return the message key of what is wrong, or {@code null} when it was changed
	 */
	@PreAuthorize("isAuthenticated()")
	public String changeOwnPassword(PortalUser user, String currentPassword, String newPassword, String sessionId) {
		Account account = this.accounts.findById(user.accountId())
			.orElseThrow(() -> new AccountNotFoundException(user.accountId()));
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return "password.currentWrong";
		}
		String broken = this.policy.check(newPassword, account.getUsername()).orElse(null);
		if (broken != null) {
			return broken;
		}
		if (this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			return "password.same";
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.accounts.save(account);
		this.audit.record(AuditEntry.of("ACCOUNT_PASSWORD_CHANGED", "account", account.getId(), null, null));
		this.sessions.signOutAfterCommit(account.getUsername(), sessionId);
		return null;
	}

	private Account current(long id, long expectedVersion) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
		if (account.getVersion() != expectedVersion) {
			throw new ConcurrentAccountChangeException(id);
		}
		return account;
	}

	private Region region(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return this.regions.byCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown region " + code));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	static String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
		}
		return password.toString();
	}

	/** Someone else changed the account after the form was opened. */
	/** The user name belongs to another account already. */
	public static class UsernameTakenException extends RuntimeException {

		UsernameTakenException(String username) {
			super("User name taken: " + username);
		}

	}

	public static class ConcurrentAccountChangeException extends RuntimeException {

		ConcurrentAccountChangeException(long id) {
			super("Account " + id + " was changed by someone else");
		}

	}

	/** No such account. */
	public static class AccountNotFoundException extends kr.go.sandan.web.NotFoundException {

		AccountNotFoundException(long id) {
			super("account", id);
		}

	}

}
