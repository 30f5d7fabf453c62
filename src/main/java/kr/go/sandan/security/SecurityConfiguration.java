package kr.go.sandan.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The one filter chain in front of every page. Announced designations are public and
 * listed here explicitly; everything else needs a sign-in, and the role rules below are
 * backed by method security and object-level checks in the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HttpMethod.GET, "/", "/rounds/**", "/plans/**", "/regions/**", "/complexes/**", "/login")
			.permitAll()
			// the notice board of announced calls and their files
			.requestMatchers(HttpMethod.GET, "/calls", "/calls/*", "/calls/*/files/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/vendor/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
					"/favicon.ico", "/actuator/health/**", "/ping")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/ministry/**")
			.hasRole("MINISTRY")
			.requestMatchers("/evaluations/**")
			.hasRole("EVALUATOR")
			.requestMatchers("/audit/**")
			.hasAnyRole("ADMIN", "MINISTRY")
			.anyRequest()
			.authenticated())
			.securityContext((context) -> context.securityContextRepository(contexts))
			.formLogin(
					(form) -> form.loginPage("/login").defaultSuccessUrl("/me").failureUrl("/login?error").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * No Micrometer observation around each of Spring Security's filters (a few percent
	 * of every request in the benchmark); the request as a whole is still observed.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * bcrypt today, and old hashes keep working when the default moves on. bcrypt reads
	 * at most 72 bytes and Spring Security refuses more with an exception: a longer
	 * password typed at sign-in simply does not match (the policy never lets one be set).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new PasswordEncoder() {

			@Override
			public String encode(CharSequence raw) {
				return delegate.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return raw != null && raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 72
						&& delegate.matches(raw, encoded);
			}

			@Override
			public boolean upgradeEncoding(String encoded) {
				return delegate.upgradeEncoding(encoded);
			}

		};
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
