package kr.go.sandan.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import kr.go.sandan.audit.AuditLog;

/**
 * The signed-in person as the rest of the portal sees them: roles, and for regional staff
 * their region. Stored in the (shared, JDBC) session, hence serializable and small.
 */
public final class PortalUser
		implements UserDetails, CredentialsContainer, AuditLog.Actor, kr.go.sandan.web.Viewer.Named, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private final Set<Role> roles;

	private final Long regionId;

	private final String regionCode;

	private final String ministry;

	PortalUser(Account account, boolean locked) {
		this.accountId = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.passwordHash = account.getPasswordHash();
		this.enabled = account.isEnabled();
		this.locked = locked;
		this.mustChangePassword = account.isMustChangePassword();
		this.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
		this.regionId = (account.getRegion() != null) ? account.getRegion().getId() : null;
		this.regionCode = (account.getRegion() != null) ? account.getRegion().getCode() : null;
		this.ministry = account.getMinistry();
	}

	private PortalUser(PortalUser user, boolean mustChangePassword) {
		this.accountId = user.accountId;
		this.username = user.username;
		this.displayName = user.displayName;
		this.passwordHash = null;
		this.enabled = user.enabled;
		this.locked = user.locked;
		this.mustChangePassword = mustChangePassword;
		this.roles = EnumSet.copyOf(user.roles);
		this.regionId = user.regionId;
		this.regionCode = user.regionCode;
		this.ministry = user.ministry;
	}

	/** The same person after changing their password. */
	PortalUser withPasswordChanged() {
		return new PortalUser(this, false);
	}

	@Override
	public Long accountId() {
		return this.accountId;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** The region of a REGION user, else {@code null}. */
	public Long getRegionId() {
		return this.regionId;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	/**
	 * The lead ministry (a code of {@code plan.Ministry}) of a co-funding ministry
	 * officer, else {@code null}.
	 */
	public String getMinistry() {
		return this.ministry;
	}

	/** Whether the person is an officer of this co-funding lead ministry. */
	public boolean isOfficerOf(String ministry) {
		return has(Role.FUNDING_MINISTRY) && this.ministry != null && this.ministry.equals(ministry);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		this.roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authorities;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser user && user.accountId == this.accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId);
	}

	@Override
	public String toString() {
		return "PortalUser[" + this.username + " " + this.roles + "]";
	}

}
