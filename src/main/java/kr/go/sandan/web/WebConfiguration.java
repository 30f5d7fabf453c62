package kr.go.sandan.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Korean by default; {@code ?lang=en} switches to English and a cookie remembers it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("PORTAL_LANG");
		resolver.setDefaultLocale(Locale.KOREAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/** The outermost filter: a database outage answers 503 wherever it shows. */
	@Bean
	FilterRegistrationBean<DatabaseOutage> databaseOutage() {
		FilterRegistrationBean<DatabaseOutage> registration = new FilterRegistrationBean<>(new DatabaseOutage());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Just inside it: a query string that is not UTF-8 is the client's mistake (400). */
	@Bean
	FilterRegistrationBean<UnreadableParameters> unreadableParameters() {
		FilterRegistrationBean<UnreadableParameters> registration = new FilterRegistrationBean<>(
				new UnreadableParameters());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * One client's slow request bodies cannot take every worker
	 * ({@code portal.web.request-bodies-per-client}, 32 by default: a regional office
	 * behind one address never sends that many forms at the same instant, twenty officers
	 * pressing save together included, and one address holds at most 32 of Tomcat's 200
	 * workers).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> slowClients(
			@org.springframework.beans.factory.annotation.Value("${portal.web.request-bodies-per-client:32}") int limit) {
		return (factory) -> factory.addContextValves(new SlowClients(limit));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Static files under their own paths only. Boot's default maps {@code /**} to the
	 * static folders, and with the resource chain on (WebJars' locator) every link a page
	 * writes, {@code /plans/8} as much as {@code /css/portal.css}, was then looked up in
	 * each classpath folder at every render: a third of a page's time. Boot's default
	 * mappings are off ({@code spring.web.resources.add-mappings=false}).
	 * <p>
	 * They are looked up before the controllers' mappings (no controller answers under
	 * these paths): after them, a file's path was first tried against every controller's
	 * pattern, and KRDS's 96 KB script answered at a third of the rate of a kept plan
	 * page of about the same size (issue 18). A browser keeps them and asks whether they
	 * changed ({@code no-cache} with their date: 304 when not) instead of Spring
	 * Security's default {@code no-store}, which made every page load every file again;
	 * not longer, as their names do not change when a new version of the portal changes
	 * them.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
		CacheControl revalidated = CacheControl.noCache();
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(revalidated);
		registry.addResourceHandler("/vendor/**")
			.addResourceLocations("classpath:/static/vendor/")
			.setCacheControl(revalidated);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(revalidated);
		// browsers ask for it on every site, whatever the page links
		registry.addResourceHandler("/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(revalidated);
	}

}
