package kr.go.sandan.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import kr.go.sandan.audit.AuditEntry;
import kr.go.sandan.audit.AuditLog;
import kr.go.sandan.database.EmbeddedDatabase;
import kr.go.sandan.region.Region;
import kr.go.sandan.region.Regions;

/**
 * Creates the first accounts: demo accounts for a local trial on the embedded database
 * (printed at start-up), and the first administrator from configuration elsewhere. Never
 * a hard-coded password.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	/** The regions named in the 2021-03-24 release: one demo REGION account each. */
	static final List<String> DEMO_REGIONS = List.of("GYEONGGI", "GYEONGNAM", "BUSAN", "ULSAN", "JEONBUK", "GYEONGBUK",
			"GWANGJU", "DAEGU", "INCHEON", "JEONNAM");

	private final AccountBootstrapProperties properties;

	private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;

	private final AccountRepository accounts;

	private final Regions regions;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	AccountBootstrap(AccountBootstrapProperties properties, ObjectProvider<EmbeddedDatabase> embeddedDatabase,
			AccountRepository accounts, Regions regions, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			AuditLog audit, TransactionTemplate transactions) {
		this.properties = properties;
		this.embeddedDatabase = embeddedDatabase;
		this.accounts = accounts;
		this.regions = regions;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		EmbeddedDatabase embedded = this.embeddedDatabase.getIfAvailable();
		boolean demo = (this.properties.demo() != null) ? this.properties.demo() && embedded != null
				: embedded != null && embedded.persistent();
		if (demo) {
			createDemoAccounts(demoPassword(embedded));
		}
		createFirstAdministrator();
	}

	private void createFirstAdministrator() {
		String username = this.properties.adminUsername();
		String password = this.properties.adminPassword();
		if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
			if (!this.accounts.existsAdmin()) {
				log.warn("No administrator account exists. Set PORTAL_ACCOUNTS_ADMIN_USERNAME and "
						+ "PORTAL_ACCOUNTS_ADMIN_PASSWORD to create the first one.");
			}
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			if (this.accounts.existsAdmin()) {
				return;
			}
			this.policy.check(password, username).ifPresent((broken) -> {
				throw new IllegalStateException(
						"PORTAL_ACCOUNTS_ADMIN_PASSWORD breaks the password policy (" + broken + "): at least "
								+ PasswordPolicy.MIN_LENGTH + " characters, not the user name, not a common password");
			});
			Account admin = this.accounts.save(new Account(username.trim().toLowerCase(java.util.Locale.ROOT), "관리자",
					this.passwordEncoder.encode(password), EnumSet.of(Role.ADMIN), null, null, null, true, false));
			this.audit.record(AuditEntry.of("ACCOUNT_CREATED", "account", admin.getId(), null, admin.auditState())
				.by("system", null)
				.withDetail("first administrator from configuration"));
			log.info("Created the first administrator '{}' from configuration; the password must be changed at "
					+ "first sign-in.", admin.getUsername());
		});
	}

	private void createDemoAccounts(String password) {
		List<String[]> printed = new ArrayList<>();
		this.transactions.executeWithoutResult((status) -> {
			String hash = null;
			List<DemoAccount> wanted = new ArrayList<>();
			wanted.add(new DemoAccount("admin", "시스템 관리자 (데모)", EnumSet.of(Role.ADMIN), null, null, null, null));
			wanted
				.add(new DemoAccount("ministry", "국토교통부 담당자 (데모)", EnumSet.of(Role.MINISTRY), null, null, null, null));
			wanted.add(new DemoAccount("evaluator", "외부 평가위원 (데모)", EnumSet.of(Role.EVALUATOR), null, "외부 전문가 (데모)",
					"SEOUL", null));
			// a co-funding ministry's officer: 산업통상자원부 leads most of the projects the
			// program funds
			wanted.add(new DemoAccount("funding-motie", "산업통상자원부 협업부처 담당자 (데모)", EnumSet.of(Role.FUNDING_MINISTRY),
					null, null, null, "MOTIE"));
			for (String code : DEMO_REGIONS) {
				wanted.add(new DemoAccount("region-" + code.toLowerCase(java.util.Locale.ROOT), null,
						EnumSet.of(Role.REGION), code, null, null, null));
			}
			// two queries whatever the number of demo accounts: they run at every
			// start-up
			Map<String, Region> regionsByCode = this.regions.all()
				.stream()
				.collect(Collectors.toMap(Region::getCode, Function.identity()));
			Set<String> taken = this.accounts
				.findTakenUsernames(wanted.stream().map(DemoAccount::username).collect(Collectors.toSet()));
			for (DemoAccount demo : wanted) {
				Region region = (demo.regionCode() != null) ? required(regionsByCode, demo.regionCode()) : null;
				String displayName = (demo.displayName() != null) ? demo.displayName()
						: region.currentName().getName() + " 담당자 (데모)";
				if (!taken.contains(demo.username())) {
					if (hash == null) {
						hash = this.passwordEncoder.encode(password);
					}
					Region homeRegion = (demo.homeRegionCode() != null) ? required(regionsByCode, demo.homeRegionCode())
							: null;
					Account account = this.accounts.save(new Account(demo.username(), displayName, hash, demo.roles(),
							region, demo.affiliation(), homeRegion, demo.ministry(), false, true));
					this.audit
						.record(AuditEntry.of("ACCOUNT_CREATED", "account", account.getId(), null, account.auditState())
							.by("system", null)
							.withDetail("demo account"));
				}
				printed.add(new String[] { demo.username(), demo.roles().toString(), displayName });
			}
		});
		StringBuilder table = new StringBuilder("\n\n  Demo accounts (embedded database only) — password: ")
			.append(password)
			.append("\n");
		printed.forEach((row) -> table.append(String.format("    %-18s %-12s %s%n", row[0], row[1], row[2])));
		log.info(table.toString());
	}

	private static Region required(Map<String, Region> regionsByCode, String code) {
		Region region = regionsByCode.get(code);
		if (region == null) {
			throw new IllegalStateException("Region " + code + " is missing: the Flyway migrations load all 17");
		}
		return region;
	}

	private String demoPassword(EmbeddedDatabase embedded) {
		if (StringUtils.hasText(this.properties.demoPassword())) {
			return this.properties.demoPassword();
		}
		Path file = (embedded.dataDirectory() != null) ? embedded.dataDirectory().resolveSibling("demo-password.txt")
				: null;
		try {
			if (file != null && Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).trim();
			}
			String password = AccountService.temporaryPassword();
			if (file != null) {
				Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
				file.toFile().setReadable(false, false);
				file.toFile().setReadable(true, true);
			}
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the demo password in " + file, ex);
		}
	}

	private record DemoAccount(String username, String displayName, Set<Role> roles, String regionCode,
			String affiliation, String homeRegionCode, String ministry) {
	}

}
