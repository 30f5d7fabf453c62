package kr.go.sandan.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import kr.go.sandan.region.Region;

/**
 * A person who signs in to the portal. The rules that keep an account coherent (a REGION
 * user belongs to exactly one region; a locked account opens again after its lock) live
 * here, not in controllers.
 */
@Entity
public class Account {

	/** Consecutive failed sign-ins after which the account is locked for a while. */
	static final int MAX_FAILED_LOGINS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	private boolean enabled = true;

	private boolean mustChangePassword;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "region_id")
	private Region region;

	private String affiliation;

	// the lead ministry (a code of plan.Ministry) of a FUNDING_MINISTRY officer
	private String ministry;

	// where notification mail goes; without it the person is told in the portal only
	private String email;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "home_region_id")
	private Region homeRegion;

	private int failedLogins;

	private Instant lockedUntil;

	private boolean demo;

	private Instant createdAt = Instant.now();

	// one query for the roles of a whole page of accounts, not one per account
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String displayName, String passwordHash, Set<Role> roles, Region region,
			String affiliation, Region homeRegion, boolean mustChangePassword, boolean demo) {
		this(username, displayName, passwordHash, roles, region, affiliation, homeRegion, null, mustChangePassword,
				demo);
	}

	Account(String username, String displayName, String passwordHash, Set<Role> roles, Region region,
			String affiliation, Region homeRegion, String ministry, boolean mustChangePassword, boolean demo) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.demo = demo;
		assign(displayName, roles, region, affiliation, homeRegion, ministry);
	}

	/** Changes what the person is and does; a REGION user must have a region. */
	void assign(String displayName, Set<Role> roles, Region region, String affiliation, Region homeRegion) {
		assign(displayName, roles, region, affiliation, homeRegion, null);
	}

	/**
	 * Changes what the person is and does; a REGION user must have a region, a
	 * FUNDING_MINISTRY officer exactly one ministry (other accounts none).
	 */
	void assign(String displayName, Set<Role> roles, Region region, String affiliation, Region homeRegion,
			String ministry) {
		if (roles.contains(Role.FUNDING_MINISTRY) != (ministry != null)) {
			throw new IllegalArgumentException(
					"A FUNDING_MINISTRY account has exactly one ministry, other accounts none");
		}
		this.ministry = ministry;
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("An account needs at least one role");
		}
		if (roles.contains(Role.REGION) != (region != null)) {
			throw new IllegalArgumentException("A REGION account has exactly one region, other accounts none");
		}
		this.displayName = displayName;
		this.roles = EnumSet.copyOf(roles);
		this.region = region;
		this.affiliation = affiliation;
		this.homeRegion = homeRegion;
	}

	/** The address notification mail goes to; blank means none. */
	void changeEmail(String email) {
		this.email = normalizedEmail(email);
	}

	/**
	 * An e-mail address as kept: without the spaces a pasted address often brings along,
	 * {@code null} when blank.
	 */
	static String normalizedEmail(String email) {
		return (email == null || email.isBlank()) ? null : email.strip();
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/**
	 * A new password set by an administrator: temporary, to be changed at next sign-in.
	 */
	void resetPassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/** The person's own new password. */
	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	/** Counts a failed sign-in; answers whether this one locked the account. */
	boolean recordFailedLogin(Instant now) {
		this.failedLogins++;
		if (this.failedLogins >= MAX_FAILED_LOGINS && !isLocked(now)) {
			this.lockedUntil = now.plus(LOCK_DURATION);
			this.failedLogins = 0;
			return true;
		}
		return false;
	}

	void recordSuccessfulLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	/** What the audit trail records of the account (never the password). */
	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", this.username);
		state.put("displayName", this.displayName);
		state.put("roles", this.roles.stream().map(Role::name).sorted().toList());
		state.put("region", (this.region != null) ? this.region.getCode() : null);
		state.put("affiliation", this.affiliation);
		state.put("ministry", this.ministry);
		state.put("email", this.email);
		state.put("homeRegion", (this.homeRegion != null) ? this.homeRegion.getCode() : null);
		state.put("enabled", this.enabled);
		state.put("mustChangePassword", this.mustChangePassword);
		return state;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Region getRegion() {
		return this.region;
	}

	/** The lead ministry of a FUNDING_MINISTRY officer, else {@code null}. */
	public String getMinistry() {
		return this.ministry;
	}

	public String getAffiliation() {
		return this.affiliation;
	}

	public String getEmail() {
		return this.email;
	}

	public Region getHomeRegion() {
		return this.homeRegion;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public boolean isDemo() {
		return this.demo;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public long getVersion() {
		return this.version;
	}

}
