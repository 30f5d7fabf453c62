package kr.go.sandan.account;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types for an account; never bound to the entity. The version
 * travels with the form so that a concurrent change is noticed.
 */
record AccountForm(@Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,49}$") String username,
		@NotBlank @Size(max = 100) String displayName, @NotEmpty Set<Role> roles, String regionCode,
		@Size(max = 200) String affiliation, String homeRegionCode, @Email @Size(max = 254) String email,
		Boolean enabled, Long version) {

	AccountForm {
		// a pasted address often brings a space along; it is not part of the address
		email = (email != null) ? email.strip() : null;
	}

	static AccountForm empty() {
		return new AccountForm("", "", EnumSet.noneOf(Role.class), "", "", "", "", true, null);
	}

	static AccountForm of(Account account) {
		return new AccountForm(account.getUsername(), account.getDisplayName(), EnumSet.copyOf(account.getRoles()),
				(account.getRegion() != null) ? account.getRegion().getCode() : "", account.getAffiliation(),
				(account.getHomeRegion() != null) ? account.getHomeRegion().getCode() : "",
				(account.getEmail() != null) ? account.getEmail() : "", account.isEnabled(), account.getVersion());
	}

	boolean isEnabled() {
		return Boolean.TRUE.equals(this.enabled);
	}

	Set<Role> roleSet() {
		return (this.roles == null) ? EnumSet.noneOf(Role.class) : this.roles;
	}

	AccountService.AccountDetails details() {
		boolean regional = roleSet().contains(Role.REGION);
		return new AccountService.AccountDetails(this.displayName, roleSet(), regional ? this.regionCode : null,
				this.affiliation, this.homeRegionCode, this.email);
	}

}
