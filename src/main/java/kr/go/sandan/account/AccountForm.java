package kr.go.sandan.account;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.go.sandan.web.FieldLabel;

/**
 * What an administrator types for an account; never bound to the entity. The version
 * travels with the form so that a concurrent change is noticed.
 */
class AccountForm {

	@FieldLabel("account.username")
	@Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,49}$")
	private String username;

	@FieldLabel("account.displayName")
	@NotBlank
	@Size(max = 100)
	private String displayName = "";

	@FieldLabel("account.roles")
	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@FieldLabel("account.region")
	private String regionCode = "";

	@FieldLabel("account.affiliation")
	@Size(max = 200)
	private String affiliation = "";

	@FieldLabel("account.homeRegion")
	private String homeRegionCode = "";

	@FieldLabel("account.ministry")
	private String ministry = "";

	@FieldLabel("account.email")
	@Email
	@Size(max = 254)
	private String email = "";

	@FieldLabel("account.enabled.label")
	private Boolean enabled;

	private Long version;

	AccountForm() {
	}

	private AccountForm(String username, String displayName, Set<Role> roles, String regionCode, String affiliation,
			String homeRegionCode, String email, Boolean enabled, Long version) {
		this.username = username;
		this.displayName = displayName;
		this.roles = roles;
		this.regionCode = regionCode;
		this.affiliation = affiliation;
		this.homeRegionCode = homeRegionCode;
		setEmail(email);
		this.enabled = enabled;
		this.version = version;
	}

	static AccountForm empty() {
		return new AccountForm("", "", EnumSet.noneOf(Role.class), "", "", "", "", true, null);
	}

	static AccountForm of(Account account) {
		AccountForm form = new AccountForm(account.getUsername(), account.getDisplayName(),
				EnumSet.copyOf(account.getRoles()), (account.getRegion() != null) ? account.getRegion().getCode() : "",
				account.getAffiliation(), (account.getHomeRegion() != null) ? account.getHomeRegion().getCode() : "",
				(account.getEmail() != null) ? account.getEmail() : "", account.isEnabled(), account.getVersion());
		form.ministry = (account.getMinistry() != null) ? account.getMinistry() : "";
		return form;
	}

	boolean isEnabled() {
		return Boolean.TRUE.equals(this.enabled);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	/** The roles ticked; a value that names no role (a blank one) is not one. */
	public void setRoles(Set<Role> roles) {
		this.roles = EnumSet.noneOf(Role.class);
		if (roles != null) {
			roles.stream().filter(java.util.Objects::nonNull).forEach(this.roles::add);
		}
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getMinistry() {
		return this.ministry;
	}

	public void setMinistry(String ministry) {
		this.ministry = ministry;
	}

	public String getAffiliation() {
		return this.affiliation;
	}

	public void setAffiliation(String affiliation) {
		this.affiliation = affiliation;
	}

	public String getHomeRegionCode() {
		return this.homeRegionCode;
	}

	public void setHomeRegionCode(String homeRegionCode) {
		this.homeRegionCode = homeRegionCode;
	}

	public String getEmail() {
		return this.email;
	}

	/** A pasted address often brings a space along; it is not part of the address. */
	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

	public Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(Boolean enabled) {
		this.enabled = enabled;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	Set<Role> roleSet() {
		return (this.roles == null) ? EnumSet.noneOf(Role.class) : this.roles;
	}

	AccountService.AccountDetails details() {
		boolean regional = roleSet().contains(Role.REGION);
		boolean funding = roleSet().contains(Role.FUNDING_MINISTRY);
		return new AccountService.AccountDetails(this.displayName, roleSet(), regional ? this.regionCode : null,
				this.affiliation, this.homeRegionCode, this.email, funding ? this.ministry : null);
	}

}
