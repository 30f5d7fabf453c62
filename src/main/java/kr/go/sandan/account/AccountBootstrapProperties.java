package kr.go.sandan.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the first accounts come to be.
 *
 * @param demo demo accounts for each role: {@code null} means "only on the embedded
 * database with kept data" (a local trial), never with an external database
 * @param demoPassword the demo accounts' password; when empty a random one is made once
 * and kept beside the data ({@code demo-password.txt})
 * @param adminUsername the first administrator, created when no administrator exists
 * (PORTAL_ACCOUNTS_ADMIN_USERNAME)
 * @param adminPassword that administrator's initial password, to be changed at first
 * sign-in (PORTAL_ACCOUNTS_ADMIN_PASSWORD)
 */
@ConfigurationProperties("portal.accounts")
public record AccountBootstrapProperties(Boolean demo, String demoPassword, String adminUsername,
		String adminPassword) {
}
