package kr.go.sandan.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.RelativeRedirectFilter;

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

	/** What anyone may read, signed in or not. */
	private static final String[] PUBLIC = {
			// the program's pages
			"/", "/rounds/**", "/plans/**", "/regions/**", "/complexes/**", "/login",
			// the notice board of announced calls and their files
			"/calls", "/calls/*", "/calls/*/files/*",
			// the published results of annual evaluations (404 before publication)
			"/annual-evaluations/*",
			// the program at a glance and its open data (published data only; the API and
			// CSV files are rate-limited per address by opendata.RateLimit)
			"/dashboard", "/map", "/open-data", "/open-data/*", "/api/v1/**", "/v3/api-docs", "/v3/api-docs/**",
			// static files, health and the trivial page
			"/vendor/**", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/actuator/health/**",
			"/ping" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, PUBLIC)
			.permitAll()
			// what anyone may GET, they may ask about with HEAD (uptime checks, link
			// checkers); Spring answers HEAD as GET without the body
			.requestMatchers(HttpMethod.HEAD, PUBLIC)
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
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(afterSignIn())
				.failureHandler(backToSignIn())
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(toSignIn()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * Every redirect carries a relative {@code Location} ({@code /login},
	 * {@code /plans/8}), whatever the HTTP version: Tomcat would otherwise make it
	 * absolute from the request's Host or X-Forwarded-Host header, which a client can
	 * forge. First of all filters, so that Spring Security's redirects pass through it.
	 */
	@Bean
	FilterRegistrationBean<RelativeRedirectFilter> relativeRedirects() {
		RelativeRedirectFilter filter = new RelativeRedirectFilter();
		filter.setRedirectStatus(HttpStatus.FOUND);
		FilterRegistrationBean<RelativeRedirectFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Sends anonymous visitors of a signed-in page to the sign-in page with a relative
	 * {@code Location}: an absolute one would be built from the request's Host header,
	 * which a client chooses.
	 */
	private static LoginUrlAuthenticationEntryPoint toSignIn() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/**
	 * A failed sign-in goes back to the sign-in page with the user name as typed (a flash
	 * attribute, never in the URL), so only the password is typed again.
	 */
	private static AuthenticationFailureHandler backToSignIn() {
		SessionFlashMapManager flashMaps = new SessionFlashMapManager();
		return (request, response, exception) -> {
			FlashMap flash = new FlashMap();
			String username = request.getParameter("username");
			if (username != null) {
				flash.put("username", username.length() > 100 ? username.substring(0, 100) : username);
			}
			flash.setTargetRequestPath("/login");
			flashMaps.saveOutputFlashMap(flash, request, response);
			new RelativeRedirects().sendRedirect(request, response, "/login?error");
		};
	}

	/**
	 * After sign-in, back to the page asked for (or {@code /me}) by its path only: the
	 * saved request's URL was built from that request's Host header.
	 */
	private static SavedRequestAwareAuthenticationSuccessHandler afterSignIn() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/me");
		handler.setRedirectStrategy(new RelativeRedirects());
		return handler;
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
