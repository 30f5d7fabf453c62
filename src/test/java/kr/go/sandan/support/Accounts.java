package kr.go.sandan.support;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kr.go.sandan.account.AccountUserDetailsService;
import kr.go.sandan.account.PortalUser;

/**
 * The demo accounts of the test database as MockMvc users, loaded through the portal's
 * own user details service (so roles and region are what sign-in would give).
 */
public final class Accounts {

	/** The demo password of the test profile (application-test.properties). */
	public static final String DEMO_PASSWORD = "test-demo-password-2026";

	private final AccountUserDetailsService users;

	public Accounts(AccountUserDetailsService users) {
		this.users = users;
	}

	public PortalUser user(String username) {
		return (PortalUser) this.users.loadUserByUsername(username);
	}

	public RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(user(username));
	}

	/**
	 * What {@code call} answers when the account calls it directly (a service's method
	 * guarded by its role), signed in on this thread for the call only.
	 */
	public <T> T signedIn(String username, Supplier<T> call) {
		PortalUser user = user(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A request coming from another client address. */
	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * A regional officer of a region with no demo account (Gangwon, Chungbuk, Jeju …),
	 * made once; signs in only through MockMvc.
	 */
	public static String regionStaff(JdbcTemplate jdbc, String username, String regionCode) {
		jdbc.update("""
				insert into account (username, display_name, password_hash, region_id, enabled)
				select ?, ?, '{noop}unused-in-tests', g.id, true from region g where g.code = ?
				on conflict do nothing""", username, username + " 담당", regionCode);
		jdbc.update("""
				insert into account_role (account_id, role) select id, 'REGION' from account where username = ?
				on conflict do nothing""", username);
		return username;
	}

	/** An unpublished (draft) plan of the given region in the 2022 round, made once. */
	public static long draftPlan(JdbcTemplate jdbc, String regionCode, String regionName) {
		jdbc.update("""
				insert into innovation_plan (round_id, region_id, region_name, status, vision)
				select r.id, g.id, ?, 'DRAFT', '작성 중인 비전 (테스트)'
				from program_round r, region g where r.year = 2022 and g.code = ?
				on conflict on constraint uq_innovation_plan_round_region do nothing""", regionName, regionCode);
		return jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = 2022 and g.code = ?""", Long.class, regionCode);
	}

}
