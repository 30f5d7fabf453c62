package kr.go.sandan.account;

import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.database.EmbeddedDatabase;
import kr.go.sandan.region.Regions;
import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With an external database there are no demo accounts: the first administrator comes
 * from configuration, must change the password at first sign-in, and a weak password is
 * refused. On the embedded database a missing demo account is made again at start-up.
 */
@PortalTest
@Transactional
class AccountBootstrapTest {

	@Autowired
	AccountRepository accounts;

	@Autowired
	Regions regions;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@PersistenceContext
	EntityManager entityManager;

	private AccountBootstrap bootstrap(String username, String password) {
		// no EmbeddedDatabase bean: as with SPRING_DATASOURCE_URL
		var noEmbeddedDatabase = new DefaultListableBeanFactory().getBeanProvider(EmbeddedDatabase.class);
		return new AccountBootstrap(new AccountBootstrapProperties(null, null, username, password), noEmbeddedDatabase,
				this.accounts, this.regions, this.passwordEncoder, this.policy, this.audit, this.transactions);
	}

	@Test
	void theFirstAdministratorComesFromConfigurationAndMustChangeThePassword() {
		// pretend the database has no administrator yet (rolled back after the test)
		this.jdbc.update("delete from account_role where role = 'ADMIN'");
		int demoAccounts = this.jdbc.queryForObject("select count(*) from account where demo", Integer.class);
		bootstrap("firstadmin", "봄이 오면 산단도 새로 2026").run(new DefaultApplicationArguments());
		this.entityManager.flush();
		Map<String, Object> admin = this.jdbc
			.queryForMap("select must_change_password, demo from account where username = 'firstadmin'");
		assertThat(admin.get("must_change_password")).isEqualTo(true);
		assertThat(admin.get("demo")).isEqualTo(false);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from account_role r join account a on a.id = r.account_id
				where a.username = 'firstadmin' and r.role = 'ADMIN'""", Integer.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'ACCOUNT_CREATED' and actor = 'system'
				and after_state ->> 'username' = 'firstadmin'""", Integer.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from account where demo", Integer.class))
			.as("no demo account is made without the embedded database")
			.isEqualTo(demoAccounts);

		// once an administrator exists, configuration creates no other
		bootstrap("secondadmin", "봄이 오면 산단도 새로 2027").run(new DefaultApplicationArguments());
		assertThat(
				this.jdbc.queryForObject("select count(*) from account where username = 'secondadmin'", Integer.class))
			.isZero();
	}

	@Test
	void onTheEmbeddedDatabaseAMissingDemoAccountIsMadeAgainAndNoOtherTwice() {
		// one demo account renamed away: made again; the others are there and made once
		this.jdbc.update("update account set username = 'region-daegu-old' where username = 'region-daegu'");
		int accounts = this.jdbc.queryForObject("select count(*) from account", Integer.class);
		var embedded = new DefaultListableBeanFactory();
		embedded.registerSingleton("embeddedDatabase", new EmbeddedDatabase(true, null));
		new AccountBootstrap(new AccountBootstrapProperties(true, "demo-password-2026", null, null),
				embedded.getBeanProvider(EmbeddedDatabase.class), this.accounts, this.regions, this.passwordEncoder,
				this.policy, this.audit, this.transactions)
			.run(new DefaultApplicationArguments());
		this.entityManager.flush();

		assertThat(this.jdbc.queryForObject("select count(*) from account", Integer.class))
			.as("only the missing one is made")
			.isEqualTo(accounts + 1);
		Map<String, Object> daegu = this.jdbc.queryForMap("""
				select a.display_name, a.demo, a.password_hash, r.code
				from account a join region r on r.id = a.region_id where a.username = 'region-daegu'""");
		assertThat(daegu.get("display_name")).isEqualTo("대구광역시 담당자 (데모)");
		assertThat(daegu.get("demo")).isEqualTo(true);
		assertThat(daegu.get("code")).isEqualTo("DAEGU");
		assertThat(this.passwordEncoder.matches("demo-password-2026", (String) daegu.get("password_hash"))).isTrue();
	}

	@Test
	void aWeakConfiguredPasswordStopsTheStartWithAReason() {
		this.jdbc.update("delete from account_role where role = 'ADMIN'");
		assertThatThrownBy(() -> bootstrap("firstadmin", "admin12345678").run(new DefaultApplicationArguments()))
			.hasMessageContaining("PORTAL_ACCOUNTS_ADMIN_PASSWORD")
			.hasMessageContaining("password.common");
	}

}
